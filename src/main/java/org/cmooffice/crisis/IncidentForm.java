package org.cmooffice.crisis;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Opening or revising an incident. */
public class IncidentForm {

	private long version;

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotBlank
	@Size(max = 10000)
	private String description;

	@NotNull
	@Min(1)
	@Max(4)
	private Integer severity = 2;

	private Scenario scenario;

	@NotNull
	private Long ownerId;

	private List<Long> departmentIds = List.of();

	static IncidentForm of(Incident incident) {
		IncidentForm form = new IncidentForm();
		form.version = incident.getVersion();
		form.title = incident.getTitle();
		form.description = incident.getDescription();
		form.severity = incident.getSeverity();
		form.scenario = incident.getScenario();
		form.ownerId = incident.getOwner().getId();
		form.departmentIds = List.copyOf(incident.getDepartmentIds());
		return form;
	}

	List<Long> departments() {
		return (this.departmentIds != null) ? this.departmentIds : List.of();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Integer getSeverity() {
		return this.severity;
	}

	public void setSeverity(Integer severity) {
		this.severity = severity;
	}

	public Scenario getScenario() {
		return this.scenario;
	}

	public void setScenario(Scenario scenario) {
		this.scenario = scenario;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public List<Long> getDepartmentIds() {
		return this.departmentIds;
	}

	public void setDepartmentIds(List<Long> departmentIds) {
		this.departmentIds = departmentIds;
	}

}
