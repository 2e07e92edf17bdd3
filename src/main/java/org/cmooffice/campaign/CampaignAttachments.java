package org.cmooffice.campaign;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cmooffice.audit.AuditAction;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.files.FileTypes;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.web.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents attached to plans: whoever may read the plan may download them; whoever may
 * edit it may add or remove them, while it is still editable.
 */
@Service
public class CampaignAttachments {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	static final int MAX_PER_PLAN = 20;

	/** Documents and pictures; no SVG or fonts, which are the brand book's business. */
	private static final Set<String> ACCEPTED = Stream
		.concat(Stream.of(FileTypes.PDF, FileTypes.PNG, FileTypes.JPEG, FileTypes.GIF), FileTypes.OFFICE.stream())
		.collect(Collectors.toUnmodifiableSet());

	private final CampaignAttachmentRepository attachments;

	private final CampaignPlans plans;

	private final AuditLog auditLog;

	private final Clock clock;

	CampaignAttachments(CampaignAttachmentRepository attachments, CampaignPlans plans, AuditLog auditLog, Clock clock) {
		this.attachments = attachments;
		this.plans = plans;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public List<AttachmentInfo> list(CurrentUser user, long planId) {
		this.plans.readableBy(user, planId);
		return this.attachments.findInfoByPlanId(planId);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('STAFF', 'LIAISON')")
	public AttachmentInfo add(CurrentUser user, long planId, String originalName, byte[] content) {
		CampaignPlan plan = this.plans.editableBy(user, planId);
		if (!plan.getStatus().isEditable()) {
			throw new IllegalTransition("campaign.transition.notEditable");
		}
		if (content.length == 0) {
			throw new InputRejected("file", "campaign.attachment.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InputRejected("file", "campaign.attachment.tooLarge");
		}
		if (this.attachments.countByPlanId(planId) >= MAX_PER_PLAN) {
			throw new InputRejected("file", "campaign.attachment.tooMany");
		}
		String name = FileTypes.cleanName(originalName);
		String type = FileTypes.detect(name, content)
			.filter(ACCEPTED::contains)
			.orElseThrow(() -> new InputRejected("file", "campaign.attachment.type"));
		CampaignAttachment attachment = this.attachments
			.save(new CampaignAttachment(plan, name, type, content, user.getUsername(), this.clock.instant()));
		plan.attachmentAdded(name, user.getUsername(), this.clock.instant());
		this.auditLog.record(AuditAction.CAMPAIGN_ATTACHMENT_ADDED, CampaignPlans.ENTITY, planId,
				name + " (" + type + ", " + content.length + " bytes)");
		return new AttachmentInfo(attachment.getId(), name, type, content.length, user.getUsername(),
				this.clock.instant());
	}

	@Transactional
	@PreAuthorize("hasAnyRole('STAFF', 'LIAISON')")
	public void remove(CurrentUser user, long planId, long attachmentId) {
		CampaignPlan plan = this.plans.editableBy(user, planId);
		if (!plan.getStatus().isEditable()) {
			throw new IllegalTransition("campaign.transition.notEditable");
		}
		CampaignAttachment attachment = find(planId, attachmentId);
		this.attachments.delete(attachment);
		plan.attachmentRemoved(attachment.getFilename(), user.getUsername(), this.clock.instant());
		this.auditLog.record(AuditAction.CAMPAIGN_ATTACHMENT_REMOVED, CampaignPlans.ENTITY, planId,
				attachment.getFilename());
	}

	/** The file, after the same access check as its plan. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public Download download(CurrentUser user, long planId, long attachmentId) {
		this.plans.readableBy(user, planId);
		CampaignAttachment attachment = find(planId, attachmentId);
		return new Download(attachment.getFilename(), attachment.getContentType(), attachment.getContent());
	}

	private CampaignAttachment find(long planId, long attachmentId) {
		return this.attachments.findById(attachmentId)
			.filter((attachment) -> attachment.getPlan().getId() == planId)
			.orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
	}

	/** A file on its way to the user. */
	public record Download(String filename, String contentType, byte[] content) {
	}

}
