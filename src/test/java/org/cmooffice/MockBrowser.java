package org.cmooffice;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A browser as far as the server can tell: it keeps the cookies it is given (the session
 * lives in PostgreSQL), so sign-in, redirects and sign-out behave as for a real user.
 */
public final class MockBrowser {

	private final MockMvc mvc;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	public MockBrowser(MockMvc mvc) {
		this.mvc = mvc;
	}

	public MvcResult get(String path) throws Exception {
		return perform(MockMvcRequestBuilders.get(path));
	}

	/** A form post with a valid CSRF token, as the application's own forms send. */
	public MvcResult post(String path, String... nameValuePairs) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
		for (int i = 0; i < nameValuePairs.length; i += 2) {
			request.param(nameValuePairs[i], nameValuePairs[i + 1]);
		}
		return perform(request);
	}

	public MvcResult login(String username, String password) throws Exception {
		return post("/login", "username", username, "password", password);
	}

	/** Replays a cookie, as someone who copied it would. */
	public MockBrowser withCookie(String name, String value) {
		this.cookies.put(name, value);
		return this;
	}

	public String sessionCookie() {
		return this.cookies.get("SESSION");
	}

	public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		this.cookies.forEach((name, value) -> request.cookie(new Cookie(name, value)));
		MvcResult result = this.mvc.perform(request).andReturn();
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie.getValue());
			}
		}
		return result;
	}

}
