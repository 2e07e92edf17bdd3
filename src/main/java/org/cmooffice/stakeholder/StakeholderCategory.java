package org.cmooffice.stakeholder;

/** Who the stakeholder is; labels in the bundles as {@code stakeholder.category.*}. */
public enum StakeholderCategory {

	DIET_MEMBER, MINISTRY, LOCAL_GOVERNMENT, MEDIA, INDUSTRY_BODY, NPO, CITIZENS_GROUP, ACADEMIC, INTERNATIONAL,
	BUSINESS

}
