package org.cmooffice.shared.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Identity, optimistic locking and who-changed-it-when for every business record. The
 * version travels through every edit form, so a second concurrent save is refused instead
 * of silently overwriting the first.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@CreatedDate
	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@CreatedBy
	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@LastModifiedDate
	@Column(name = "modified_at", nullable = false)
	private Instant modifiedAt;

	@LastModifiedBy
	@Column(name = "modified_by", nullable = false)
	private String modifiedBy;

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getModifiedAt() {
		return this.modifiedAt;
	}

	public String getModifiedBy() {
		return this.modifiedBy;
	}

	/**
	 * Refuses a change made from a form that was loaded at another version: the user
	 * would otherwise overwrite what someone else saved in between.
	 */
	public void checkVersion(long expected) {
		if (this.version != expected) {
			throw new StaleRecordException(getClass().getSimpleName(), this.id);
		}
	}

}
