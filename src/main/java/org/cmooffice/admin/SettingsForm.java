package org.cmooffice.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

class SettingsForm {

	@NotNull
	@Min(0)
	@Max(1_000_000_000_000L)
	private Long delegatedApprovalLimit;

	@NotNull
	@Min(1)
	@Max(100)
	private Integer reviewTargetWorkingDays;

	private boolean twoFactorForEveryone;

	private long version;

	static SettingsForm of(OfficeSettings settings) {
		SettingsForm form = new SettingsForm();
		form.delegatedApprovalLimit = settings.getDelegatedApprovalLimit();
		form.reviewTargetWorkingDays = settings.getReviewTargetWorkingDays();
		form.twoFactorForEveryone = settings.isTwoFactorForEveryone();
		form.version = settings.getVersion();
		return form;
	}

	public Long getDelegatedApprovalLimit() {
		return this.delegatedApprovalLimit;
	}

	public void setDelegatedApprovalLimit(Long delegatedApprovalLimit) {
		this.delegatedApprovalLimit = delegatedApprovalLimit;
	}

	public Integer getReviewTargetWorkingDays() {
		return this.reviewTargetWorkingDays;
	}

	public void setReviewTargetWorkingDays(Integer reviewTargetWorkingDays) {
		this.reviewTargetWorkingDays = reviewTargetWorkingDays;
	}

	public boolean isTwoFactorForEveryone() {
		return this.twoFactorForEveryone;
	}

	public void setTwoFactorForEveryone(boolean twoFactorForEveryone) {
		this.twoFactorForEveryone = twoFactorForEveryone;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
