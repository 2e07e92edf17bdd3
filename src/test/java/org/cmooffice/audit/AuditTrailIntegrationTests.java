package org.cmooffice.audit;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.cmooffice.IntegrationTest;
import org.cmooffice.MockBrowser;
import org.cmooffice.SelectedOptions;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
class AuditTrailIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDatabaseRefusesToChangeOrRemoveTheAuditTrail() {
		this.auditLog.recordAs("tester", AuditAction.SETTINGS_CHANGED, "SETTINGS", 1, "to be kept");
		long count = count();

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update audit_event set summary = 'forged'"))
			.satisfies(AuditTrailIntegrationTests::refusedAsAppendOnly);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from audit_event"))
			.satisfies(AuditTrailIntegrationTests::refusedAsAppendOnly);
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc.execute("truncate audit_event"))
			.satisfies(AuditTrailIntegrationTests::refusedAsAppendOnly);

		assertThat(count()).isEqualTo(count);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where summary = 'forged'", Long.class))
			.isZero();
	}

	@Test
	void successfulAndFailedSignInsReachTheAuditTrail() throws Exception {
		var staff = this.accounts.user(Role.STAFF);

		new MockBrowser(this.mvc).login(staff.getUsername(), "wrong-password-entirely");
		MockBrowser browser = new MockBrowser(this.mvc);
		browser.login(staff.getUsername(), AccountFixtures.PASSWORD);
		browser.post("/logout");

		assertThat(actions(staff.getUsername())).contains("LOGIN_FAILURE", "LOGIN_SUCCESS", "LOGOUT");
	}

	@Test
	void aTypedUserNameCannotForgeLinesInTheTrail() throws Exception {
		String forged = AccountFixtures.unique("x") + "\r\nFAKE ENTRY";

		new MockBrowser(this.mvc).login(forged, "whatever-password");

		String actor = this.jdbc.queryForObject(
				"select actor from audit_event where action = 'LOGIN_FAILURE' order by id desc limit 1", String.class);
		assertThat(actor).doesNotContain("\r").doesNotContain("\n").contains("\\r\\nFAKE ENTRY");
	}

	@Test
	void aRefusedPageIsRecordedAsAccessDenied() throws Exception {
		var analyst = this.accounts.user(Role.ANALYST);

		this.mvc.perform(get("/admin/users").with(user(AccountFixtures.signedIn(analyst))));

		assertThat(actions(analyst.getUsername())).contains("ACCESS_DENIED");
	}

	@Test
	void theAuditLogPageFiltersByWhoAndWhat() throws Exception {
		var admin = AccountFixtures.signedIn(this.accounts.user(Role.ADMIN));
		String actor = AccountFixtures.unique("auditee");
		this.auditLog.recordAs(actor, AuditAction.DEPARTMENT_CREATED, "DEPARTMENT", 42, "created for the filter test");
		this.auditLog.recordAs(actor, AuditAction.SETTINGS_CHANGED, "SETTINGS", 1, "changed for the filter test");

		String page = page(admin, get("/admin/audit").param("actor", actor).param("action", "DEPARTMENT_CREATED"));

		assertThat(page).contains("created for the filter test").doesNotContain("changed for the filter test");
		assertThat(SelectedOptions.of(page, "action")).containsExactly("DEPARTMENT_CREATED");
		assertThat(SelectedOptions.of(page, "entityType")).isEmpty();
		String byRecord = page(admin, get("/admin/audit").param("actor", actor).param("entityType", "SETTINGS"));
		assertThat(byRecord).contains("changed for the filter test").doesNotContain("created for the filter test");
		assertThat(SelectedOptions.of(byRecord, "entityType")).containsExactly("SETTINGS");
		assertThat(SelectedOptions.of(byRecord, "action")).isEmpty();
	}

	/**
	 * "Who" is the beginning of a name, in any case: every account whose name begins so,
	 * their events together newest first, whether a few names begin so (each read from
	 * the index of names) or more than {@value AuditSearch#NAMES_MERGED} (the text itself
	 * filters). A "_" or "%" typed is a character, not a wildcard; a beginning no name
	 * has shows nothing.
	 */
	@Test
	void whoFindsEveryNameBeginningWithTheTextNewestFirst() throws Exception {
		var admin = AccountFixtures.signedIn(this.accounts.user(Role.ADMIN));
		String prefix = AccountFixtures.unique("who");
		// Three accounts' events interleaved in time, and a name that only contains the
		// text.
		this.jdbc.update("""
				insert into audit_event (occurred_at, actor, action, summary)
				select now() - g * interval '1 minute', ? || (array['_a', 'xb', '_C'])[1 + g % 3], 'LOGIN_SUCCESS',
				       'event ' || g || ' of ' || (array['a', 'b', 'c'])[1 + g % 3]
				from generate_series(1, 6) g""", prefix);
		this.auditLog.recordAs("x" + prefix + "_a", AuditAction.LOGOUT, null, null, "someone else");

		String all = page(admin, get("/admin/audit").param("actor", prefix.toUpperCase(Locale.ROOT)));
		String underscored = page(admin, get("/admin/audit").param("actor", " " + prefix + "_ "));
		String none = page(admin, get("/admin/audit").param("actor", prefix + "%"));

		assertThat(all).contains(">6 件<").doesNotContain("someone else");
		assertThat(summaries(all)).containsExactly("event 1 of b", "event 2 of c", "event 3 of a", "event 4 of b",
				"event 5 of c", "event 6 of a");
		assertThat(summaries(underscored)).containsExactly("event 2 of c", "event 3 of a", "event 5 of c",
				"event 6 of a");
		assertThat(none).contains(">0 件<", "該当するデータはありません。");
		assertThat(summaries(none)).isEmpty();

		String many = AccountFixtures.unique("many");
		this.jdbc.update("""
				insert into audit_event (occurred_at, actor, action, summary)
				select now() - g * interval '1 second', ? || '.' || g, 'LOGIN_SUCCESS', 'sign-in of ' || g
				from generate_series(1, ?) g""", many, AuditSearch.NAMES_MERGED + 5);
		String manyNames = page(admin, get("/admin/audit").param("actor", many + "."));
		assertThat(manyNames).contains(">" + (AuditSearch.NAMES_MERGED + 5) + " 件<");
		assertThat(summaries(manyNames)).startsWith("sign-in of 1", "sign-in of 2", "sign-in of 3").hasSize(20);
	}

	private static List<String> summaries(String page) {
		return Pattern.compile("<td class=\"text-break\">([^<]*)</td>")
			.matcher(page)
			.results()
			.map((match) -> match.group(1))
			.toList();
	}

	/**
	 * Past 10,000 matching events the page says "more than" instead of counting millions,
	 * and a page number beyond shows the last page it offers; a narrower filter is exact.
	 */
	@Test
	void aLongTrailIsCountedUpToTenThousandAndPagedNoFurther() throws Exception {
		var cmo = AccountFixtures.signedIn(this.accounts.user(Role.CMO));
		String actor = AccountFixtures.unique("busy");
		this.jdbc.update("""
				insert into audit_event (occurred_at, actor, action, summary)
				select now() - g * interval '1 second', ?, 'LOGIN_SUCCESS', 'sign-in ' || g
				from generate_series(1, 10050) g""", actor);
		this.auditLog.recordAs(actor, AuditAction.SETTINGS_CHANGED, "SETTINGS", 1, "the one change");

		String all = page(cmo, get("/admin/audit").param("actor", actor));
		String beyond = page(cmo, get("/admin/audit").param("actor", actor).param("page", "900"));
		String narrow = page(cmo, get("/admin/audit").param("actor", actor).param("action", "SETTINGS_CHANGED"));

		assertThat(all).contains("10,000 件を超えます", "the one change", "1 / 500 ページ（10,000 件を超えます）")
			.doesNotContain("10,051", "全 10,000 件");
		assertThat(beyond).contains("500 / 500 ページ").contains("sign-in 9980").doesNotContain("sign-in 10001");
		assertThat(narrow).contains("1 件", "the one change").doesNotContain("sign-in 1<");
	}

	@Test
	void readingTheAuditLogIsItselfAudited() throws Exception {
		var cmo = this.accounts.user(Role.CMO);

		this.mvc.perform(get("/admin/audit").with(user(AccountFixtures.signedIn(cmo))));

		assertThat(actions(cmo.getUsername())).contains("AUDIT_VIEWED");
	}

	@Test
	void aMalformedDateFilterIsReportedNotAnError() throws Exception {
		var cmo = AccountFixtures.signedIn(this.accounts.user(Role.CMO));

		var response = this.mvc.perform(get("/admin/audit").param("from", "2026-13-45").with(user(cmo)))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("from-error");
	}

	private static void refusedAsAppendOnly(DataAccessException refusal) {
		assertThat(refusal.getMostSpecificCause().getMessage()).contains("audit_event is append-only");
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from audit_event", Long.class);
	}

	private List<String> actions(String username) {
		return this.jdbc.queryForList("select action from audit_event where lower(actor) = lower(?)", String.class,
				username);
	}

	private String page(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(user))).andReturn().getResponse().getContentAsString();
	}

}
