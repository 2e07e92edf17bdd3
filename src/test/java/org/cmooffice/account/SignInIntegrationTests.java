package org.cmooffice.account;

import org.cmooffice.IntegrationTest;
import org.cmooffice.MockBrowser;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aUserSignsInAndReachesTheHomePage() throws Exception {
		User staff = this.accounts.user(Role.STAFF);
		MockBrowser browser = new MockBrowser(this.mvc);

		MvcResult login = browser.login(staff.getUsername(), AccountFixtures.PASSWORD);
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");

		MvcResult home = browser.get("/");
		assertThat(home.getResponse().getStatus()).isEqualTo(200);
		assertThat(home.getResponse().getContentAsString()).contains(staff.getDisplayName());
	}

	@Test
	void passwordsAreStoredAsArgon2idAndAWeakerOlderHashIsReplacedAtTheNextSignIn() throws Exception {
		User staff = this.accounts.user(Role.STAFF);
		assertThat(hashOf(staff)).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
		String older = "{argon2}"
				+ Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(AccountFixtures.PASSWORD);
		this.jdbc.update("UPDATE app_user SET password_hash = ? WHERE id = ?", older, staff.getId());
		assertThat(hashOf(staff)).contains("m=16384,t=2");

		MvcResult login = new MockBrowser(this.mvc).login(staff.getUsername(), AccountFixtures.PASSWORD);

		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(hashOf(staff)).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(older);
		assertThat(new MockBrowser(this.mvc).login(staff.getUsername(), AccountFixtures.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	private String hashOf(User user) {
		return this.jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class, user.getId());
	}

	@Test
	void theUserNameIsNotCaseSensitive() throws Exception {
		User staff = this.accounts.user(Role.STAFF);
		MockBrowser browser = new MockBrowser(this.mvc);

		MvcResult login = browser.login(staff.getUsername().toUpperCase(), AccountFixtures.PASSWORD);

		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
		User staff = this.accounts.user(Role.STAFF);

		MvcResult wrongPassword = new MockBrowser(this.mvc).login(staff.getUsername(), "not-the-password-at-all");
		MvcResult unknownUser = new MockBrowser(this.mvc).login("nobody-" + staff.getUsername(),
				AccountFixtures.PASSWORD);

		assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(unknownUser.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
	}

	/**
	 * An unknown user name is checked against a dummy hash, as slowly as a wrong password
	 * against the real one: the time taken does not tell which user names exist.
	 */
	@Test
	void anUnknownUserTakesAsLongAsAWrongPassword() throws Exception {
		User staff = this.accounts.user(Role.STAFF);
		new MockBrowser(this.mvc).login("warm-up", "warm-up-password");
		long[] wrongPassword = new long[7];
		long[] unknownUser = new long[7];
		for (int i = 0; i < wrongPassword.length; i++) {
			long start = System.nanoTime();
			new MockBrowser(this.mvc).login(staff.getUsername(), "not-the-password-" + i);
			wrongPassword[i] = System.nanoTime() - start;
			start = System.nanoTime();
			new MockBrowser(this.mvc).login("nobody-" + i + "-" + staff.getUsername(), "not-the-password-" + i);
			unknownUser[i] = System.nanoTime() - start;
		}
		java.util.Arrays.sort(wrongPassword);
		java.util.Arrays.sort(unknownUser);
		double ratio = (double) unknownUser[3] / wrongPassword[3];
		assertThat(ratio).as("median time of an unknown user over that of a wrong password").isBetween(0.5, 2.0);
	}

	@Test
	void theFailedSignInPageShowsOneGenericMessage() throws Exception {
		MockBrowser browser = new MockBrowser(this.mvc);
		browser.login("nobody-at-all", "whatever-they-typed");

		String page = browser.get("/login?error").getResponse().getContentAsString();

		assertThat(page).contains("ログインできませんでした").contains("一時的にロック");
	}

	@Test
	void signingInGivesANewSessionId() throws Exception {
		User staff = this.accounts.user(Role.STAFF);
		MockBrowser browser = new MockBrowser(this.mvc);
		browser.get("/login");
		String before = browser.sessionCookie();

		browser.login(staff.getUsername(), AccountFixtures.PASSWORD);

		assertThat(before).isNotNull();
		assertThat(browser.sessionCookie()).isNotNull().isNotEqualTo(before);
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		User staff = this.accounts.user(Role.STAFF);
		MockBrowser browser = new MockBrowser(this.mvc);
		browser.login(staff.getUsername(), AccountFixtures.PASSWORD);
		String signedInSession = browser.sessionCookie();

		MvcResult logout = browser.post("/logout");
		assertThat(logout.getResponse().getRedirectedUrl()).isEqualTo("/login?logout");

		MockBrowser replay = new MockBrowser(this.mvc).withCookie("SESSION", signedInSession);
		assertThat(replay.get("/").getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void aGetOnLogoutDoesNotSignOut() throws Exception {
		User staff = this.accounts.user(Role.STAFF);
		MockBrowser browser = new MockBrowser(this.mvc);
		browser.login(staff.getUsername(), AccountFixtures.PASSWORD);

		browser.get("/logout");

		assertThat(browser.get("/").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void anonymousVisitorsAreSentToTheSignInPage() throws Exception {
		MockBrowser browser = new MockBrowser(this.mvc);
		for (String path : new String[] { "/", "/admin/users", "/admin/audit", "/notifications",
				"/account/password" }) {
			assertThat(browser.get(path).getResponse().getRedirectedUrl()).as(path).endsWith("/login");
		}
	}

	@Test
	void aDeactivatedUserCannotSignIn() throws Exception {
		User staff = this.accounts.user(Role.STAFF);
		this.accounts.deactivate(staff);

		MvcResult login = new MockBrowser(this.mvc).login(staff.getUsername(), AccountFixtures.PASSWORD);

		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void theSignInPageIsInJapaneseByDefaultAndInEnglishOnRequest() throws Exception {
		MockBrowser browser = new MockBrowser(this.mvc);

		assertThat(browser.get("/login").getResponse().getContentAsString()).contains("CMOオフィスにログイン")
			.contains("lang=\"ja\"");
		assertThat(browser.get("/login?lang=en").getResponse().getContentAsString()).contains("Sign in to CMO Office")
			.contains("lang=\"en\"");
		// The choice is kept for the next page.
		assertThat(browser.get("/login").getResponse().getContentAsString()).contains("Sign in to CMO Office");
	}

}
