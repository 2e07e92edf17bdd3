package org.cmooffice.account;

import java.time.Duration;

import org.cmooffice.IntegrationTest;
import org.cmooffice.MockBrowser;
import org.cmooffice.TestClock;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LockoutIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
		User user = this.accounts.user(Role.STAFF);
		failFiveTimes(user.getUsername());

		MockBrowser browser = new MockBrowser(this.mvc);
		assertThat(browser.login(user.getUsername(), AccountFixtures.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
		// The page says no more than for any other failure.
		assertThat(browser.get("/login?error").getResponse().getContentAsString()).contains("ログインできませんでした")
			.doesNotContain("ロック中");
	}

	@Test
	void theLockoutIsAudited() throws Exception {
		User user = this.accounts.user(Role.STAFF);

		failFiveTimes(user.getUsername());

		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'LOCKOUT' and lower(entity_id) = lower(?)", Long.class,
				user.getUsername()))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'LOGIN_FAILURE' and lower(actor) = lower(?)",
				Long.class, user.getUsername()))
			.isEqualTo(5);
	}

	@Test
	void failuresCountAgainstTheAccountWhateverTheCaseOfTheName() throws Exception {
		User user = this.accounts.user(Role.STAFF);
		String name = user.getUsername();
		String[] spellings = { name, name.toUpperCase(), name, name.toUpperCase(), name };
		for (String spelling : spellings) {
			new MockBrowser(this.mvc).login(spelling, "wrong-password-" + spelling);
		}

		assertThat(new MockBrowser(this.mvc).login(name, AccountFixtures.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
	}

	@Test
	void theLockIsLiftedAfterFifteenMinutes() throws Exception {
		User user = this.accounts.user(Role.STAFF);
		failFiveTimes(user.getUsername());

		this.clock.advance(Duration.ofMinutes(14));
		assertThat(new MockBrowser(this.mvc).login(user.getUsername(), AccountFixtures.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error");

		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		assertThat(new MockBrowser(this.mvc).login(user.getUsername(), AccountFixtures.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aSuccessfulSignInStartsTheCountAgain() throws Exception {
		User user = this.accounts.user(Role.STAFF);
		failTimes(user.getUsername(), 4);
		assertThat(new MockBrowser(this.mvc).login(user.getUsername(), AccountFixtures.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");

		failTimes(user.getUsername(), 4);

		assertThat(new MockBrowser(this.mvc).login(user.getUsername(), AccountFixtures.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() throws Exception {
		User user = this.accounts.user(Role.STAFF);
		failTimes(user.getUsername(), 3);
		this.clock.advance(Duration.ofMinutes(16));
		failTimes(user.getUsername(), 2);

		assertThat(new MockBrowser(this.mvc).login(user.getUsername(), AccountFixtures.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	private void failFiveTimes(String username) throws Exception {
		failTimes(username, 5);
	}

	private void failTimes(String username, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			assertThat(
					new MockBrowser(this.mvc).login(username, "wrong-password-" + i).getResponse().getRedirectedUrl())
				.isEqualTo("/login?error");
		}
	}

}
