package org.cmooffice.campaign;

import java.time.LocalDate;

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
 * A dated step in a plan's schedule (press conference, launch, survey).
 */
@Entity
@Table(name = "campaign_milestone")
public class Milestone {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private CampaignPlan plan;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	protected Milestone() {
	}

	Milestone(CampaignPlan plan, int position, String name, LocalDate dueDate) {
		this.plan = plan;
		this.position = position;
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
