package org.cmooffice.campaign;

/**
 * A plan as other areas name it (an engagement's linked campaign): its id, title and
 * department.
 */
public record PlanReference(long id, String title, String departmentCode) {

}
