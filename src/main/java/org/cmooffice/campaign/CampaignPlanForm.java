package org.cmooffice.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The plan form, one for creating and editing. Rows left wholly blank are ignored; a row
 * begun must be finished. More rows are added by a button that posts the form back, so
 * the form needs no script.
 */
class CampaignPlanForm {

	static final int BLANK_BUDGET_LINES = 3;

	static final int BLANK_ROWS = 2;

	private Long departmentId;

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotBlank
	@Size(max = 4000)
	private String objective;

	private Set<Long> objectiveIds = new HashSet<>();

	@Size(max = 4000)
	private String audience;

	@Size(max = 4000)
	private String strategy;

	@NotEmpty
	private Set<Channel> channels = EnumSet.noneOf(Channel.class);

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	@Valid
	private List<BudgetLineRow> budgetLines = new ArrayList<>();

	@Valid
	private List<MilestoneRow> milestones = new ArrayList<>();

	@Valid
	private List<KpiRow> kpis = new ArrayList<>();

	@Valid
	private List<RiskRow> risks = new ArrayList<>();

	private long version;

	static CampaignPlanForm blank() {
		CampaignPlanForm form = new CampaignPlanForm();
		form.padRows();
		return form;
	}

	static CampaignPlanForm of(CampaignPlan plan) {
		CampaignPlanForm form = new CampaignPlanForm();
		form.departmentId = plan.getDepartment().getId();
		form.title = plan.getTitle();
		form.objective = plan.getObjective();
		form.objectiveIds = new HashSet<>(plan.getObjectiveIds());
		form.audience = plan.getAudience();
		form.strategy = plan.getStrategy();
		form.channels = plan.getChannels();
		form.startDate = plan.getStartDate();
		form.endDate = plan.getEndDate();
		plan.getBudgetLines()
			.forEach((line) -> form.budgetLines
				.add(new BudgetLineRow(line.getItem(), line.getChannel(), line.getAmountJpy())));
		plan.getMilestones()
			.forEach((step) -> form.milestones.add(new MilestoneRow(step.getName(), step.getDueDate())));
		plan.getKpis().forEach((kpi) -> form.kpis.add(new KpiRow(kpi.getMetric(), kpi.getUnit(), kpi.getTarget())));
		plan.getRisks().forEach((risk) -> form.risks.add(new RiskRow(risk.getRisk(), risk.getMitigation())));
		form.version = plan.getVersion();
		form.padRows();
		return form;
	}

	/** Leaves room to write: a few blank rows under what is there. */
	void padRows() {
		while (this.budgetLines.stream().filter(BudgetLineRow::isBlank).count() < 1
				|| this.budgetLines.size() < BLANK_BUDGET_LINES) {
			this.budgetLines.add(new BudgetLineRow());
		}
		while (this.milestones.stream().filter(MilestoneRow::isBlank).count() < 1
				|| this.milestones.size() < BLANK_ROWS) {
			this.milestones.add(new MilestoneRow());
		}
		while (this.kpis.stream().filter(KpiRow::isBlank).count() < 1 || this.kpis.size() < BLANK_ROWS) {
			this.kpis.add(new KpiRow());
		}
		while (this.risks.stream().filter(RiskRow::isBlank).count() < 1 || this.risks.size() < BLANK_ROWS) {
			this.risks.add(new RiskRow());
		}
	}

	/** The "add a row" buttons: one more blank row in the named table. */
	void addRow(String table) {
		switch (table) {
			case "budgetLines" -> this.budgetLines.add(new BudgetLineRow());
			case "milestones" -> this.milestones.add(new MilestoneRow());
			case "kpis" -> this.kpis.add(new KpiRow());
			case "risks" -> this.risks.add(new RiskRow());
			default -> {
				// An unknown table name changes nothing.
			}
		}
	}

