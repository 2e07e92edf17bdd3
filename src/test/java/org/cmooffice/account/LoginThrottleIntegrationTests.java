package org.cmooffice.account;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.cmooffice.IntegrationTest;
import org.cmooffice.TestClock;
import org.cmooffice.shared.security.LoginThrottleFilter;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Five failed sign-ins from one address within ten minutes (a limit lowered for the test)
 * and that address must wait, whatever user names it tries; other addresses sign in as
 * before.
 */
@IntegrationTest
@TestPropertySource(properties = { "cmo.login-throttle.failures=5", "cmo.login-throttle.window=PT10M" })
class LoginThrottleIntegrationTests {

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
	void anAddressFailingTooOftenMustWaitWhileOthersSignInAsBefore() throws Exception {
		User staff = this.accounts.user(Role.STAFF);
		String guesser = address();
		String colleague = address();
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(signIn(guesser, "guess" + attempt, "wrong-password").getRedirectedUrl())
				.isEqualTo("/login?error");
		}

		MockHttpServletResponse refused = signIn(guesser, staff.getUsername(), AccountFixtures.PASSWORD);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 600L);
		// The sign-in page is shown again (MockMvc records the forward; the page is
		// checked
		// below).
		assertThat(refused.getForwardedUrl()).isEqualTo("/login");
		assertThat(this.mvc.perform(get("/login").requestAttr(LoginThrottleFilter.WAIT_MINUTES, 7L))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("一時的にログインを受け付けていません").contains("7 分ほど待って");
		signIn(guesser, "guess-again", "wrong-password");

		assertThat(signIn(colleague, staff.getUsername(), AccountFixtures.PASSWORD).getRedirectedUrl()).isEqualTo("/");
		// Recorded once, with the address, however many attempts were refused.
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_event WHERE action = 'LOGIN_THROTTLED' AND entity_id = ?", Long.class,
				guesser))
			.isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(10));
		assertThat(signIn(guesser, staff.getUsername(), AccountFixtures.PASSWORD).getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void successfulSignInsFromOneAddressAreNeverHeldUp() throws Exception {
		String office = address();
		for (int colleague = 0; colleague < 12; colleague++) {
			User user = this.accounts.user(Role.LIAISON);
			assertThat(signIn(office, user.getUsername(), AccountFixtures.PASSWORD).getRedirectedUrl()).isEqualTo("/");
		}
	}

	private MockHttpServletResponse signIn(String address, String username, String password) throws Exception {
		return this.mvc.perform(
				post("/login").param("username", username).param("password", password).with(csrf()).with((request) -> {
					request.setRemoteAddr(address);
					return request;
				}))
			.andReturn()
			.getResponse();
	}

	private static String address() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "198.51." + random.nextInt(100, 256) + "." + random.nextInt(1, 255);
	}

}
