package org.cmooffice.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cmooffice.account.AccountFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The workflow as the plan itself enforces it, whoever asks.
 */
class CampaignPlanTests {

	/** The brand guideline's checklist in force, by item code. */
	private static final List<String> CHECKLIST = List.of("LOGO", "COLOURS", "TONE_OF_VOICE");

	private static final long LIMIT = 1_000_000;

	private static final Instant NOW = Instant.parse("2026-06-01T01:00:00Z");

	@Test
	void theTotalIsTheSumOfTheBudgetLines() {
		CampaignPlan plan = plan(300_000, 450_000);

		assertThat(plan.getTotalBudgetJpy()).isEqualTo(750_000);
		assertThat(plan.getFiscalYear()).isEqualTo(2026);
	}

	@Test
	void aPlanWithinTheLimitGoesFromDraftToApprovedByStaff() {
		CampaignPlan plan = plan(800_000);

		submitAndCheck(plan);
		plan.approve("staff", false, NOW, LIMIT, CHECKLIST, null);

		assertThat(plan.getStatus()).isEqualTo(CampaignStatus.APPROVED);
		assertThat(plan.getEvents()).extracting(PlanEvent::getKind)
			.containsExactly(PlanEvent.Kind.CREATED, PlanEvent.Kind.SUBMITTED, PlanEvent.Kind.CHECKLIST,
					PlanEvent.Kind.APPROVED);
	}

	@Test
	void aboveTheLimitStaffRecommendsAndOnlyTheCmoApproves() {
		CampaignPlan plan = plan(1_000_001);
		submitAndCheck(plan);

		assertRefused(() -> plan.approve("staff", false, NOW, LIMIT, CHECKLIST, null),
				"campaign.transition.needsRecommendation");
		assertRefused(() -> plan.approve("cmo", true, NOW, LIMIT, CHECKLIST, null),
				"campaign.transition.needsRecommendation");
		plan.recommend("staff", NOW, LIMIT, null);
		assertRefused(() -> plan.approve("staff", false, NOW, LIMIT, CHECKLIST, null), "campaign.transition.needsCmo");
		plan.approve("cmo", true, NOW, LIMIT, CHECKLIST, null);

		assertThat(plan.getStatus()).isEqualTo(CampaignStatus.APPROVED);
	}

	@Test
	void aPlanAtTheLimitNeedsNoRecommendation() {
		CampaignPlan plan = plan(1_000_000);
		submitAndCheck(plan);

		assertRefused(() -> plan.recommend("staff", NOW, LIMIT, null), "campaign.transition.noRecommendationNeeded");
		plan.approve("staff", false, NOW, LIMIT, CHECKLIST, null);
	}

	@Test
	void aChangeRequestNeedsAReasonAndSendsThePlanBackForEditing() {
		CampaignPlan plan = plan(1_500_000);
		submitAndCheck(plan);
		plan.recommend("staff", NOW, LIMIT, null);

		assertRefused(() -> plan.requestChanges("staff", NOW, " "), "campaign.transition.reasonRequired");
		plan.requestChanges("staff", NOW, "KPIの測定方法を追記してください");
		plan.revise(content(500_000), "liaison", NOW);
		submitAndCheck(plan);

		assertThat(plan.getStatus()).isEqualTo(CampaignStatus.SUBMITTED);
		// The recommendation was for the plan as it stood: it does not survive the
		// change.
		assertThat(plan.isRecommended()).isFalse();
		assertThat(plan.getTotalBudgetJpy()).isEqualTo(500_000);
	}

	@Test
	void everyIllegalMoveIsRefused() {
		CampaignPlan draft = plan(100_000);
		assertRefused(() -> draft.approve("cmo", true, NOW, LIMIT, CHECKLIST, null),
				"campaign.transition.notAllowed.DRAFT");
		assertRefused(() -> draft.reject("cmo", NOW, "no"), "campaign.transition.notAllowed.DRAFT");
		assertRefused(() -> draft.requestChanges("staff", NOW, "no"), "campaign.transition.notAllowed.DRAFT");
		assertRefused(() -> draft.activate("staff", NOW), "campaign.transition.notAllowed.DRAFT");

		CampaignPlan submitted = plan(100_000);
		submitAndCheck(submitted);
		assertRefused(() -> submitted.submit("liaison", NOW, false, null), "campaign.transition.notAllowed.SUBMITTED");
		assertRefused(() -> submitted.revise(content(1), "liaison", NOW), "campaign.transition.notEditable");

		CampaignPlan approved = plan(100_000);
		submitAndCheck(approved);
		approved.approve("staff", false, NOW, LIMIT, CHECKLIST, null);
		assertRefused(() -> approved.revise(content(1), "liaison", NOW), "campaign.transition.notEditable");
		assertRefused(() -> approved.withdraw("liaison", NOW, null), "campaign.transition.notAllowed.APPROVED");
		assertRefused(() -> approved.reject("staff", NOW, "late"), "campaign.transition.notAllowed.APPROVED");

		CampaignPlan rejected = plan(100_000);
		submitAndCheck(rejected);
		rejected.reject("cmo", NOW, "費用対効果が不明");
		assertRefused(() -> rejected.submit("liaison", NOW, false, null), "campaign.transition.notAllowed.REJECTED");
		assertRefused(() -> rejected.approve("cmo", true, NOW, LIMIT, CHECKLIST, null),
				"campaign.transition.notAllowed.REJECTED");
	}

