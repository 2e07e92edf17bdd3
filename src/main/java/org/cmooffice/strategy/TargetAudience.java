package org.cmooffice.strategy;

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
 * A group of people the strategy addresses, with what is known about them.
 */
@Entity
@Table(name = "target_audience")
public class TargetAudience {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "strategy_id")
	private Strategy strategy;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 200)
	private String segment;

	@Column(name = "size_estimate")
	private Long sizeEstimate;

	private String insight;

	protected TargetAudience() {
	}

	TargetAudience(Strategy strategy, int position, String segment, Long sizeEstimate, String insight) {
		this.strategy = strategy;
		this.position = position;
		this.segment = segment.strip();
		this.sizeEstimate = sizeEstimate;
		this.insight = (insight == null || insight.isBlank()) ? null : insight.strip();
	}

	public Long getId() {
		return this.id;
	}

	public String getSegment() {
		return this.segment;
	}

	public Long getSizeEstimate() {
		return this.sizeEstimate;
	}

	public String getInsight() {
		return this.insight;
	}

}
