package org.cmooffice.browser;

import java.time.Instant;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.User;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user sets up two-step sign-in with the QR page, keeps the recovery codes and signs in
 * with one of them; every page on the way passes axe-core in both languages.
 */
@BrowserTest
class TwoFactorBrowserTests extends BrowserTestSupport {

	@BeforeEach
	void signedOut() {
		this.browser.open("/login?lang=ja");
		this.browser.signOut();
	}

	@Test
	void aUserSetsUpTwoStepSignInAndSignsInWithARecoveryCode() throws Exception {
		User staff = this.accounts.user(Role.STAFF);
		this.browser.signIn(staff.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open("/account/two-factor");
		assertAccessibleInBothLanguages();
		this.browser.clickToLoad("form[action$='/account/two-factor/start'] button");
		assertThat(this.browser.find("img[src$='/account/two-factor/qr.png']").getAttribute("naturalWidth"))
			.isEqualTo("232");
		assertAccessibleInBothLanguages();
		String secret = this.browser.find("#totp-secret").getText().replace(" ", "");

		this.browser.find("#code").sendKeys(code(secret));
		this.browser.clickToLoad("form[action$='/confirm'] button[type=submit]");
		List<String> codes = this.browser.driver()
			.findElements(By.cssSelector("#recovery-codes li"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(codes).hasSize(10);
		this.browser.assertAccessible();
		this.browser.screenshot("two-factor-recovery-codes");
		this.browser.signOut();

		this.browser.signIn(staff.getUsername(), AccountFixtures.PASSWORD);
		assertThat(this.browser.path()).isEqualTo("/login/two-factor");
		assertAccessibleInBothLanguages();
		this.browser.find("#code").sendKeys("abcde-fghjk");
		this.browser.clickToLoad("main form button.btn-primary");
		assertThat(this.browser.find("#code-error").getText()).contains("コードが正しくありません");
		this.browser.assertAccessible();
		this.browser.find("#code").clear();
		this.browser.find("#code").sendKeys(codes.get(0));
		this.browser.clickToLoad("main form button.btn-primary");
		assertThat(this.browser.path()).isEqualTo("/");
		this.browser.open("/account/two-factor");
		assertThat(this.browser.find("#two-factor-status").getText()).contains("残り 9 個");
	}

	private void assertAccessibleInBothLanguages() {
		String path = this.browser.path().replaceAll("\\?.*", "");
		for (String language : List.of("en", "ja")) {
			this.browser.open(path + "?lang=" + language);
			this.browser.assertAccessible();
		}
	}

	private static String code(String secret) throws Exception {
		TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
		return totp.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm()),
				Instant.now());
	}

}
