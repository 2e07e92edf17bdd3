package org.cmooffice.campaign;

import org.cmooffice.shared.Bilingual;

import java.util.Locale;

/**
 * A department with active plans past their end date whose evaluation has not come in.
 */
public record EvaluationsDue(long departmentId, String code, String nameJa, String nameEn, long plans) {

	public String name(Locale locale) {
		return Bilingual.pick(locale, this.nameJa, this.nameEn);
	}

}
