package org.cmooffice.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

class SettingsForm {

	@NotNull
	@Min(0)
	@Max(1_000_000_000_000L)
	private Long delegatedApprovalLimit;

	private long version;

	static SettingsForm of(OfficeSettings settings) {
		SettingsForm form = new SettingsForm();
		form.delegatedApprovalLimit = settings.getDelegatedApprovalLimit();
		form.version = settings.getVersion();
		return form;
	}

	public Long getDelegatedApprovalLimit() {
		return this.delegatedApprovalLimit;
	}

	public void setDelegatedApprovalLimit(Long delegatedApprovalLimit) {
		this.delegatedApprovalLimit = delegatedApprovalLimit;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
