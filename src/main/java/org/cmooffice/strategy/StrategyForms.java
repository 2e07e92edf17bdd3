package org.cmooffice.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cmooffice.shared.FiscalYear;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of the strategy pages: the strategy itself, and the small forms that add an
 * objective, a KPI, an audience or a measurement.
 */
final class StrategyForms {

	private StrategyForms() {
	}

	static class StrategyForm {

		@NotNull
		@Min(FiscalYear.FIRST)
		@Max(FiscalYear.LAST)
		private Integer fiscalYear;

		@NotBlank
		@Size(max = 200)
		private String title;

		@NotBlank
		@Size(max = 4000)
		private String vision;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate periodStart;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate periodEnd;

		@NotBlank
		@Size(max = 100)
		private String ownerName;

		private long version;

		static StrategyForm forYear(FiscalYear year) {
			StrategyForm form = new StrategyForm();
			form.fiscalYear = year.year();
			form.periodStart = year.start();
			form.periodEnd = year.end();
			return form;
		}

		static StrategyForm of(Strategy strategy) {
			StrategyForm form = new StrategyForm();
			form.fiscalYear = strategy.getFiscalYear();
			form.title = strategy.getTitle();
			form.vision = strategy.getVision();
			form.periodStart = strategy.getPeriodStart();
			form.periodEnd = strategy.getPeriodEnd();
			form.ownerName = strategy.getOwnerName();
			form.version = strategy.getVersion();
			return form;
		}

		public Integer getFiscalYear() {
			return this.fiscalYear;
		}

		public void setFiscalYear(Integer fiscalYear) {
			this.fiscalYear = fiscalYear;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getVision() {
			return this.vision;
		}

		public void setVision(String vision) {
			this.vision = vision;
		}

		public LocalDate getPeriodStart() {
			return this.periodStart;
		}

		public void setPeriodStart(LocalDate periodStart) {
			this.periodStart = periodStart;
		}

		public LocalDate getPeriodEnd() {
			return this.periodEnd;
		}

		public void setPeriodEnd(LocalDate periodEnd) {
			this.periodEnd = periodEnd;
		}

		public String getOwnerName() {
			return this.ownerName;
		}

		public void setOwnerName(String ownerName) {
			this.ownerName = ownerName;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	static class ObjectiveForm {

		@NotBlank
		@Size(max = 200)
		private String title;

		@Size(max = 4000)
		private String description;

		@NotNull
		private Priority priority = Priority.MEDIUM;

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

		public Priority getPriority() {
			return this.priority;
		}

		public void setPriority(Priority priority) {
			this.priority = priority;
		}

	}

	static class KpiForm {

		@NotNull
		private Long objectiveId;

		@NotBlank
		@Size(max = 200)
		private String name;

		@NotBlank
		@Size(max = 50)
		private String unit;

		@NotNull
		@DecimalMin("-9999999999999999")
		@DecimalMax("9999999999999999")
		private BigDecimal baseline;

		@NotNull
		@DecimalMin("-9999999999999999")
		@DecimalMax("9999999999999999")
		private BigDecimal target;

		@NotNull
		private KpiDirection direction = KpiDirection.UP;

		public Long getObjectiveId() {
			return this.objectiveId;
		}

		public void setObjectiveId(Long objectiveId) {
			this.objectiveId = objectiveId;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getUnit() {
			return this.unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public BigDecimal getBaseline() {
			return this.baseline;
		}

		public void setBaseline(BigDecimal baseline) {
			this.baseline = baseline;
		}

		public BigDecimal getTarget() {
			return this.target;
		}

		public void setTarget(BigDecimal target) {
			this.target = target;
		}

		public KpiDirection getDirection() {
			return this.direction;
		}

		public void setDirection(KpiDirection direction) {
			this.direction = direction;
		}

	}

	static class AudienceForm {

		@NotBlank
		@Size(max = 200)
		private String segment;

		@Min(0)
		@Max(1_000_000_000_000L)
		private Long sizeEstimate;

		@Size(max = 4000)
		private String insight;

		public String getSegment() {
			return this.segment;
		}

		public void setSegment(String segment) {
			this.segment = segment;
		}

		public Long getSizeEstimate() {
			return this.sizeEstimate;
		}

		public void setSizeEstimate(Long sizeEstimate) {
			this.sizeEstimate = sizeEstimate;
		}

		public String getInsight() {
			return this.insight;
		}

		public void setInsight(String insight) {
			this.insight = insight;
		}

	}

	static class MeasurementForm {

		@NotNull
		private Long kpiId;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate measuredOn;

		@NotNull
		@DecimalMin("-9999999999999999")
		@DecimalMax("9999999999999999")
		private BigDecimal value;

		@NotBlank
		@Size(max = 200)
		private String source;

		public Long getKpiId() {
			return this.kpiId;
		}

		public void setKpiId(Long kpiId) {
			this.kpiId = kpiId;
		}

		public LocalDate getMeasuredOn() {
			return this.measuredOn;
		}

		public void setMeasuredOn(LocalDate measuredOn) {
			this.measuredOn = measuredOn;
		}

		public BigDecimal getValue() {
			return this.value;
		}

		public void setValue(BigDecimal value) {
			this.value = value;
		}

		public String getSource() {
			return this.source;
		}

		public void setSource(String source) {
			this.source = source;
		}

	}

}
