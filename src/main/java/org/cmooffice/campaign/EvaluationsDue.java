package org.cmooffice.campaign;

import java.util.Locale;

/**
 * A department with active plans past their end date whose evaluation has not come in.
 */
public record EvaluationsDue(long departmentId, String code, String nameJa, String nameEn, long plans) {

	public String name(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? this.nameEn : this.nameJa;
	}

}