	/** Rules across fields and rows, reported next to the field concerned. */
	void checkRows(Errors errors) {
		if (this.startDate != null && this.endDate != null && this.endDate.isBefore(this.startDate)) {
			errors.rejectValue("endDate", "campaign.endDate.beforeStart");
		}
		for (int i = 0; i < this.budgetLines.size(); i++) {
			BudgetLineRow line = this.budgetLines.get(i);
			if (!line.isBlank()) {
				requireText(errors, "budgetLines[" + i + "].item", line.getItem());
				requireValue(errors, "budgetLines[" + i + "].amountJpy", line.getAmountJpy());
			}
		}
		for (int i = 0; i < this.milestones.size(); i++) {
			MilestoneRow step = this.milestones.get(i);
			if (!step.isBlank()) {
				requireText(errors, "milestones[" + i + "].name", step.getName());
				requireValue(errors, "milestones[" + i + "].dueDate", step.getDueDate());
			}
		}
		for (int i = 0; i < this.kpis.size(); i++) {
			KpiRow kpi = this.kpis.get(i);
			if (!kpi.isBlank()) {
				requireText(errors, "kpis[" + i + "].metric", kpi.getMetric());
				requireText(errors, "kpis[" + i + "].unit", kpi.getUnit());
				requireValue(errors, "kpis[" + i + "].target", kpi.getTarget());
			}
		}
		for (int i = 0; i < this.risks.size(); i++) {
			RiskRow risk = this.risks.get(i);
			if (!risk.isBlank()) {
				requireText(errors, "risks[" + i + "].risk", risk.getRisk());
			}
		}
	}

