package org.cmooffice.strategy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.cmooffice.IntegrationTest;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A fiscal year's strategy through the application's routes: drafted by the office,
 * activated by the CMO alone, measured by analysts, read by everyone, served by
 * campaigns.
 */
@IntegrationTest
class StrategyIntegrationTests {

	/** Each test its own fiscal year, far from any other test's. */
	private static final AtomicInteger YEARS = new AtomicInteger(2060);

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser staff;

	CurrentUser cmo;

	CurrentUser analyst;

	CurrentUser liaison;

	int year;

	@BeforeEach
	void office() {
		this.staff = AccountFixtures.signedIn(this.accounts.user(Role.STAFF));
		this.cmo = AccountFixtures.signedIn(this.accounts.user(Role.CMO));
		this.analyst = AccountFixtures.signedIn(this.accounts.user(Role.ANALYST));
		this.liaison = AccountFixtures.signedIn(this.accounts.liaison(this.accounts.department(1_000_000)));
		this.year = YEARS.getAndIncrement();
	}

	@Test
	void theCmoAloneActivatesAndAnalystsMoveTheAttainment() throws Exception {
		long id = draftWithKpi("健康づくり戦略");
		assertThat(perform(this.liaison, get("/strategies/" + id)).getResponse().getStatus()).isEqualTo(403);

		assertThat(perform(this.staff, post("/strategies/" + id + "/activate"), "version", version(id)).getResponse()
			.getStatus()).isEqualTo(403);
		perform(this.cmo, post("/strategies/" + id + "/activate"), "version", version(id));
		assertThat(status(id)).isEqualTo("ACTIVE");

		long kpiId = this.jdbc.queryForObject("select k.id from strategy_kpi k join strategy_objective o"
				+ " on o.id = k.objective_id where o.strategy_id = ?", Long.class, id);
		MvcResult measured = perform(this.analyst, post("/strategies/" + id + "/measurements"), "kpiId",
				String.valueOf(kpiId), "measuredOn", LocalDate.now().minusDays(1).toString(), "value", "51.5", "source",
				"国保データベース");
		assertThat(measured.getResponse().getRedirectedUrl()).isEqualTo("/strategies/" + id);

		String page = perform(this.liaison, get("/strategies/" + id)).getResponse().getContentAsString();
		assertThat(page).contains("健康づくり戦略").contains("50.0");
		assertThat(perform(this.liaison, post("/strategies/" + id + "/measurements"), "kpiId", String.valueOf(kpiId),
				"measuredOn", LocalDate.now().toString(), "value", "60", "source", "x")
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(perform(this.analyst, post("/strategies/" + id + "/objectives"), "version", version(id), "title",
				"勝手な目標", "priority", "HIGH")
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void activatingASecondStrategyForTheYearNeedsTheCmosConfirmation() throws Exception {
		long first = draftWithKpi("第一案");
		perform(this.cmo, post("/strategies/" + first + "/activate"), "version", version(first));
		long second = draftWithKpi("第二案");

		MvcResult asked = perform(this.cmo, post("/strategies/" + second + "/activate"), "version", version(second));
		assertThat(asked.getResponse().getStatus()).isEqualTo(200);
		assertThat(asked.getResponse().getContentAsString()).contains("第一案");
		assertThat(status(first)).isEqualTo("ACTIVE");
		assertThat(status(second)).isEqualTo("DRAFT");

		perform(this.cmo, post("/strategies/" + second + "/activate"), "version", version(second), "replace", "true");

		assertThat(status(first)).isEqualTo("ARCHIVED");
		assertThat(status(second)).isEqualTo("ACTIVE");
	}

	@Test
	void anActiveStrategyIsNotEditedAnyMore() throws Exception {
		long id = draftWithKpi("確定した戦略");
		perform(this.cmo, post("/strategies/" + id + "/activate"), "version", version(id));
		String version = version(id);

		perform(this.staff, post("/strategies/" + id + "/objectives"), "version", version, "title", "後から足す目標",
				"priority", "LOW");

		assertThat(this.jdbc.queryForObject("select count(*) from strategy_objective where strategy_id = ?", Long.class,
				id))
			.isEqualTo(1);
		assertThat(version(id)).isEqualTo(version);
	}

	@Test
	void aKpiMustPointTheWayItsDirectionSays() throws Exception {
		long id = draft("方向の誤り");
		long objectiveId = addObjective(id, "目標");

		MvcResult result = perform(this.staff, post("/strategies/" + id + "/kpis"), "version", version(id),
				"objectiveId", String.valueOf(objectiveId), "name", "救急搬送件数", "unit", "件", "baseline", "1000", "target",
				"1200", "direction", "DOWN");

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("target-error");
		assertThat(this.jdbc.queryForObject("select count(*) from strategy_kpi where objective_id = ?", Long.class,
				objectiveId))
			.isZero();
	}

	@Test
	void aCampaignPlanServesAnObjectiveAndTheObjectivePageListsIt() throws Exception {
		long id = draftWithKpi("観光戦略");
		perform(this.cmo, post("/strategies/" + id + "/activate"), "version", version(id));
		long objectiveId = this.jdbc.queryForObject("select id from strategy_objective where strategy_id = ?",
				Long.class, id);

		MvcResult created = perform(this.liaison, post("/campaigns"), "title", "秋の観光キャンペーン", "objective", "宿泊者数を増やす",
				"objectiveIds", String.valueOf(objectiveId), "channels", "SNS", "startDate", "2027-10-01", "endDate",
				"2027-10-31", "version", "0");
		assertThat(created.getResponse().getRedirectedUrl()).startsWith("/campaigns/");

		String objectivePage = perform(this.staff, get("/strategies/" + id + "/objectives/" + objectiveId))
			.getResponse()
			.getContentAsString();
		assertThat(objectivePage).contains("秋の観光キャンペーン");
		CurrentUser otherLiaison = AccountFixtures.signedIn(this.accounts.liaison(this.accounts.department(1)));
		assertThat(perform(otherLiaison, get("/strategies/" + id + "/objectives/" + objectiveId)).getResponse()
			.getContentAsString()).doesNotContain("秋の観光キャンペーン");
		String planPage = perform(this.liaison, get(created.getResponse().getRedirectedUrl())).getResponse()
			.getContentAsString();
		assertThat(planPage).contains("目標の一");
	}

	@Test
	void theSecondOfTwoEditsOfOneDraftGetsTheConflictPageWithItsInputKept() throws Exception {
		long id = draft("競合確認の戦略");
		String version = version(id);

		MvcResult first = perform(this.staff, post("/strategies/" + id), strategyFields("最初の題名", version));
		MvcResult second = perform(this.cmo, post("/strategies/" + id), strategyFields("二番目の題名", version));

		assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/strategies/" + id);
		assertThat(second.getResponse().getStatus()).isEqualTo(409);
		assertThat(second.getResponse().getContentAsString()).contains("value=\"二番目の題名\"");
		assertThat(this.jdbc.queryForObject("select title from strategy where id = ?", String.class, id))
			.isEqualTo("最初の題名");
		assertThat(Long.parseLong(version(id))).isGreaterThan(Long.parseLong(version));
	}

	private String[] strategyFields(String title, String version) {
		return new String[] { "fiscalYear", String.valueOf(this.year), "title", title, "vision", "県民に届く広報",
				"periodStart", this.year + "-04-01", "periodEnd", (this.year + 1) + "-03-31", "ownerName", "山田 花子",
				"version", version };
	}

	private long draftWithKpi(String title) throws Exception {
		long id = draft(title);
		long objectiveId = addObjective(id, "目標の一");
		perform(this.staff, post("/strategies/" + id + "/kpis"), "version", version(id), "objectiveId",
				String.valueOf(objectiveId), "name", "特定健診受診率", "unit", "%", "baseline", "48", "target", "55",
				"direction", "UP");
		return id;
	}

	private long draft(String title) throws Exception {
		MvcResult created = perform(this.staff, post("/strategies"), "fiscalYear", String.valueOf(this.year), "title",
				title, "vision", "県民に届く広報", "periodStart", this.year + "-04-01", "periodEnd",
				(this.year + 1) + "-03-31", "ownerName", "山田 花子");
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/strategies/");
		return Long.parseLong(location.substring("/strategies/".length()));
	}

	private long addObjective(long id, String title) throws Exception {
		perform(this.staff, post("/strategies/" + id + "/objectives"), "version", version(id), "title", title,
				"priority", "HIGH");
		return this.jdbc.queryForObject(
				"select id from strategy_objective where strategy_id = ? and title = ? order by id desc limit 1",
				Long.class, id, title);
	}

	private MvcResult perform(CurrentUser user, MockHttpServletRequestBuilder request, String... fields)
			throws Exception {
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request.with(csrf()).with(user(user))).andReturn();
	}

	private String status(long id) {
		return this.jdbc.queryForObject("select status from strategy where id = ?", String.class, id);
	}

	private String version(long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from strategy where id = ?", Long.class, id));
	}

}
