package org.cmooffice.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cmooffice.IntegrationTest;
import org.cmooffice.MockBrowser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.shared.web.Flash;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Each user's list of the browsers they are signed in on: ending one (or all others)
 * signs that browser out at its next click; a user can end only their own; signing in on
 * more browsers than allowed ends the one unused for longest.
 */
@IntegrationTest
class AccountSessionsIntegrationTests {

	private static final String EDGE = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
			+ " Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";

	private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

	private static final Pattern HANDLE = Pattern.compile("name=\"handle\" value=\"([0-9a-f]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aUserSeesWhereTheyAreSignedInAndEndsAnotherBrowserWhichMustSignInAgain() throws Exception {
		User staff = this.accounts.user(Role.STAFF);
		MockBrowser office = signIn(staff, EDGE);
		MockBrowser home = signIn(staff, FIREFOX);

		String page = office.get("/account/sessions").getResponse().getContentAsString();

		assertThat(page).contains("Edge, Windows", "Firefox, Linux", "この端末");
		assertThat(page).as("a session id signs a browser in: never shown")
			.doesNotContain(office.sessionCookie())
			.doesNotContain(home.sessionCookie());
		List<String> handles = handles(page);
		assertThat(handles).as("only the other browser can be ended here").hasSize(1);

		MvcResult ended = office.post("/account/sessions/end", "handle", handles.get(0));

		assertThat(((Flash) ended.getFlashMap().get("flash")).key()).isEqualTo("account.sessions.ended");
		assertThat(home.get("/").getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(office.get("/").getResponse().getStatus()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'SESSIONS_ENDED' and actor = ?", Integer.class,
				staff.getUsername()))
			.isOne();
		assertThat(((Flash) office.post("/account/sessions/end", "handle", handles.get(0)).getFlashMap().get("flash"))
			.key()).isEqualTo("account.sessions.alreadyEnded");
	}

	@Test
	void aUserCannotEndSomeoneElsesSession() throws Exception {
		User staff = this.accounts.user(Role.STAFF);
		User colleague = this.accounts.user(Role.STAFF);
		MockBrowser office = signIn(staff, EDGE);
		MockBrowser colleagues = signIn(colleague, FIREFOX);
		signIn(colleague, EDGE);
		String theirHandle = handles(colleagues.get("/account/sessions").getResponse().getContentAsString()).get(0);

		MvcResult refused = office.post("/account/sessions/end", "handle", theirHandle);

		assertThat(((Flash) refused.getFlashMap().get("flash")).key()).isEqualTo("account.sessions.alreadyEnded");
		assertThat(handles(colleagues.get("/account/sessions").getResponse().getContentAsString()))
			.containsExactly(theirHandle);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'SESSIONS_ENDED'" + " and actor in (?, ?)",
				Integer.class, staff.getUsername(), colleague.getUsername()))
			.isZero();
	}

	@Test
	void signingOutEverywhereElseKeepsOnlyThisBrowser() throws Exception {
		User cmo = this.accounts.user(Role.CMO);
		MockBrowser office = signIn(cmo, EDGE);
		MockBrowser tablet = signIn(cmo, FIREFOX);
		MockBrowser home = signIn(cmo, FIREFOX);

		MvcResult ended = office.post("/account/sessions/end-others");

		assertThat(((Flash) ended.getFlashMap().get("flash")).args()).containsExactly(2);
		assertThat(tablet.get("/").getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(home.get("/").getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(handles(office.get("/account/sessions").getResponse().getContentAsString())).isEmpty();
	}

	/**
	 * Five browsers at once (the default limit): the sixth sign-in ends the browser
	 * unused for longest, whose next click explains why it must sign in again.
	 */
	@Test
	void aSixthSignInEndsTheBrowserUnusedForLongest() throws Exception {
		User liaison = this.accounts.liaison(this.accounts.department(1_000_000));
		List<MockBrowser> browsers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			browsers.add(signIn(liaison, FIREFOX));
		}
		for (MockBrowser browser : browsers.subList(1, 5)) {
			assertThat(browser.get("/").getResponse().getStatus()).isEqualTo(200);
		}

		MockBrowser sixth = signIn(liaison, EDGE);

		MvcResult oldest = browsers.get(0).get("/");
		assertThat(oldest.getResponse().getRedirectedUrl()).isEqualTo("/login?ended");
		for (MockBrowser browser : browsers.subList(1, 5)) {
			assertThat(browser.get("/").getResponse().getStatus()).isEqualTo(200);
		}
		assertThat(sixth.get("/").getResponse().getStatus()).isEqualTo(200);
		assertThat(new MockBrowser(this.mvc).get("/login?ended").getResponse().getContentAsString())
			.contains("別の端末でログインしたため");
	}

	private MockBrowser signIn(User user, String userAgent) throws Exception {
		MockBrowser browser = new MockBrowser(this.mvc);
		MvcResult login = browser.perform(MockMvcRequestBuilders.post("/login")
			.with(csrf())
			.header("User-Agent", userAgent)
			.param("username", user.getUsername())
			.param("password", AccountFixtures.PASSWORD));
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
		return browser;
	}

	private static List<String> handles(String page) {
		List<String> handles = new ArrayList<>();
		Matcher matcher = HANDLE.matcher(page);
		while (matcher.find()) {
			handles.add(matcher.group(1));
		}
		return handles;
	}

}
