package org.cmooffice.crisis;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Logging or updating a rumour. */
public class RumourForm {

	private long version;

	private Long incidentId;

	@NotBlank
	@Size(max = 4000)
	private String claim;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate firstSeen;

	@NotNull
	private RumourChannel channel = RumourChannel.SNS;

	@Min(0)
	@Max(1_000_000_000_000L)
	private Long estimatedReach;

	@NotNull
	private FactCheck factCheck = FactCheck.UNVERIFIED;

	@Size(max = 4000)
	private String sources;

	@NotNull
	private RumourResponse response = RumourResponse.NONE;

	@NotNull
	private ResponseStatus responseStatus = ResponseStatus.PLANNED;

	static RumourForm of(Rumour rumour) {
		RumourForm form = new RumourForm();
		form.version = rumour.getVersion();
		form.incidentId = (rumour.getIncident() != null) ? rumour.getIncident().getId() : null;
		form.claim = rumour.getClaim();
		form.firstSeen = rumour.getFirstSeen();
		form.channel = rumour.getChannel();
		form.estimatedReach = rumour.getEstimatedReach();
		form.factCheck = rumour.getFactCheck();
		form.sources = rumour.getSources();
		form.response = rumour.getResponse();
		form.responseStatus = rumour.getResponseStatus();
		return form;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Long getIncidentId() {
		return this.incidentId;
	}

	public void setIncidentId(Long incidentId) {
		this.incidentId = incidentId;
	}

	public String getClaim() {
		return this.claim;
	}

	public void setClaim(String claim) {
		this.claim = claim;
	}

	public LocalDate getFirstSeen() {
		return this.firstSeen;
	}

	public void setFirstSeen(LocalDate firstSeen) {
		this.firstSeen = firstSeen;
	}

	public RumourChannel getChannel() {
		return this.channel;
	}

	public void setChannel(RumourChannel channel) {
		this.channel = channel;
	}

	public Long getEstimatedReach() {
		return this.estimatedReach;
	}

	public void setEstimatedReach(Long estimatedReach) {
		this.estimatedReach = estimatedReach;
	}

	public FactCheck getFactCheck() {
		return this.factCheck;
	}

	public void setFactCheck(FactCheck factCheck) {
		this.factCheck = factCheck;
	}

	public String getSources() {
		return this.sources;
	}

	public void setSources(String sources) {
		this.sources = sources;
	}

	public RumourResponse getResponse() {
		return this.response;
	}

	public void setResponse(RumourResponse response) {
		this.response = response;
	}

	public ResponseStatus getResponseStatus() {
		return this.responseStatus;
	}

	public void setResponseStatus(ResponseStatus responseStatus) {
		this.responseStatus = responseStatus;
	}

}
