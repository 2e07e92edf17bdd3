package org.cmooffice.account;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	private final List<String> departments = List.of("HEALTH", "健康福祉部", "Health and Welfare Department");

	@Test
	void elevenCharactersAreTooFewAndTwelveAreEnough() {
		assertThat(this.policy.check("yamada", "kx7-mq2-vb9", this.departments)).contains("password.policy.tooShort");
		assertThat(this.policy.check("yamada", "kx7-mq2-vb9z", this.departments)).isEmpty();
	}

	@Test
	void lengthIsCountedInCharactersSoJapanesePassphrasesWork() {
		String kana = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん";
		String sixtyFour = (kana + kana).substring(0, 64);
		assertThat(this.policy.check("yamada", sixtyFour, this.departments)).isEmpty();
		assertThat(this.policy.check("yamada", "やまのうえのそらはあおい", this.departments)).isEmpty();
	}

	@Test
	void passwordsLongerThan128CharactersAreRefused() {
		assertThat(this.policy.check("yamada", "a-long-passphrase ".repeat(8).substring(0, 128), this.departments))
			.isEmpty();
		assertThat(this.policy.check("yamada", "a-long-passphrase ".repeat(8).substring(0, 129), this.departments))
			.contains("password.policy.tooLong");
	}

	@Test
	void aPasswordMayNotContainTheUserName() {
		assertThat(this.policy.check("yamada.hanako", "my-name-is-Yamada.Hanako", this.departments))
			.contains("password.policy.containsUsername");
	}

	@Test
	void commonAndBreachedPasswordsAreRefusedEvenWithDigitsAndSymbolsAdded() {
		assertThat(this.policy.check("yamada", "password1234", this.departments)).contains("password.policy.common");
		assertThat(this.policy.check("yamada", "Passw0rd!2025", this.departments)).contains("password.policy.common");
		assertThat(this.policy.check("yamada", "qwertyuiop123", this.departments)).contains("password.policy.common");
		assertThat(this.policy.check("yamada", "iloveyou-2026!", this.departments)).contains("password.policy.common");
	}

	@Test
	void namesOfTheOfficeAndItsDepartmentsAreRefused() {
		assertThat(this.policy.check("yamada", "CMOoffice-2026", this.departments))
			.contains("password.policy.guessable");
		assertThat(this.policy.check("yamada", "Health and Welfare Department 2026", this.departments))
			.contains("password.policy.guessable");
		assertThat(this.policy.check("yamada", "健康福祉部の2026年度予算案", this.departments))
			.contains("password.policy.guessable");
	}

	@Test
	void noCompositionRulesAreImposed() {
		assertThat(this.policy.check("yamada", "correct horse battery staple", this.departments)).isEmpty();
	}

}
