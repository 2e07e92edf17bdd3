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

	@Version
	private long version;

	@Column(name = "modified_at", nullable = false)
	private Instant modifiedAt;

	@Column(name = "modified_by", nullable = false, length = 64)
	private String modifiedBy;

	protected OfficeSettings() {
	}

	void change(long delegatedApprovalLimit, Instant at, String by) {
		this.delegatedApprovalLimit = delegatedApprovalLimit;
		this.modifiedAt = at;
		this.modifiedBy = by;
	}

	/** Plans whose total budget is above this many yen need the CMO's approval. */
	public long getDelegatedApprovalLimit() {
		return this.delegatedApprovalLimit;
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