	private static void requireText(Errors errors, String field, String value) {
		if ((value == null || value.isBlank()) && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "campaign.row.required");
		}
	}

	private static void requireValue(Errors errors, String field, Object value) {
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "campaign.row.required");
		}
	}

	PlanContent toContent() {
		return new PlanContent(this.title, this.objective,
				(this.objectiveIds == null) ? Set.of() : Set.copyOf(this.objectiveIds), this.audience, this.strategy,
				(this.channels == null || this.channels.isEmpty()) ? EnumSet.noneOf(Channel.class)
						: EnumSet.copyOf(this.channels),
				this.startDate, this.endDate,
				this.budgetLines.stream()
					.filter((line) -> !line.isBlank())
					.map((line) -> new PlanContent.Line(line.getItem(), line.getChannel(), line.getAmountJpy()))
					.toList(),
				this.milestones.stream()
					.filter((step) -> !step.isBlank())
					.map((step) -> new PlanContent.Step(step.getName(), step.getDueDate()))
					.toList(),
				this.kpis.stream()
					.filter((kpi) -> !kpi.isBlank())
					.map((kpi) -> new PlanContent.Target(kpi.getMetric(), kpi.getUnit(), kpi.getTarget()))
					.toList(),
				this.risks.stream()
					.filter((risk) -> !risk.isBlank())
					.map((risk) -> new PlanContent.Risk(risk.getRisk(), risk.getMitigation()))
					.toList());
	}

	/**
	 * The total as the form stands, shown beside the lines; the plan computes its own.
	 */
	long total() {
		return this.budgetLines.stream()
			.filter((line) -> line.getAmountJpy() != null)
			.mapToLong(BudgetLineRow::getAmountJpy)
			.sum();
	}

	public Long getDepartmentId() {
		return this.departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getObjective() {
		return this.objective;
	}

	public void setObjective(String objective) {
		this.objective = objective;
	}

	public Set<Long> getObjectiveIds() {
		return this.objectiveIds;
	}

	public void setObjectiveIds(Set<Long> objectiveIds) {
		this.objectiveIds = objectiveIds;
	}

	public String getAudience() {
		return this.audience;
	}

	public void setAudience(String audience) {
		this.audience = audience;
	}

	public String getStrategy() {
		return this.strategy;
	}

	public void setStrategy(String strategy) {
		this.strategy = strategy;
	}

	public Set<Channel> getChannels() {
		return this.channels;
	}

	public void setChannels(Set<Channel> channels) {
		this.channels = channels;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public List<BudgetLineRow> getBudgetLines() {
		return this.budgetLines;
	}

	public void setBudgetLines(List<BudgetLineRow> budgetLines) {
		this.budgetLines = budgetLines;
	}

	public List<MilestoneRow> getMilestones() {
		return this.milestones;
	}

	public void setMilestones(List<MilestoneRow> milestones) {
		this.milestones = milestones;
	}

	public List<KpiRow> getKpis() {
		return this.kpis;
	}

	public void setKpis(List<KpiRow> kpis) {
		this.kpis = kpis;
	}

	public List<RiskRow> getRisks() {
		return this.risks;
	}

	public void setRisks(List<RiskRow> risks) {
		this.risks = risks;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public static class BudgetLineRow {

		@Size(max = 200)
		private String item;

		private Channel channel;

		@Min(0)
		@Max(1_000_000_000_000L)
		private Long amountJpy;

		public BudgetLineRow() {
		}

		BudgetLineRow(String item, Channel channel, Long amountJpy) {
			this.item = item;
			this.channel = channel;
			this.amountJpy = amountJpy;
		}

		boolean isBlank() {
			return (this.item == null || this.item.isBlank()) && this.channel == null && this.amountJpy == null;
		}

		public String getItem() {
			return this.item;
		}

		public void setItem(String item) {
			this.item = item;
		}

		public Channel getChannel() {
			return this.channel;
		}

		public void setChannel(Channel channel) {
			this.channel = channel;
		}

		public Long getAmountJpy() {
			return this.amountJpy;
		}

		public void setAmountJpy(Long amountJpy) {
			this.amountJpy = amountJpy;
		}

	}

	public static class MilestoneRow {

		@Size(max = 200)
		private String name;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dueDate;

		public MilestoneRow() {
		}

		MilestoneRow(String name, LocalDate dueDate) {
			this.name = name;
			this.dueDate = dueDate;
		}

		boolean isBlank() {
			return (this.name == null || this.name.isBlank()) && this.dueDate == null;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public LocalDate getDueDate() {
			return this.dueDate;
		}

		public void setDueDate(LocalDate dueDate) {
			this.dueDate = dueDate;
		}

	}

	public static class KpiRow {

		@Size(max = 200)
		private String metric;

		@Size(max = 50)
		private String unit;

		@DecimalMin("0")
		@DecimalMax("9999999999999999")
		private BigDecimal target;

		public KpiRow() {
		}

		KpiRow(String metric, String unit, BigDecimal target) {
			this.metric = metric;
			this.unit = unit;
			this.target = target;
		}

		boolean isBlank() {
			return (this.metric == null || this.metric.isBlank()) && (this.unit == null || this.unit.isBlank())
					&& this.target == null;
		}

		public String getMetric() {
			return this.metric;
		}

		public void setMetric(String metric) {
			this.metric = metric;
		}

		public String getUnit() {
			return this.unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public BigDecimal getTarget() {
			return this.target;
		}

		public void setTarget(BigDecimal target) {
			this.target = target;
		}

	}

	public static class RiskRow {

		@Size(max = 1000)
		private String risk;

		@Size(max = 1000)
		private String mitigation;

		public RiskRow() {
		}

		RiskRow(String risk, String mitigation) {
			this.risk = risk;
			this.mitigation = mitigation;
		}

		boolean isBlank() {
			return (this.risk == null || this.risk.isBlank()) && (this.mitigation == null || this.mitigation.isBlank());
		}

		public String getRisk() {
			return this.risk;
		}

		public void setRisk(String risk) {
			this.risk = risk;
		}

		public String getMitigation() {
			return this.mitigation;
		}

		public void setMitigation(String mitigation) {
			this.mitigation = mitigation;
		}

	}

}
