package org.cmooffice.shared.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a sign-in from an address that has failed too often with 429 and
 * {@code Retry-After}, before the password is even checked, and shows the sign-in page
 * saying how long to wait.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

	public static final String WAIT_MINUTES = LoginThrottleFilter.class.getName() + ".waitMinutes";

	/** The password and the code of signing in: both are guessed, both are limited. */
	private static final RequestMatcher SIGN_IN = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"),
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login/two-factor"));

	private final SignInThrottle throttle;

	LoginThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SIGN_IN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Duration> wait = this.throttle.waitFor(request.getRemoteAddr());
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, wait.get().toSeconds());
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", String.valueOf(seconds));
		request.setAttribute(WAIT_MINUTES, (seconds + 59) / 60);
		// The sign-in page, as a GET, so that it is shown and not taken for another
		// attempt.
		request.getRequestDispatcher("/login").forward(new HttpServletRequestWrapper(request) {
			@Override
			public String getMethod() {
				return "GET";
			}
		}, response);
	}

}
