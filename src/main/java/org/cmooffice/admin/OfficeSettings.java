package org.cmooffice.admin;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The office-wide settings: a single row.
 */
@Entity
@Table(name = "office_settings")
public class OfficeSettings {

	static final int ID = 1;

	@Id
	private Integer id;

	@Column(name = "delegated_approval_limit", nullable = false)
	private long delegatedApprovalLimit;

	@Column(name = "review_target_working_days", nullable = false)
	private int reviewTargetWorkingDays;

	@Column(name = "two_factor_for_everyone", nullable = false)
	private boolean twoFactorForEveryone;

	@Version
	private long version;

	@Column(name = "modified_at", nullable = false)
	private Instant modifiedAt;

	@Column(name = "modified_by", nullable = false, length = 64)
	private String modifiedBy;

	protected OfficeSettings() {
	}

	void change(long delegatedApprovalLimit, int reviewTargetWorkingDays, boolean twoFactorForEveryone, Instant at,
			String by) {
		this.twoFactorForEveryone = twoFactorForEveryone;
		this.delegatedApprovalLimit = delegatedApprovalLimit;
		this.reviewTargetWorkingDays = reviewTargetWorkingDays;
		this.modifiedAt = at;
		this.modifiedBy = by;
	}

	/** Plans whose total budget is above this many yen need the CMO's approval. */
	public long getDelegatedApprovalLimit() {
		return this.delegatedApprovalLimit;
	}

	/**
	 * Plans under review longer than this many working days are flagged to the reviewers.
	 */
	public int getReviewTargetWorkingDays() {
		return this.reviewTargetWorkingDays;
	}

	/**
	 * Whether every user, not only the roles that always need one, needs a second factor.
	 */
	public boolean isTwoFactorForEveryone() {
		return this.twoFactorForEveryone;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getModifiedAt() {
		return this.modifiedAt;
	}

	public String getModifiedBy() {
		return this.modifiedBy;
	}

}
