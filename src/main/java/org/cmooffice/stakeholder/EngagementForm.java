package org.cmooffice.stakeholder;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The form that logs an engagement with a stakeholder, on a page of its own. */
public class EngagementForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate occurredOn;

	@NotNull
	private EngagementType type;

	@NotBlank
	@Size(max = 4000)
	private String summary;

	@Size(max = 500)
	private String attendees;

	private Long campaignPlanId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate followUpOn;

	@Size(max = 500)
	private String followUpAction;

	static EngagementForm today(LocalDate today) {
		EngagementForm form = new EngagementForm();
		form.occurredOn = today;
		form.type = EngagementType.MEETING;
		return form;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public EngagementType getType() {
		return this.type;
	}

	public void setType(EngagementType type) {
		this.type = type;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getAttendees() {
		return this.attendees;
	}

	public void setAttendees(String attendees) {
		this.attendees = attendees;
	}

	public Long getCampaignPlanId() {
		return this.campaignPlanId;
	}

	public void setCampaignPlanId(Long campaignPlanId) {
		this.campaignPlanId = campaignPlanId;
	}

	public LocalDate getFollowUpOn() {
		return this.followUpOn;
	}

	public void setFollowUpOn(LocalDate followUpOn) {
		this.followUpOn = followUpOn;
	}

	public String getFollowUpAction() {
		return this.followUpAction;
	}

	public void setFollowUpAction(String followUpAction) {
		this.followUpAction = followUpAction;
	}

}
