package org.cmooffice.campaign;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A dated step in a plan's schedule (press conference, launch, survey).
 */
@Entity
@Table(name = "campaign_milestone")
public class Milestone extends PlanPart {

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	protected Milestone() {
	}

	Milestone(CampaignPlan plan, int position, String name, LocalDate dueDate) {
		super(plan, position);
		this.name = name;
		this.dueDate = dueDate;
	}

	public String getName() {
		return this.name;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

}
