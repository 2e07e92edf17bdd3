package org.cmooffice.campaign;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A document attached to a plan (a draft poster, a quotation), kept in PostgreSQL. Listed
 * without its content; the content is read only to download it.
 */
@Entity
@Table(name = "campaign_attachment")
public class CampaignAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private CampaignPlan plan;

	@Column(nullable = false, length = 255)
	private String filename;

	@Column(name = "content_type", nullable = false, length = 100)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private byte[] content;

	@Column(name = "uploaded_by", nullable = false, length = 64)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected CampaignAttachment() {
	}

	CampaignAttachment(CampaignPlan plan, String filename, String contentType, byte[] content, String uploadedBy,
			Instant uploadedAt) {
		this.plan = plan;
		this.filename = filename;
		this.contentType = contentType;
		this.sizeBytes = content.length;
		this.content = content;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public Long getId() {
		return this.id;
	}

	CampaignPlan getPlan() {
		return this.plan;
	}

	public String getFilename() {
		return this.filename;
	}

	public String getContentType() {
		return this.contentType;
	}

	byte[] getContent() {
		return this.content;
	}

}
