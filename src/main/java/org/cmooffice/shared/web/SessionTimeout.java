package org.cmooffice.shared.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The idle timeout as the page's script needs it, to warn the user before it runs out.
 * Used in templates as {@code @sessionTimeout}.
 */
@Component("sessionTimeout")
public class SessionTimeout {

	private final Duration timeout;

	SessionTimeout(@Value("${spring.session.timeout:30m}") Duration timeout) {
		this.timeout = timeout;
	}

	public long seconds() {
		return this.timeout.toSeconds();
	}

}
