package org.cmooffice.account;

import java.security.SecureRandom;

/**
 * A password an administrator hands to a user, shown once and never stored in clear; the
 * user must replace it at first sign-in.
 */
public record TemporaryPassword(User user, String password) {

	/** No 0/O, 1/l/I: it is read off a screen and typed by someone else. */
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	static String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
