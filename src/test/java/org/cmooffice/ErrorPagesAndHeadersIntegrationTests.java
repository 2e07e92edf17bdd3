package org.cmooffice;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cmooffice.account.AccountFixtures;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP, where error pages are rendered by the servlet container's error
 * dispatch: what a user sees when something goes wrong, and the headers every response
 * carries.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestConfig.class, AccountFixtures.class })
class ErrorPagesAndHeadersIntegrationTests {

	/** What a browser asks for; without it the error pages answer in JSON. */
	private static final String HTML = "text/html,application/xhtml+xml";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern ASSET_LINK = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	HttpClient browser;

	@BeforeEach
	void newBrowser() {
		this.browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	@Test
	void aMissingRecordShowsTheFriendlyNotFoundPage() throws Exception {
		signIn(Role.ADMIN);

		HttpResponse<String> response = get("/admin/users/987654321");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("ページが見つかりません").contains("問い合わせ番号");
		assertNoInternals(response.body());
	}

	@Test
	void aMalformedAddressShowsAPageWithoutInternals() throws Exception {
		signIn(Role.ADMIN);

		HttpResponse<String> response = get("/admin/users/not-a-number");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("リクエストを処理できませんでした");
		assertNoInternals(response.body());
	}

	@Test
	void aRefusedPageSaysSoInTheUsersLanguage() throws Exception {
		signIn(Role.STAFF);

		HttpResponse<String> japanese = get("/admin/users");
		HttpResponse<String> english = get("/admin/users?lang=en");

		assertThat(japanese.statusCode()).isEqualTo(403);
		assertThat(japanese.body()).contains("アクセスできません");
		assertThat(english.body()).contains("Access denied");
	}

	@Test
	void aFormSentWithAnExpiredTokenExplainsTheSessionExpired() throws Exception {
		signIn(Role.ADMIN);

		HttpResponse<String> response = this.browser.send(HttpRequest.newBuilder(uri("/admin/settings"))
			.header("Accept", HTML)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("delegatedApprovalLimit=5&version=0&_csrf=stale"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("セッションの有効期限が切れた");
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		for (HttpResponse<String> response : new HttpResponse[] { get("/login"), get("/does-not-exist") }) {
			assertThat(response.headers().firstValue("Content-Security-Policy")).get()
				.asString()
				.contains("default-src 'self'")
				.contains("object-src 'none'")
				.contains("base-uri 'none'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
		}
	}

	@Test
	void signedInPagesAreNotCached() throws Exception {
		signIn(Role.STAFF);

		assertThat(get("/").headers().firstValue("Cache-Control")).get().asString().contains("no-store");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
		HttpResponse<String> response = get("/login");

		assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(
				(cookie) -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
	}

	@Test
	void onlyTheHealthOfTheActuatorIsExposed() throws Exception {
		HttpResponse<String> health = this.browser.send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");

		for (String path : new String[] { "/actuator/env", "/actuator/heapdump", "/actuator/beans" }) {
			assertThat(get(path).statusCode()).as(path).isIn(302, 403, 404);
		}
	}

	@Test
	void staticFilesAreServedFromTheApplication() throws Exception {
		assertThat(get("/assets/webjars/bootstrap/css/bootstrap.min.css").statusCode()).isEqualTo(200);
		assertThat(get("/assets/js/session.js").statusCode()).isEqualTo(200);
	}

	/**
	 * Browsers keep the files for a year, so each page must link every file by a name
	 * that changes with its content: the sign-in page, pages of the layout, a page with
	 * its own scripts, and an error page rendered by the container's error dispatch.
	 */
	@Test
	void pagesLinkEveryFileByItsContentHashAndTheFileIsKeptForAYear() throws Exception {
		List<String> pages = new ArrayList<>();
		pages.add(get("/login").body());
		signIn(Role.ANALYST);
		pages.add(get("/").body());
		pages.add(get("/analytics").body());
		HttpResponse<String> notFound = get("/campaigns/987654321");
		assertThat(notFound.statusCode()).isEqualTo(404);
		pages.add(notFound.body());

		Set<String> files = new TreeSet<>();
		for (String page : pages) {
			Matcher link = ASSET_LINK.matcher(page);
			List<String> found = new ArrayList<>();
			while (link.find()) {
				found.add(link.group(1));
			}
			assertThat(found).as("links to files").isNotEmpty();
			files.addAll(found);
		}
		assertThat(files).anySatisfy((file) -> assertThat(file).contains("/webjars/bootstrap/"))
			.anySatisfy((file) -> assertThat(file).contains("/webjars/chart.js/"))
			.anySatisfy((file) -> assertThat(file).startsWith("/assets/js/session-"));
		for (String file : files) {
			assertThat(file).matches(".*-[0-9a-f]{32}\\.(css|js|svg)");
			HttpResponse<String> served = get(file);
			assertThat(served.statusCode()).as(file).isEqualTo(200);
			assertThat(served.headers().firstValue("Cache-Control")).as(file).contains("max-age=31536000");
		}
	}

	private void signIn(Role role) throws Exception {
		var user = this.accounts.user(role);
		String token = csrfToken(get("/login").body());
		HttpResponse<String> response = this.browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user.getUsername()) + "&password="
					+ encode(AccountFixtures.PASSWORD) + "&_csrf=" + encode(token)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", HTML).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String csrfToken(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("java.");
	}

}
