package org.cmooffice.browser;

import java.time.Duration;

import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.User;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The idle timeout, shortened to eight seconds: the warning comes before the end, "stay
 * signed in" keeps the session, and doing nothing signs the user out.
 */
@BrowserTest
@TestPropertySource(properties = "spring.session.timeout=8s")
class SessionTimeoutBrowserTests extends BrowserTestSupport {

	@BeforeEach
	void signIn() {
		this.browser.open("/login?lang=ja");
		this.browser.signOut();
		User staff = this.accounts.user(Role.STAFF);
		this.browser.signIn(staff.getUsername(), AccountFixtures.PASSWORD);
	}

	@Test
	void theUserIsWarnedAndStaysSignedInOnRequest() throws InterruptedException {
		waitFor(Duration.ofSeconds(7), "the warning", () -> this.browser.find("#session-timeout").isDisplayed());
		assertThat(this.browser.focused().getAttribute("id")).isEqualTo("session-extend");
		this.browser.assertAccessible();

		this.browser.click("#session-extend");
		waitFor(Duration.ofSeconds(3), "the warning to close",
				() -> !this.browser.find("#session-timeout").isDisplayed());
		// Past the moment the session would have ended without the extension.
		Thread.sleep(6000);
		this.browser.open("/notifications");

		assertThat(this.browser.path()).isEqualTo("/notifications");
	}

	@Test
	void doingNothingSignsTheUserOut() {
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(15))
			.until(ExpectedConditions.urlContains("/login?expired"));

		assertThat(this.browser.text()).contains("一定時間操作がなかったため、ログアウトしました。");
		this.browser.open("/");
		assertThat(this.browser.path()).isEqualTo("/login");
	}

	private void waitFor(Duration timeout, String what, java.util.function.BooleanSupplier condition) {
		new WebDriverWait(this.browser.driver(), timeout).withMessage(what).until((driver) -> condition.getAsBoolean());
	}

}
