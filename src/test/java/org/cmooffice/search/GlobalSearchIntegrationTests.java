package org.cmooffice.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.cmooffice.IntegrationTest;
import org.cmooffice.StatementCount;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.account.User;
import org.cmooffice.shared.Like;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.stakeholder.StakeholderFixtures;
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

@IntegrationTest
class GlobalSearchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	StakeholderFixtures stakeholders;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDepartmentsPlanIsFoundByTheOfficeAndNotByAnotherDepartmentsLiaison() throws Exception {
		Department health = this.accounts.department(5_000_000);
		CurrentUser liaison = AccountFixtures.signedIn(this.accounts.liaison(health));
		CurrentUser otherLiaison = AccountFixtures.signedIn(this.accounts.liaison(this.accounts.department(1_000_000)));
		CurrentUser staff = AccountFixtures.signedIn(this.accounts.user(Role.STAFF));
		String title = AccountFixtures.unique("検索できる熱中症予防");
		String link = submittedPlanLink(liaison, title);

		assertThat(page(staff, "/search?q=" + title)).contains(link);
		assertThat(page(liaison, "/search?q=" + title)).contains(link);
		// The query is echoed on the page; the plan itself must not be listed.
		assertThat(page(otherLiaison, "/search?q=" + title)).doesNotContain(link);
	}

	@Test
	void japaneseWordsFindStakeholdersAndAnalystsSeeNoContactData() throws Exception {
		User owner = this.accounts.user(Role.STAFF);
		String name = AccountFixtures.unique("厚生検索");
		this.stakeholders.person(name, "コウセイケンサク", "kensaku@example.jp", "090-0000-1111", owner,
				LocalDate.now().plusYears(1));
		CurrentUser analyst = AccountFixtures.signedIn(this.accounts.user(Role.ANALYST));

		String results = page(analyst, "/search?q=厚生検索&lang=en");

		assertThat(results).contains(name, "Stakeholders").doesNotContain("kensaku@example.jp", "090-0000-1111");
		assertThat(page(analyst, "/search?q=こうせいけんさく")).contains(name);
	}

	/**
	 * Two characters, the length of most Japanese words, are searched through their own
	 * indexes (trigram indexes need three): plans, stakeholders and rumours are found by
	 * them (and incidents by their description), by the stakeholder's reading in hiragana
	 * too, and the two characters must be next to each other and in that order.
	 */
	@Test
	void twoCharacterWordsFindPlansStakeholdersAndRumours() throws Exception {
		CurrentUser staff = AccountFixtures.signedIn(this.accounts.user(Role.STAFF));
		CurrentUser liaison = AccountFixtures.signedIn(this.accounts.liaison(this.accounts.department(5_000_000)));
		String plan = submittedPlanLink(liaison, AccountFixtures.unique("鶚鷺の保護"));
		String name = AccountFixtures.unique("鶚鷺協議会");
		this.stakeholders.person(name, "ミサゴサギキョウギカイ", "misago@example.jp", "090-0000-2222",
				this.accounts.user(Role.STAFF), LocalDate.now().plusYears(1));
		String claim = AccountFixtures.unique("鶚鷺が減ったという噂");
		assertThat(perform(staff, post("/crisis/rumours"), "claim", claim, "firstSeen", LocalDate.now().toString(),
				"channel", "SNS", "factCheck", "UNVERIFIED", "response", "NONE", "responseStatus", "PLANNED")
			.getResponse()
			.getStatus()).isEqualTo(302);

		User officer = this.accounts.user(Role.STAFF);
		MvcResult opened = perform(AccountFixtures.signedIn(officer), post("/crisis"), "title",
				AccountFixtures.unique("営巣地への立入り"), "description", "鶚鷺の営巣地に見物客が入った", "severity", "1", "scenario", "",
				"ownerId", String.valueOf(officer.getId()), "departmentIds",
				String.valueOf(this.accounts.department(5_000_000).getId()));
		String incident = "href=\"" + opened.getResponse().getRedirectedUrl() + "\"";
		assertThat(incident).as("incident opened").matches("href=\"/crisis/\\d+\"");

		assertThat(page(staff, "/search?q=鶚鷺")).as("the incident by its description")
			.contains(plan, name, claim, incident);
		assertThat(page(staff, "/search?q=見物客")).as("three characters of the description").contains(incident);
		assertThat(page(staff, "/campaigns?q=鶚鷺")).contains(plan);
		assertThat(page(staff, "/stakeholders?q=鶚鷺")).contains(name);
		assertThat(page(staff, "/stakeholders?q=さご")).as("reading in hiragana").contains(name);
		assertThat(page(staff, "/search?q=鷺鶚")).as("the same characters the other way round")
			.doesNotContain(plan, name, claim, incident);
	}

	/**
	 * The overview shows five of each kind with the whole count and a link to the rest;
	 * the kind's own page lists them all.
	 */
	@Test
	void theOverviewShowsFiveOfEachKindAndTheKindsPageShowsEveryMatch() throws Exception {
		CurrentUser staff = AccountFixtures.signedIn(this.accounts.user(Role.STAFF));
		User owner = this.accounts.user(Role.STAFF);
		String word = AccountFixtures.unique("鶺鴒");
		for (int i = 0; i < 7; i++) {
			this.stakeholders.person(word + "協会" + i, "セキレイキョウカイ", null, null, owner, LocalDate.now().plusYears(1));
			assertThat(perform(staff, post("/crisis/rumours"), "claim", word + "の噂" + i, "firstSeen",
					LocalDate.now().minusDays(i).toString(), "channel", "SNS", "factCheck", "UNVERIFIED", "response",
					"NONE", "responseStatus", "PLANNED")
				.getResponse()
				.getStatus()).isEqualTo(302);
		}

		String overview = page(staff, "/search?q=" + word + "&lang=en");

		assertThat(overview).contains("Stakeholders (7)", "Rumours (7)", "All 7 results in Stakeholders",
				"All 7 results in Rumours", "kind=STAKEHOLDER", "kind=RUMOUR");
		assertThat(count(overview, word + "協会")).isEqualTo(5);
		assertThat(count(overview, word + "の噂")).isEqualTo(5);
		// The newest rumours first.
		assertThat(overview).contains(word + "の噂0", word + "の噂4").doesNotContain(word + "の噂5");
		String stakeholders = page(staff, "/search?q=" + word + "&kind=STAKEHOLDER&lang=en");
		assertThat(count(stakeholders, word + "協会")).isEqualTo(7);
		assertThat(count(page(staff, "/search?q=" + word + "&kind=RUMOUR&lang=en"), word + "の噂")).isEqualTo(7);
	}

	/**
	 * A two-character word's rumours are counted by its bigram alone: the count must be
	 * what the word's LIKE finds, with the pattern's own characters taken literally and
	 * capitals matching small letters.
	 */
	@Test
	void aTwoCharacterWordCountsTheRumoursItsLikeFinds() throws Exception {
		CurrentUser staff = AccountFixtures.signedIn(this.accounts.user(Role.STAFF));
		String tag = AccountFixtures.unique("");
		// More matches than the overview shows, so that they are counted, not just
		// listed.
		List<String> claims = new ArrayList<>(List.of("鶫鵲は別の噂", "5割引きの噂"));
		for (int i = 0; i <= GlobalSearch.PREVIEW; i++) {
			claims.addAll(List.of("鵲鶫が来たという噂" + i, "割引率5%の噂" + i, "XY線の噂" + i));
		}
		for (String claim : claims) {
			assertThat(perform(staff, post("/crisis/rumours"), "claim", claim + tag, "firstSeen",
					LocalDate.now().toString(), "channel", "SNS", "factCheck", "UNVERIFIED", "response", "NONE",
					"responseStatus", "PLANNED")
				.getResponse()
				.getStatus()).isEqualTo(302);
		}

		for (String word : List.of("鵲鶫", "5%", "xy")) {
			long expected = this.jdbc.queryForObject(
					"select count(*) from rumour where lower(claim) like ? escape '\\'", Long.class,
					Like.containing(word));
			assertThat(expected).as(word).isGreaterThan(GlobalSearch.PREVIEW);
			assertThat(page(staff, "/search?q=" + word + "&lang=en")).as(word).contains("Rumours (" + expected + ")");
		}
	}

	/**
	 * The overview stops counting a kind at a thousand and says "more than"; the kind's
	 * own page counts on and pages through every match, newest first.
	 */
	@Test
	void theOverviewCountsUpToAThousandAndTheKindsPageCountsOn() throws Exception {
		CurrentUser staff = AccountFixtures.signedIn(this.accounts.user(Role.STAFF));
		String marker = AccountFixtures.unique("多数の噂");
		this.jdbc.update("""
				insert into rumour (claim, first_seen, channel, fact_check, response, response_status,
				                    created_at, created_by, modified_at, modified_by)
				select ? || ' ' || g, current_date - g, 'SNS', 'UNVERIFIED', 'NONE', 'PLANNED', now(), 'staff',
				       now(), 'staff'
				from generate_series(1, 1003) g""", marker);
		try {
			String overview = page(staff, "/search?q=" + marker + "&lang=en");
			String rumours = page(staff, "/search?q=" + marker + "&kind=RUMOUR&lang=en");
			String last = page(staff, "/search?q=" + marker + "&kind=RUMOUR&page=60&lang=en");

			assertThat(overview).contains("Rumours (more than 1,000)", "More than 1,000 results in Rumours")
				.doesNotContain("1,003");
			assertThat(count(overview, marker + " ")).isEqualTo(GlobalSearch.PREVIEW);
			assertThat(rumours).contains("Rumours (1,003)", "Page 1 of 51 (1,003 in all)", marker + " 1<",
					marker + " 20<");
			assertThat(last).contains("Page 51 of 51", marker + " 1001<", marker + " 1003<")
				.doesNotContain(marker + " 1000<");
		}
		finally {
			this.jdbc.update("delete from rumour where claim like ?", marker + " %");
		}
	}

	/**
	 * Every kind the overview shows is read in one transaction, one connection from the
	 * pages' pool, for each role that may search (the header's statements use the
	 * every-request pool).
	 */
	@Test
	void eachRolesSearchTakesOneConnectionForEveryKind() throws Exception {
		Department department = this.accounts.department(5_000_000);
		User liaison = this.accounts.liaison(department);
		String word = AccountFixtures.unique("鶉鷭");
		for (int i = 0; i <= GlobalSearch.PREVIEW; i++) {
			submittedPlanLink(AccountFixtures.signedIn(liaison), word + "の計画" + i);
			this.stakeholders.organisation(word + "協会" + i, "ウズラバン", 3, 3, this.accounts.user(Role.STAFF),
					department.getId());
		}
		for (User user : List.of(this.accounts.user(Role.CMO), this.accounts.user(Role.STAFF),
				this.accounts.user(Role.ANALYST), liaison)) {
			long before = StatementCount.pageConnections();
			String overview = page(AccountFixtures.signedIn(user), "/search?q=" + word + "&lang=en");
			assertThat(StatementCount.pageConnections() - before).as(user.getUsername()).isOne();
			// Both kinds read in it, counted past the rows shown.
			assertThat(overview).as(user.getUsername())
				.contains("Campaign plans (6)", "Stakeholders (6)", word + "の計画0", word + "協会0");
		}
	}

	/**
	 * A liaison's overview counts their own department's plans only, past the rows it
	 * shows; the office's counts every department's.
	 */
	@Test
	void aLiaisonsOverviewCountsOnlyTheDepartmentsPlans() throws Exception {
		CurrentUser liaison = AccountFixtures.signedIn(this.accounts.liaison(this.accounts.department(5_000_000)));
		CurrentUser otherLiaison = AccountFixtures.signedIn(this.accounts.liaison(this.accounts.department(1_000_000)));
		CurrentUser staff = AccountFixtures.signedIn(this.accounts.user(Role.STAFF));
		String word = AccountFixtures.unique("鶲鵯");
		for (int i = 0; i < 7; i++) {
			submittedPlanLink(liaison, word + "の計画" + i);
		}
		submittedPlanLink(otherLiaison, word + "の別計画");

		String own = page(liaison, "/search?q=" + word + "&lang=en");

		assertThat(own).contains("Campaign plans (7)", "All 7 results in Campaign plans").doesNotContain(word + "の別計画");
		assertThat(count(own, word + "の計画")).isEqualTo(GlobalSearch.PREVIEW);
		assertThat(page(staff, "/search?q=" + word + "&lang=en")).contains("Campaign plans (8)");
		assertThat(page(otherLiaison, "/search?q=" + word + "&lang=en")).contains("Campaign plans (1)");
	}

	private static int count(String page, String text) {
		return page.split(Pattern.quote(text), -1).length - 1;
	}

	@Test
	void theQueryIsShownEscapedAndAdministratorsAreRefused() throws Exception {
		CurrentUser staff = AccountFixtures.signedIn(this.accounts.user(Role.STAFF));

		String results = page(staff, "/search?q=<script>alert(1)</script>");

		assertThat(results).doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		CurrentUser admin = AccountFixtures.signedIn(this.accounts.user(Role.ADMIN));
		assertThat(perform(admin, get("/search?q=x")).getResponse().getStatus()).isEqualTo(403);
		assertThat(page(staff, "/search?q=" + "長".repeat(500))).contains("長".repeat(100));
	}

	/** A plan the liaison writes with the title, as the link to it that lists show. */
	private String submittedPlanLink(CurrentUser liaison, String title) throws Exception {
		LocalDate start = LocalDate.now().plusDays(60);
		MvcResult created = perform(liaison, post("/campaigns"), "title", title, "objective", "搬送を減らす", "audience",
				"高齢者", "strategy", "水分補給", "channels", "SNS", "startDate", start.toString(), "endDate",
				start.plusDays(20).toString(), "budgetLines[0].item", "広告", "budgetLines[0].channel", "ADVERTISING",
				"budgetLines[0].amountJpy", "100000", "kpis[0].metric", "件数", "kpis[0].unit", "件", "kpis[0].target",
				"10");
		assertThat(created.getResponse().getRedirectedUrl()).startsWith("/campaigns/");
		return "href=\"" + created.getResponse().getRedirectedUrl() + "\"";
	}

	private String page(CurrentUser user, String path) throws Exception {
		MvcResult result = perform(user, get(path));
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private MvcResult perform(CurrentUser user, MockHttpServletRequestBuilder request, String... fields)
			throws Exception {
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request.with(csrf()).with(user(user))).andReturn();
	}

}