	@Test
	void aDraftOrASubmittedPlanCanBeWithdrawn() {
		CampaignPlan draft = plan(100_000);
		draft.withdraw("liaison", NOW, null);
		CampaignPlan submitted = plan(100_000);
		submitAndCheck(submitted);
		submitted.withdraw("liaison", NOW, "予算の組み替えのため");

		assertThat(draft.getStatus()).isEqualTo(CampaignStatus.WITHDRAWN);
		assertThat(submitted.getStatus()).isEqualTo(CampaignStatus.WITHDRAWN);
	}

	@Test
	void completingNeedsAnEvaluation() {
		CampaignPlan plan = plan(100_000);
		submitAndCheck(plan);
		plan.approve("staff", false, NOW, LIMIT, CHECKLIST, null);
		plan.activate("system", NOW);

		assertRefused(() -> plan.complete("liaison", NOW, Map.of(), " "), "campaign.transition.evaluationRequired");
		plan.complete("liaison", NOW, Map.of(), "目標を上回った");

		assertThat(plan.getStatus()).isEqualTo(CampaignStatus.COMPLETED);
		assertThat(plan.getEvaluation()).isEqualTo("目標を上回った");
	}

	@Test
	void approvalNeedsTheWholeBrandChecklist() {
		CampaignPlan plan = plan(100_000);
		plan.submit("liaison", NOW, false, null);
		plan.tick(Set.of("LOGO"), CHECKLIST, "staff", NOW);

		assertRefused(() -> plan.approve("staff", false, NOW, LIMIT, CHECKLIST, null),
				"campaign.transition.checklistIncomplete");
		plan.tick(Set.copyOf(CHECKLIST), CHECKLIST, "staff", NOW);
		plan.approve("staff", false, NOW, LIMIT, CHECKLIST, null);
	}

	@Test
	void aScheduleInABlackoutPeriodIsSubmittedOnlyWithAJustification() {
		CampaignPlan plan = plan(100_000);

		assertRefused(() -> plan.submit("liaison", NOW, true, " "),
				"campaign.transition.blackoutJustificationRequired");
		plan.submit("liaison", NOW, true, "選挙公報とは無関係の健康情報のため");

		assertThat(plan.getBlackoutJustification()).isEqualTo("選挙公報とは無関係の健康情報のため");
	}

	@Test
	void aResubmittedPlanIsCheckedAfresh() {
		CampaignPlan plan = plan(100_000);
		submitAndCheck(plan);
		plan.requestChanges("staff", NOW, "予算を見直してください");
		plan.revise(content(900_000), "liaison", NOW);
		plan.submit("liaison", NOW, false, null);

		assertThat(plan.getChecks()).isEmpty();
		assertRefused(() -> plan.approve("staff", false, NOW, LIMIT, CHECKLIST, null),
				"campaign.transition.checklistIncomplete");
	}

	@Test
	void whoeverRecommendedCannotAlsoApprove() {
		CampaignPlan plan = plan(2_000_000);
		submitAndCheck(plan);
		plan.recommend("chief", NOW, LIMIT, null);

		assertRefused(() -> plan.approve("chief", true, NOW, LIMIT, CHECKLIST, null),
				"campaign.transition.sameReviewer");
		plan.approve("cmo", true, NOW, LIMIT, CHECKLIST, null);
	}

	private static void submitAndCheck(CampaignPlan plan) {
		plan.submit("liaison", NOW, false, null);
		plan.tick(Set.copyOf(CHECKLIST), CHECKLIST, "staff", NOW);
	}

	private static void assertRefused(Runnable move, String messageKey) {
		assertThatExceptionOfType(IllegalTransition.class).isThrownBy(move::run)
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(messageKey));
	}

	private static CampaignPlan plan(long... amounts) {
		return new CampaignPlan(AccountFixtures.unsavedDepartment("HEALTH"), content(amounts), "liaison", NOW);
	}

	/**
	 * Without KPIs: a KPI's actual is keyed by its database id, which unsaved rows lack.
	 */
	private static PlanContent content(long... amounts) {
		List<PlanContent.Line> lines = java.util.Arrays.stream(amounts)
			.mapToObj((amount) -> new PlanContent.Line("広告", Channel.ADVERTISING, amount))
			.toList();
		return new PlanContent("熱中症予防", "搬送を10%減らす", java.util.Set.of(), null, null, EnumSet.of(Channel.SNS),
				LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31), lines, List.of(), List.of(), List.of());
	}

}
