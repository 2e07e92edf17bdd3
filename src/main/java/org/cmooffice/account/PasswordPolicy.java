package org.cmooffice.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a chosen password must be (NIST SP 800-63B, ASVS 6.2): long enough, not absurdly
 * long, not built on the user name or on words anyone would guess here, and not on a list
 * of common and breached passwords. No rules about mixing letters, digits and symbols:
 * they make passwords harder to remember, not to guess. Long Japanese passphrases are
 * welcome; length is counted in characters, not bytes.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	/** Words anyone attacking this office would try first. */
	private static final Set<String> OFFICE_WORDS = Set.of("cmo", "cmooffice", "demopassword", "password", "passwort",
			"kouhou", "koho", "ministry", "government");

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("security/common-passwords.txt");
	}

	/**
	 * @param contextWords further words to refuse, such as department names
	 * @return the message key of the first rule broken
	 */
	Optional<String> check(String username, String password, Collection<String> contextWords) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("password.policy.tooShort");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("password.policy.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.policy.containsUsername");
		}
		String core = lettersOnly(lower);
		if (this.common.contains(lower) || this.common.contains(core)) {
			return Optional.of("password.policy.common");
		}
		if (OFFICE_WORDS.contains(core) || contextWords.stream()
			.map((word) -> lettersOnly(word.toLowerCase(Locale.ROOT)))
			.anyMatch((word) -> isBuiltOn(core, word))) {
			return Optional.of("password.policy.guessable");
		}
		return Optional.empty();
	}

	/**
	 * A short word (a department code) only when it is the whole password; a name long
	 * enough to be distinctive also inside a longer one.
	 */
	private static boolean isBuiltOn(String core, String word) {
		if (word.isEmpty()) {
			return false;
		}
		return (word.codePointCount(0, word.length()) >= 4) ? core.contains(word) : core.equals(word);
	}

	/** "Passw0rd-2025!" and "password" are the same guess: keep only the letters. */
	private static String lettersOnly(String text) {
		StringBuilder letters = new StringBuilder();
		text.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
		return letters.toString();
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.strip().toLowerCase(Locale.ROOT))
				.forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The common password list is missing from the application", ex);
		}
		return Set.copyOf(words);
	}

}
