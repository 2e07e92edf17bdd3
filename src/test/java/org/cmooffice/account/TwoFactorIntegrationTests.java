package org.cmooffice.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cmooffice.IntegrationTest;
import org.cmooffice.MockBrowser;
import org.cmooffice.TestClock;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-step sign-in as under {@code prod}: required of the CMO and administrators,
 * available to everyone else.
 */
@IntegrationTest
@TestPropertySource(properties = "cmo.two-factor.required-for=ADMIN,CMO")
class TwoFactorIntegrationTests {

	private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");

	private static final Pattern RECOVERY = Pattern.compile("<li>([a-z2-9]{5}-[a-z2-9]{5})</li>");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void reset() {
		this.clock.reset();
		this.jdbc.update("UPDATE office_settings SET two_factor_for_everyone = false");
	}

	@Test
	void theCmoSetsItUpAtFirstSignInAndThenNeedsACodeEachTime() throws Exception {
		User cmo = this.accounts.user(Role.CMO);
		MockBrowser first = new MockBrowser(this.mvc);
		assertThat(first.login(cmo.getUsername(), AccountFixtures.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/account/two-factor");
		// Nothing else until it is set up: the password alone gives no role.
		assertThat(first.get("/").getResponse().getStatus()).isEqualTo(403);
		assertThat(first.get("/campaigns").getResponse().getStatus()).isEqualTo(403);
		assertThat(first.get("/account/two-factor").getResponse().getContentAsString()).contains("あなたの役割では 2段階認証が必要です");

		first.post("/account/two-factor/start");
		String secret = secretShownTo(first);
		MockHttpServletResponse qr = first.get("/account/two-factor/qr.png").getResponse();
		assertThat(qr.getContentType()).isEqualTo("image/png");
		assertThat(qr.getHeader("Cache-Control")).contains("no-store");
		assertThat(qr.getContentAsByteArray()).startsWith(0x89, 'P', 'N', 'G');

		String wrong = Totp.codeAt(secret, this.clock.instant().plus(Duration.ofMinutes(10)));
		assertThat(first.post("/account/two-factor/confirm", "code", wrong).getResponse().getContentAsString())
			.contains("コードが正しくありません");
		assertThat(first.get("/").getResponse().getStatus()).isEqualTo(403);

		String sessionBefore = first.sessionCookie();
		String code = Totp.codeAt(secret, this.clock.instant());
		String page = first.post("/account/two-factor/confirm", "code", code).getResponse().getContentAsString();
		List<String> recoveryCodes = all(RECOVERY, page);
		assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
		assertThat(first.sessionCookie()).isNotEqualTo(sessionBefore);
		assertThat(first.get("/").getResponse().getStatus()).isEqualTo(200);
		assertThat(this.jdbc.queryForList(
				"SELECT code_hash FROM recovery_code rc JOIN app_user u ON u.id = rc.user_id" + " WHERE u.username = ?",
				String.class, cmo.getUsername()))
			.hasSize(10)
			.doesNotContainAnyElementsOf(recoveryCodes)
			.allMatch((hash) -> hash.matches("[0-9a-f]{64}"));
		assertThat(this.jdbc.queryForObject("SELECT totp_secret FROM app_user WHERE username = ?", String.class,
				cmo.getUsername()))
			.doesNotContain(secret);
		assertThat(audited("TWO_FACTOR_ENABLED", cmo)).isEqualTo(1);

		MockBrowser second = new MockBrowser(this.mvc);
		assertThat(second.login(cmo.getUsername(), AccountFixtures.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login/two-factor");
		assertThat(second.get("/").getResponse().getStatus()).isEqualTo(403);
		// The code already used to set it up is not good a second time.
		assertThat(second.post("/login/two-factor", "code", code).getResponse().getContentAsString())
			.contains("コードが正しくありません");
		this.clock.advance(Duration.ofSeconds(30));
		String before = second.sessionCookie();
		MvcResult signedIn = second.post("/login/two-factor", "code",
				spacedFullWidth(Totp.codeAt(secret, this.clock.instant())));
		assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(second.sessionCookie()).isNotEqualTo(before);
		assertThat(second.get("/").getResponse().getStatus()).isEqualTo(200);

		// A recovery code works once.
		MockBrowser third = new MockBrowser(this.mvc);
		third.login(cmo.getUsername(), AccountFixtures.PASSWORD);
		assertThat(third.post("/login/two-factor", "code", recoveryCodes.get(3).toUpperCase())
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
		MockBrowser fourth = new MockBrowser(this.mvc);
		fourth.login(cmo.getUsername(), AccountFixtures.PASSWORD);
		assertThat(fourth.post("/login/two-factor", "code", recoveryCodes.get(3)).getResponse().getStatus())
			.isEqualTo(200);
		assertThat(fourth.get("/").getResponse().getStatus()).isEqualTo(403);
		assertThat(audited("RECOVERY_CODE_USED", cmo)).isEqualTo(1);
	}

	@Test
	void fiveWrongCodesLockTheAccountAsFiveWrongPasswordsWould() throws Exception {
		User admin = this.accounts.user(Role.ADMIN);
		String secret = enrol(admin);
		// A second half-finished sign-in, opened before the guessing starts.
		MockBrowser waiting = new MockBrowser(this.mvc);
		waiting.login(admin.getUsername(), AccountFixtures.PASSWORD);
		MockBrowser guesser = new MockBrowser(this.mvc);
		guesser.login(admin.getUsername(), AccountFixtures.PASSWORD);
		String wrong = Totp.codeAt(secret, this.clock.instant().plus(Duration.ofHours(1)));
		for (int attempt = 0; attempt < 4; attempt++) {
			assertThat(guesser.post("/login/two-factor", "code", wrong).getResponse().getStatus()).isEqualTo(200);
		}
		assertThat(guesser.post("/login/two-factor", "code", wrong).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
		assertThat(guesser.get("/").getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(this.jdbc.queryForObject("SELECT locked_until IS NOT NULL FROM app_user WHERE id = ?", Boolean.class,
				admin.getId()))
			.isTrue();
		// Locked means locked: even the right code, from the other waiting sign-in, does
		// not get in.
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(waiting.post("/login/two-factor", "code", Totp.codeAt(secret, this.clock.instant()))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(waiting.get("/").getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void anAdministratorResetsALostSecondFactorAndTheUserSetsItUpAgain() throws Exception {
		User cmo = this.accounts.user(Role.CMO);
		enrol(cmo);
		MockBrowser cmoBrowser = new MockBrowser(this.mvc);
		cmoBrowser.login(cmo.getUsername(), AccountFixtures.PASSWORD);
		User admin = this.accounts.user(Role.ADMIN);
		MockBrowser adminBrowser = new MockBrowser(this.mvc);
		enrol(admin, adminBrowser);
		this.clock.advance(Duration.ofSeconds(30));

		assertThat(adminBrowser.get("/admin/users/" + cmo.getId()).getResponse().getContentAsString()).contains("設定済み");
		assertThat(
				adminBrowser.post("/admin/users/" + cmo.getId() + "/reset-two-factor").getResponse().getRedirectedUrl())
			.isEqualTo("/admin/users/" + cmo.getId());
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_event WHERE action = 'TWO_FACTOR_RESET' AND entity_id = ? AND actor = ?",
				Long.class, cmo.getId().toString(), admin.getUsername()))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM recovery_code WHERE user_id = ?", Long.class,
				cmo.getId()))
			.isZero();
		// The half-finished sign-in elsewhere is over, and the next one sets it up anew.
		assertThat(cmoBrowser.get("/login/two-factor").getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(new MockBrowser(this.mvc).login(cmo.getUsername(), AccountFixtures.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/account/two-factor");
	}

	@Test
	void otherRolesSignInWithThePasswordAloneAndMayTurnItOnAndOff() throws Exception {
		User staff = this.accounts.user(Role.STAFF);
		MockBrowser browser = new MockBrowser(this.mvc);
		assertThat(browser.login(staff.getUsername(), AccountFixtures.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/");
		browser.post("/account/two-factor/start");
		String secret = secretShownTo(browser);
		browser.post("/account/two-factor/confirm", "code", Totp.codeAt(secret, this.clock.instant()));
		assertThat(browser.get("/account/two-factor").getResponse().getContentAsString())
			.contains("2段階認証は有効です。未使用の回復コードは残り 10 個です。");

		assertThat(browser.post("/account/two-factor/disable", "currentPassword", "not-my-password")
			.getResponse()
			.getContentAsString()).contains("2段階認証は有効です");
		assertThat(browser.post("/account/two-factor/disable", "currentPassword", AccountFixtures.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/account/two-factor");
		assertThat(audited("TWO_FACTOR_DISABLED", staff)).isEqualTo(1);
		assertThat(new MockBrowser(this.mvc).login(staff.getUsername(), AccountFixtures.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void anAdministratorMayAskEveryoneForIt() throws Exception {
		User admin = this.accounts.user(Role.ADMIN);
		MockBrowser adminBrowser = new MockBrowser(this.mvc);
		enrol(admin, adminBrowser);
		long version = this.jdbc.queryForObject("SELECT version FROM office_settings", Long.class);
		long limit = this.jdbc.queryForObject("SELECT delegated_approval_limit FROM office_settings", Long.class);
		int days = this.jdbc.queryForObject("SELECT review_target_working_days FROM office_settings", Integer.class);
		assertThat(adminBrowser
			.post("/admin/settings", "delegatedApprovalLimit", String.valueOf(limit), "reviewTargetWorkingDays",
					String.valueOf(days), "twoFactorForEveryone", "true", "version", String.valueOf(version))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/admin/settings");

		User liaison = this.accounts.liaison(this.accounts.department(1_000));
		assertThat(new MockBrowser(this.mvc).login(liaison.getUsername(), AccountFixtures.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/account/two-factor");
	}

	private String enrol(User user) throws Exception {
		return enrol(user, new MockBrowser(this.mvc));
	}

	/** Signs in and sets up the second factor as the user would; returns the secret. */
	private String enrol(User user, MockBrowser browser) throws Exception {
		browser.login(user.getUsername(), AccountFixtures.PASSWORD);
		browser.post("/account/two-factor/start");
		String secret = secretShownTo(browser);
		browser.post("/account/two-factor/confirm", "code", Totp.codeAt(secret, this.clock.instant()));
		assertThat(browser.get("/").getResponse().getStatus()).isEqualTo(200);
		return secret;
	}

	private static String secretShownTo(MockBrowser browser) throws Exception {
		Matcher matcher = SECRET.matcher(browser.get("/account/two-factor").getResponse().getContentAsString());
		assertThat(matcher.find()).as("the key is shown for typing into an app").isTrue();
		return matcher.group(1).replace(" ", "");
	}

	private long audited(String action, User user) {
		return this.jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = ? AND entity_id = ?",
				Long.class, action, user.getId().toString());
	}

	private static List<String> all(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	/**
	 * A code as a Japanese input method may send it: full-width digits, a space between.
	 */
	private static String spacedFullWidth(String code) {
		StringBuilder typed = new StringBuilder();
		for (char c : code.toCharArray()) {
			typed.append((char) ('０' + (c - '0')));
			if (typed.length() == 3) {
				typed.append('　');
			}
		}
		return typed.toString();
	}

}
