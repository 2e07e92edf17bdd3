package org.cmooffice.reliability;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cmooffice.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as deployed, with the {@code prod} profile (over the tests' database,
 * without a TLS proxy in front): its session cookie, and the second factor it asks of
 * administrators.
 */
class ProductionProfileTests {

	private static final String PASSWORD = "kumo-no-ue-no-sora-2026";

	private ConfigurableApplicationContext application;

	@AfterEach
	void stop() {
		if (this.application != null) {
			this.application.close();
		}
	}

	@Test
	void theSessionCookieIsHostOnlyAndSecureAndAdministratorsNeedASecondFactor() throws Exception {
		this.application = Instances.start("prod", TestDatabase.jdbcUrl(),
				Map.of("CMO_TWO_FACTOR_KEY", "production-profile-test-key"));
		int port = Instances.port(this.application);

		Instances.Timed login = new Instances.Browser().get(port, "/login");
		List<String> cookies = login.response().headers().allValues("Set-Cookie");
		assertThat(cookies).anySatisfy((cookie) -> assertThat(cookie).startsWith("__Host-SESSION=")
			.contains("Secure")
			.contains("HttpOnly")
			.contains("SameSite=Lax")
			.contains("Path=/")
			.doesNotContain("Domain="));

		String admin = Instances.user(this.application, PASSWORD, "ADMIN");
		String staff = Instances.user(this.application, PASSWORD, "STAFF");
		assertThat(signIn(port, admin)).endsWith("/account/two-factor");
		assertThat(signIn(port, staff)).endsWith("/");
	}

	/**
	 * Signs in as behind the TLS proxy: the proxy's header says HTTPS, and the Secure
	 * cookie is sent back by hand (a client sends it only over HTTPS). Returns where the
	 * sign-in leads.
	 */
	private static String signIn(int port, String username) throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		URI login = URI.create("http://localhost:" + port + "/login");
		HttpResponse<String> page = client.send(
				HttpRequest.newBuilder(login).header("X-Forwarded-Proto", "https").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).isTrue();
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(login)
			.header("X-Forwarded-Proto", "https")
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return signedIn.headers().firstValue("Location").orElseThrow();
	}

}
