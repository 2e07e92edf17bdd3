package org.cmooffice.crisis;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.cmooffice.IntegrationTest;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.account.User;
import org.cmooffice.shared.FiscalYear;
import org.cmooffice.shared.persistence.KeptCountsCompaction;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The crisis desk through its pages: who opens, moves and reads incidents, statements
 * approved by the CMO alone, the append-only timeline, the banner and rumours.
 */
@IntegrationTest
class CrisisIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KeptCountsCompaction compaction;

	User staffUser;

	User cmoUser;

	CurrentUser staff;

	CurrentUser cmo;

	CurrentUser analyst;

	CurrentUser liaison;

	CurrentUser otherLiaison;

	CurrentUser admin;

	Department department;

	String title;

	@BeforeEach
	void office() {
		this.department = this.accounts.department(1_000_000);
		this.staffUser = this.accounts.user(Role.STAFF);
		this.cmoUser = this.accounts.user(Role.CMO);
		this.staff = AccountFixtures.signedIn(this.staffUser);
		this.cmo = AccountFixtures.signedIn(this.cmoUser);
		this.analyst = AccountFixtures.signedIn(this.accounts.user(Role.ANALYST));
		this.liaison = AccountFixtures.signedIn(this.accounts.liaison(this.department));
		this.otherLiaison = AccountFixtures.signedIn(this.accounts.liaison(this.accounts.department(1_000_000)));
		this.admin = AccountFixtures.signedIn(this.accounts.user(Role.ADMIN));
		this.title = AccountFixtures.unique("事案");
	}

	@Test
	void aSeriousIncidentNotifiesTheCmoAndShowsItsBannerToTheRightPeopleUntilResolved() throws Exception {
		long id = open(3, null);

		assertThat(this.jdbc.queryForObject("select count(*) from notification where recipient_id = ? and link = ?",
				Long.class, this.cmoUser.getId(), "/crisis/" + id))
			.isOne();
		for (CurrentUser sees : List.of(this.staff, this.cmo, this.liaison)) {
			assertThat(banner(sees)).contains(this.title);
		}
		for (CurrentUser doesNot : List.of(this.otherLiaison, this.analyst)) {
			assertThat(banner(doesNot)).doesNotContain(this.title);
		}

		perform(this.staff, post("/crisis/" + id + "/status"), "version", version(id), "status", "RESOLVED");

		assertThat(status(id)).isEqualTo("RESOLVED");
		assertThat(banner(this.cmo)).doesNotContain(this.title);
		perform(this.cmo, post("/crisis/" + id + "/status"), "version", version(id), "status", "OPEN");
		assertThat(status(id)).isEqualTo("OPEN");
		assertThat(banner(this.cmo)).contains(this.title);
	}

	@Test
	void aMinorIncidentShowsNoBanner() throws Exception {
		open(2, null);

		assertThat(banner(this.cmo)).doesNotContain(this.title);
		assertThat(banner(this.staff)).doesNotContain(this.title);
	}

	@Test
	void eachRoleMayDoWhatItShouldAndNothingElse() throws Exception {
		long id = open(2, null);
		String version = version(id);

		assertThat(status(this.liaison, get("/crisis/" + id))).isEqualTo(200);
		assertThat(status(this.otherLiaison, get("/crisis/" + id))).isEqualTo(403);
		assertThat(status(this.otherLiaison, post("/crisis/" + id + "/timeline"), "text", "x")).isEqualTo(403);
		assertThat(page(this.otherLiaison, "/crisis")).doesNotContain(this.title);
		assertThat(page(this.liaison, "/crisis")).contains(this.title);
		assertThat(status(this.analyst, get("/crisis/" + id))).isEqualTo(200);
		assertThat(status(this.analyst, get("/crisis/rumours"))).isEqualTo(200);
		assertThat(status(this.analyst, get("/crisis/library"))).isEqualTo(200);
		for (CurrentUser refused : List.of(this.liaison, this.analyst)) {
			assertThat(status(refused, get("/crisis/new"))).isEqualTo(403);
			assertThat(status(refused, post("/crisis/" + id + "/status"), "version", version, "status", "RESOLVED"))
				.isEqualTo(403);
			assertThat(status(refused, post("/crisis/" + id + "/statement"))).isEqualTo(403);
			assertThat(status(refused, get("/crisis/rumours/new"))).isEqualTo(403);
			assertThat(status(refused, post("/crisis/rumours"), "claim", "x", "firstSeen", LocalDate.now().toString()))
				.isEqualTo(403);
		}
		assertThat(status(this.analyst, post("/crisis/" + id + "/timeline"), "text", "x")).isEqualTo(403);
		assertThat(status(this.liaison, get("/crisis/rumours"))).isEqualTo(403);
		for (String path : List.of("/crisis", "/crisis/" + id, "/crisis/rumours", "/crisis/library")) {
			assertThat(status(this.admin, get(path))).as(path).isEqualTo(403);
		}
		assertThat(version(id)).isEqualTo(version);

		MvcResult noted = perform(this.liaison, post("/crisis/" + id + "/timeline"), "text", "窓口への問い合わせが増加");
		assertThat(noted.getResponse().getRedirectedUrl()).isEqualTo("/crisis/" + id + "#timeline");
		assertThat(page(this.staff, "/crisis/" + id)).contains("窓口への問い合わせが増加");
	}

	@Test
	void onlyTheCmoApprovesAndEveryApprovedVersionIsKept() throws Exception {
		long id = open(3, null);
		perform(this.staff, post("/crisis/" + id + "/statement"));
		long statement = statementOf(id);
		perform(this.staff, post("/crisis/statements/" + statement), "version", statementVersion(statement), "title",
				"見解", "textJa", "事実関係を確認しています。");
		perform(this.staff, post("/crisis/statements/" + statement + "/submit"), "version",
				statementVersion(statement));

		assertThat(status(this.staff, post("/crisis/statements/" + statement + "/approve"), "version",
				statementVersion(statement)))
			.isEqualTo(403);
		perform(this.cmo, post("/crisis/statements/" + statement + "/approve"), "version", statementVersion(statement));
		assertThat(page(this.liaison, "/crisis/" + id)).contains("事実関係を確認しています。");

		perform(this.staff, post("/crisis/statements/" + statement), "version", statementVersion(statement), "title",
				"見解", "textJa", "調査の結果、誤りと判明しました。");
		perform(this.staff, post("/crisis/statements/" + statement + "/submit"), "version",
				statementVersion(statement));
		perform(this.cmo, post("/crisis/statements/" + statement + "/return"), "version", statementVersion(statement),
				"reason", "根拠を添えてください");
		assertThat(
				this.jdbc.queryForObject("select status from holding_statement where id = ?", String.class, statement))
			.isEqualTo("RETURNED");
		assertThat(page(this.liaison, "/crisis/" + id)).contains("事実関係を確認しています。").doesNotContain("調査の結果、誤りと判明しました。");

		perform(this.staff, post("/crisis/statements/" + statement + "/submit"), "version",
				statementVersion(statement));
		perform(this.cmo, post("/crisis/statements/" + statement + "/approve"), "version", statementVersion(statement));
		assertThat(this.jdbc.queryForList(
				"select text_ja from holding_statement_version where statement_id = ?" + " order by number",
				String.class, statement))
			.containsExactly("事実関係を確認しています。", "調査の結果、誤りと判明しました。");
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc
			.update("update holding_statement_version set text_ja = 'x' where statement_id = ?", statement));
	}

	@Test
	void anUnchangedPreClearedLineIsApprovedInOneStepAndAChangedOneIsNot() throws Exception {
		perform(this.staff, post("/crisis/library"), "scenario", "DATA_BREACH", "title", "漏えい" + this.title, "textJa",
				"個人情報の漏えいの可能性を確認し、調査しています。" + this.title);
		long line = this.jdbc.queryForObject("select id from holding_statement where title = ?", Long.class,
				"漏えい" + this.title);
		perform(this.staff, post("/crisis/statements/" + line + "/submit"), "version", statementVersion(line));
		perform(this.cmo, post("/crisis/statements/" + line + "/approve"), "version", statementVersion(line));

		long id = open(3, "DATA_BREACH");
		perform(this.staff, post("/crisis/" + id + "/statement"));
		long statement = statementOf(id);
		assertThat(
				this.jdbc.queryForObject("select text_ja from holding_statement where id = ?", String.class, statement))
			.startsWith("個人情報の漏えいの可能性");

		perform(this.cmo, post("/crisis/statements/" + statement + "/fast-track"), "version",
				statementVersion(statement));
		assertThat(this.jdbc.queryForObject("select fast_track from holding_statement_version where statement_id = ?",
				Boolean.class, statement))
			.isTrue();

		long other = open(3, "DATA_BREACH");
		perform(this.staff, post("/crisis/" + other + "/statement"));
		long changed = statementOf(other);
		perform(this.staff, post("/crisis/statements/" + changed), "version", statementVersion(changed), "title", "見解",
				"textJa", "書き換えた文");
		perform(this.cmo, post("/crisis/statements/" + changed + "/fast-track"), "version", statementVersion(changed));
		assertThat(this.jdbc.queryForObject("select count(*) from holding_statement_version where statement_id = ?",
				Long.class, changed))
			.isZero();
	}

	@Test
	void theTimelineCannotBeChangedOrRemoved() throws Exception {
		long id = open(2, null);
		perform(this.staff, post("/crisis/" + id + "/timeline"), "text", "記録");

		assertThatExceptionOfType(DataAccessException.class).isThrownBy(
				() -> this.jdbc.update("update crisis_timeline_entry set text = 'x' where incident_id = ?", id));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from crisis_timeline_entry where incident_id = ?", id));
		assertThat(this.jdbc.queryForObject("select count(*) from crisis_timeline_entry where incident_id = ?",
				Long.class, id))
			.isEqualTo(2);
	}

	@Test
	void aRumourIsLoggedFactCheckedAndListed() throws Exception {
		long id = open(3, null);
		String claim = "誤った噂" + this.title;

		MvcResult logged = perform(this.staff, post("/crisis/rumours"), "incidentId", String.valueOf(id), "claim",
				claim, "firstSeen", LocalDate.now().toString(), "channel", "SNS", "estimatedReach", "5000", "factCheck",
				"UNVERIFIED", "response", "NONE", "responseStatus", "PLANNED");
		assertThat(logged.getResponse().getRedirectedUrl()).isEqualTo("/crisis/" + id + "#rumours");
		long rumour = this.jdbc.queryForObject("select id from rumour where claim = ?", Long.class, claim);
		perform(this.staff, post("/crisis/rumours/" + rumour), "version", "0", "incidentId", String.valueOf(id),
				"claim", claim, "firstSeen", LocalDate.now().toString(), "channel", "SNS", "estimatedReach", "5000",
				"factCheck", "FALSE", "sources", "担当課の確認", "response", "STATEMENT", "responseStatus", "DONE");

		assertThat(this.jdbc.queryForObject("select fact_check from rumour where id = ?", String.class, rumour))
			.isEqualTo("FALSE");
		assertThat(page(this.analyst, "/crisis/rumours?factCheck=FALSE&lang=en")).contains(claim, "False");
		MvcResult future = perform(this.staff, post("/crisis/rumours"), "claim", "未来", "firstSeen",
				LocalDate.now().plusDays(3).toString(), "channel", "SNS", "factCheck", "UNVERIFIED", "response", "NONE",
				"responseStatus", "PLANNED");
		assertThat(future.getResponse().getContentAsString()).contains("firstSeen-error");
	}

	/**
	 * The rumour list's count and analytics' verdicts come from counts the rumour table's
	 * triggers keep (V25): they must follow every way rumours are logged, re-judged,
	 * moved and removed, and stay the same once folded.
	 */
	@Test
	void theRumourCountsFollowEveryChangeAndStayTheSameOnceFolded() throws Exception {
		for (String verdict : List.of("UNVERIFIED", "UNVERIFIED", "MISLEADING")) {
			perform(this.staff, post("/crisis/rumours"), "claim", "数える噂" + this.title, "firstSeen",
					LocalDate.now().toString(), "channel", "SNS", "factCheck", verdict, "response", "NONE",
					"responseStatus", "PLANNED");
		}
		assertCountsAreLive();

		List<Long> logged = this.jdbc.queryForList("select id from rumour where claim = ? order by id", Long.class,
				"数える噂" + this.title);
		assertThat(logged).hasSize(3);
		this.jdbc.update("update rumour set fact_check = 'FALSE' where id = ?", logged.get(0));
		this.jdbc.update("update rumour set first_seen = first_seen - 40 where id = ?", logged.get(1));
		this.jdbc.update("update rumour set estimated_reach = 10 where id = ?", logged.get(2));
		assertCountsAreLive();
		this.jdbc.update("delete from rumour where id = ?", logged.get(2));
		assertCountsAreLive();

		this.compaction.compact();

		assertCountsAreLive();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from (select 1 from rumour_count group by month, fact_check having count(*) > 1) x",
				Long.class))
			.as("one row per month and verdict once folded")
			.isZero();
	}

	private void assertCountsAreLive() throws Exception {
		assertThat(this.jdbc.queryForList("""
				select to_char(month, 'YYYY-MM') || ' ' || fact_check || '=' || sum(rumours) from rumour_count
				group by month, fact_check having sum(rumours) <> 0 order by month, fact_check""", String.class))
			.isEqualTo(this.jdbc.queryForList("""
					select month || ' ' || fact_check || '=' || count(*)
					from (select to_char(first_seen, 'YYYY-MM') as month, fact_check from rumour) r
					group by month, fact_check order by month, fact_check""", String.class));
		long all = this.jdbc.queryForObject("select count(*) from rumour", Long.class);
		long unverified = this.jdbc.queryForObject("select count(*) from rumour where fact_check = 'UNVERIFIED'",
				Long.class);
		assertThat(page(this.analyst, "/crisis/rumours?lang=en")).contains("%,d results".formatted(all));
		assertThat(page(this.analyst, "/crisis/rumours?factCheck=UNVERIFIED&lang=en"))
			.contains("%,d results".formatted(unverified));
		FiscalYear year = FiscalYear.of(LocalDate.now());
		long unverifiedThisYear = this.jdbc.queryForObject(
				"select count(*) from rumour where fact_check = 'UNVERIFIED' and first_seen between ? and ?",
				Long.class, year.start(), year.end());
		assertThat(page(this.analyst, "/analytics/rumoursByFactCheck.csv?lang=en"))
			.contains("Unverified," + unverifiedThisYear);
	}

	@Test
	void theIncidentPageSpeaksBothLanguages() throws Exception {
		long id = open(3, "MISINFORMATION");

		assertThat(page(this.staff, "/crisis/" + id + "?lang=ja")).contains("深刻度3（重大）", "経過記録", "対応中");
		assertThat(page(this.staff, "/crisis/" + id + "?lang=en")).contains("Severity 3 (serious)", "Timeline", "Open");
	}

	/** The banner of a page (any page shows it; the campaign list is used here). */
	private String banner(CurrentUser user) throws Exception {
		String page = page(user, "/campaigns");
		int start = page.indexOf("crisis-banner");
		return (start < 0) ? "" : page.substring(start, page.indexOf("</div>", start));
	}

	@Test
	void theSecondOfTwoEditsOfAnIncidentGetsTheConflictPageWithItsInputKept() throws Exception {
		long id = open(2, null);
		String version = version(id);
		String[] common = { "description", "SNSで誤った情報が拡散", "severity", "2", "ownerId",
				String.valueOf(this.staffUser.getId()), "departmentIds", String.valueOf(this.department.getId()),
				"version", version };

		MvcResult first = perform(this.staff, post("/crisis/" + id), with(common, "title", "最初の見出し"));
		MvcResult second = perform(this.cmo, post("/crisis/" + id), with(common, "title", "二番目の見出し"));

		assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/crisis/" + id);
		assertThat(second.getResponse().getStatus()).isEqualTo(409);
		assertThat(second.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("二番目の見出し");
		assertThat(this.jdbc.queryForObject("select title from crisis_incident where id = ?", String.class, id))
			.isEqualTo("最初の見出し");
	}

	private static String[] with(String[] fields, String... more) {
		String[] all = java.util.Arrays.copyOf(fields, fields.length + more.length);
		System.arraycopy(more, 0, all, fields.length, more.length);
		return all;
	}

	private long open(int severity, String scenario) throws Exception {
		MvcResult opened = perform(this.staff, post("/crisis"), "title", this.title + "-" + System.nanoTime(),
				"description", "SNSで誤った情報が拡散", "severity", String.valueOf(severity), "scenario",
				(scenario != null) ? scenario : "", "ownerId", String.valueOf(this.staffUser.getId()), "departmentIds",
				String.valueOf(this.department.getId()));
		String location = opened.getResponse().getRedirectedUrl();
		assertThat(location).as(opened.getResponse().getContentAsString()).matches("/crisis/\\d+");
		return Long.parseLong(location.substring("/crisis/".length()));
	}

	private long statementOf(long incident) {
		return this.jdbc.queryForObject("select id from holding_statement where incident_id = ?", Long.class, incident);
	}

	private String statementVersion(long statement) {
		return String.valueOf(
				this.jdbc.queryForObject("select version from holding_statement where id = ?", Long.class, statement));
	}

	private String status(long id) {
		return this.jdbc.queryForObject("select status from crisis_incident where id = ?", String.class, id);
	}

	private String version(long id) {
		return String
			.valueOf(this.jdbc.queryForObject("select version from crisis_incident where id = ?", Long.class, id));
	}

	private String page(CurrentUser user, String path) throws Exception {
		MvcResult result = perform(user, get(path));
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(CurrentUser user, AbstractMockHttpServletRequestBuilder<?> request, String... fields)
			throws Exception {
		return perform(user, request, fields).getResponse().getStatus();
	}

	private MvcResult perform(CurrentUser user, AbstractMockHttpServletRequestBuilder<?> request, String... fields)
			throws Exception {
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request.with(csrf()).with(user(user))).andReturn();
	}

}
