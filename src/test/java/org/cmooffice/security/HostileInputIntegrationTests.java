package org.cmooffice.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cmooffice.IntegrationTest;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.account.User;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.stakeholder.StakeholderFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A corpus of hostile and awkward input (script, SQL and template-expression strings,
 * text far too long, full-width characters, combining marks, right-to-left overrides,
 * NUL, emoji) pushed through every search box and the free-text fields of each area's
 * forms. Nothing may execute when shown again, no answer may be a 500, and input that is
 * refused must leave the database as it was.
 */
@IntegrationTest
class HostileInputIntegrationTests {

	/** Markup that must never come back as markup. */
	private static final List<String> MARKUP = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"<svg onload=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>");

	private static final List<String> OTHERS = List.of("' OR '1'='1' --", "'; DROP TABLE app_user; --", "%_\\",
			"[[${7*7}]]", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::x", "*{7*7}", "ＡＢＣ１２３　全角",
			"e\u0301\u0301\u0301 ñ", "\u202Eevil\u202C", "a\u0000b", "👩‍👩‍👧‍👦🇯🇵", "javascript:alert(1)");

	/**
	 * Pieces of the corpus that are dangerous only when served unescaped: a tag opened
	 * with a real {@code <}, a link with a real quote. Escaped text inside an attribute
	 * value ({@code value="&lt;svg onload=..."}) is harmless and is not among them.
	 */
	private static final List<String> LIVE_FRAGMENTS = List.of("<img src=x onerror", "<svg onload", "<script>alert",
			"href=\"javascript:", "href='javascript:");

	/** A fiscal year ahead, for strategy drafts nobody else writes. */
	private static final int YEAR = LocalDate.now().getYear() + 3;

	private static final String TOO_LONG = "あ".repeat(100_001);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	StakeholderFixtures stakeholders;

	CurrentUser staff;

	CurrentUser liaison;

	User staffUser;

	Department department;

	@BeforeEach
	void office() {
		this.department = this.accounts.department(5_000_000);
		this.staffUser = this.accounts.user(Role.STAFF);
		this.staff = AccountFixtures.signedIn(this.staffUser);
		this.liaison = AccountFixtures.signedIn(this.accounts.liaison(this.department));
	}

	@Test
	void everySearchBoxTakesAnythingAndShowsItOnlyAsText() throws Exception {
		List<String> searches = List.of("/search", "/campaigns", "/stakeholders", "/crisis", "/crisis/rumours",
				"/strategies", "/admin/users", "/admin/audit", "/campaigns/calendar", "/stakeholders/grid");
		CurrentUser admin = AccountFixtures.signedIn(this.accounts.user(Role.ADMIN));
		List<String> wrong = new ArrayList<>();
		for (String path : searches) {
			CurrentUser who = path.startsWith("/admin") ? admin : this.staff;
			for (String input : corpus()) {
				for (String parameter : List.of("q", "sort", "status", "category", "page", "fy")) {
					MockHttpServletResponse response = this.mvc
						.perform(get(path).param(parameter, input).with(user(who)))
						.andReturn()
						.getResponse();
					String problem = problem(response);
					if (problem != null) {
						wrong.add(path + "?" + parameter + "=" + shorten(input) + ": " + problem);
					}
				}
			}
		}
		assertThat(wrong).as("search answers that failed or let markup through:%n%s", String.join("\n", wrong))
			.isEmpty();
	}

	@Test
	void everyFreeTextFieldKeepsWhatWasTypedAsTextOrRefusesItAndSavesNothing() throws Exception {
		long stakeholder = this.stakeholders.organisation(AccountFixtures.unique("入力試験協会"), "ニュウリョクシケン", 3, 3,
				this.staffUser, this.department.getId());
		long plan = plan();
		List<Form> forms = List.of(
				new Form(this.staff, "/stakeholders", "stakeholder", "name",
						Map.of("kind", "ORGANISATION", "category", "MINISTRY", "nameKana", "テスト", "influence", "3",
								"interest", "3", "stance", "NEUTRAL", "ownerId", this.staffUser.getId().toString())),
				new Form(this.staff, "/crisis", "crisis_incident", "title",
						Map.of("description", "試験", "severity", "1", "ownerId", this.staffUser.getId().toString(),
								"departmentIds", this.department.getId().toString())),
				new Form(this.staff, "/crisis", "crisis_incident", "description",
						Map.of("title", "試験の事案", "severity", "1", "ownerId", this.staffUser.getId().toString())),
				new Form(this.staff, "/crisis/rumours", "rumour", "claim",
						Map.of("firstSeen", LocalDate.now().toString(), "channel", "SNS", "factCheck", "UNVERIFIED",
								"response", "NONE", "responseStatus", "PLANNED")),
				new Form(this.staff, "/strategies", "strategy", "title",
						Map.of("fiscalYear", String.valueOf(YEAR), "vision", "試験", "periodStart", YEAR + "-04-01",
								"periodEnd", (YEAR + 1) + "-03-31", "ownerName", "山田 花子")),
				new Form(this.staff, "/stakeholders/" + stakeholder + "/engagements", "engagement", "summary",
						Map.of("occurredOn", LocalDate.now().toString(), "type", "MEETING")),
				new Form(this.liaison, "/campaigns/" + plan + "/comments", "campaign_plan_event", "text", Map.of()),
				new Form(this.liaison, "/campaigns", "campaign_plan", "title", PlanDrafts.fields()));
		List<String> wrong = new ArrayList<>();
		for (Form form : forms) {
			for (String input : corpus()) {
				long before = count(form.table());
				MockHttpServletRequestBuilder request = post(form.path()).with(csrf()).with(user(form.who()));
				form.others().forEach(request::param);
				request.param(form.field(), input);
				MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
				String where = form.path() + " " + form.field() + "=" + shorten(input) + ": ";
				String problem = problem(response);
				if (problem != null) {
					wrong.add(where + problem);
					continue;
				}
				if (response.getStatus() == 302 && count(form.table()) > before) {
					// Saved: the record's page shows what was typed, as text.
					MockHttpServletResponse shown = this.mvc
						.perform(get(response.getRedirectedUrl().replaceFirst("#.*$", "")).with(user(form.who())))
						.andReturn()
						.getResponse();
					String shownProblem = problem(shown);
					if (shownProblem != null) {
						wrong.add(where + "shown back: " + shownProblem);
					}
					if (input.equals(TOO_LONG)) {
						wrong.add(where + "100,001 characters were saved");
					}
				}
				else if (count(form.table()) != before) {
					wrong.add(where + "refused (" + response.getStatus() + ") but the table changed");
				}
			}
		}
		assertThat(wrong).as("forms that failed, let markup through or half-saved:%n%s", String.join("\n", wrong))
			.isEmpty();
	}

	@Test
	void anAttachmentOverTenMegabytesIsRefusedWithAMessageAndNothingIsStored() throws Exception {
		long plan = plan();
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
		long before = count("campaign_attachment");
		org.springframework.test.web.servlet.MvcResult result = this.mvc
			.perform(multipart("/campaigns/" + plan + "/attachments")
				.file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
				.with(csrf())
				.with(user(this.liaison)))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/campaigns/" + plan + "#attachments");
		assertThat(result.getFlashMap().get("attachmentError")).isEqualTo("campaign.attachment.tooLarge");
		assertThat(count("campaign_attachment")).isEqualTo(before);
	}

	/** Null when the answer is sound: no server error, and no markup from the corpus. */
	private static String problem(MockHttpServletResponse response) throws Exception {
		if (response.getStatus() >= 500) {
			return "status " + response.getStatus();
		}
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		for (String markup : MARKUP) {
			if (body.contains(markup)) {
				return "markup served as markup: " + markup;
			}
		}
		for (String fragment : LIVE_FRAGMENTS) {
			if (body.contains(fragment)) {
				return "a live tag or link served: " + fragment;
			}
		}
		return null;
	}

	private long plan() throws Exception {
		return PlanDrafts.create(this.mvc, this.liaison, AccountFixtures.unique("入力試験の計画"));
	}

	private static List<String> corpus() {
		List<String> corpus = new ArrayList<>(MARKUP);
		corpus.addAll(OTHERS);
		corpus.add(TOO_LONG);
		return corpus;
	}

	private long count(String table) {
		return this.jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
	}

	private static String shorten(String input) {
		return (input.length() > 40) ? input.substring(0, 20) + "…(" + input.length() + " characters)" : input;
	}

	private record Form(CurrentUser who, String path, String table, String field, Map<String, String> others) {

	}

}
