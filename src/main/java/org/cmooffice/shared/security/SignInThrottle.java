package org.cmooffice.shared.security;

import java.time.Duration;
import java.util.Optional;

/** The sign-in rate limit per client address, as the security filters ask it. */
public interface SignInThrottle {

	/**
	 * How long the address must wait before it may try to sign in again, or empty when it
	 * may try now.
	 */
	Optional<Duration> waitFor(String address);

}
