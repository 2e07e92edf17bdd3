package org.cmooffice.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.cmooffice.CmoOfficeApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Whole application instances on real ports over a database of the test's choosing, and a
 * browser-like HTTP client for them: for what MockMvc cannot show (several instances, a
 * database that goes away).
 */
final class Instances {

	private Instances() {
	}

	static ConfigurableApplicationContext start(String jdbcUrl, Map<String, Object> more) {
		return start("instance", jdbcUrl, more);
	}

	/**
	 * An instance of the profile; the arguments (as on the command line) override what
	 * application.properties sets, which {@code more} cannot.
	 */
	static ConfigurableApplicationContext start(String profile, String jdbcUrl, Map<String, Object> more,
			String... args) {
		Map<String, Object> properties = new HashMap<>(Map.of("server.port", "0", "spring.datasource.url", jdbcUrl,
				"spring.datasource.username", "postgres", "spring.datasource.password", "postgres",
				"cmo.two-factor.key", "test-key-not-for-production", "spring.main.banner-mode", "off"));
		properties.putAll(more);
		return new SpringApplicationBuilder(CmoOfficeApplication.class).profiles(profile)
			.properties(properties)
			.run(args);
	}

	/**
	 * A PostgreSQL server of the test's own on the data directory, kept when it stops (a
	 * "clean" directory would be deleted on close, and a restart or a copy would find
	 * nothing).
	 */
	static EmbeddedPostgres postgres(Path data, int port) throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(data.toAbsolutePath())
			.setCleanDataDirectory(false)
			.setPort(port)
			.start();
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	/** A staff user with a known password, written straight into the database. */
	static String staff(ConfigurableApplicationContext context, String password) {
		return user(context, password, "STAFF");
	}

	/** A user of the role with a known password, written straight into the database. */
	static String user(ConfigurableApplicationContext context, String password, String role) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		String username = role.toLowerCase(java.util.Locale.ROOT) + "." + Long.toString(System.nanoTime(), 36);
		String hash = context.getBean(PasswordEncoder.class).encode(password);
		Long id = jdbc.queryForObject(
				"""
						INSERT INTO app_user (username, display_name, password_hash, created_at, created_by, modified_at, modified_by)
						VALUES (?, ?, ?, now(), 'test', now(), 'test') RETURNING id""",
				Long.class, username, "試験 職員", hash);
		jdbc.update("INSERT INTO user_role (user_id, role) VALUES (?, ?)", id, role);
		return username;
	}

	/** Keeps cookies like a browser, and follows nothing by itself. */
	static final class Browser {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		private final CookieManager cookies = new CookieManager();

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		Timed get(int port, String path) {
			return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
		}

		/**
		 * A form post with the CSRF token of the given page, as the page's form sends it.
		 */
		Timed post(int port, String formPage, String path, Map<String, String> fields) {
			return postWith(token(port, formPage), port, path, fields);
		}

		/** The CSRF token a page's forms carry. */
		String token(int port, String formPage) {
			Matcher token = CSRF.matcher(get(port, formPage).body());
			if (!token.find()) {
				throw new IllegalStateException("no CSRF token on " + formPage);
			}
			return token.group(1);
		}

		Timed postWith(String token, int port, String path, Map<String, String> fields) {
			Map<String, String> all = new LinkedHashMap<>(fields);
			all.put("_csrf", token);
			String form = all.entrySet()
				.stream()
				.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)));
		}

		Timed signIn(int port, String username, String password) {
			return post(port, "/login", "/login", Map.of("username", username, "password", password));
		}

		/** The session cookie, to hand to another browser or instance. */
		String session() {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> cookie.getName().endsWith("SESSION"))
				.map(java.net.HttpCookie::getValue)
				.findFirst()
				.orElse(null);
		}

		private Timed send(HttpRequest.Builder request) {
			Instant start = Instant.now();
			try {
				HttpResponse<String> response = this.client.send(request.timeout(Duration.ofSeconds(30)).build(),
						HttpResponse.BodyHandlers.ofString());
				return new Timed(response, Duration.between(start, Instant.now()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	record Timed(HttpResponse<String> response, Duration took) {

		int status() {
			return this.response.statusCode();
		}

		String body() {
			return this.response.body();
		}

		String location() {
			return this.response.headers().firstValue("Location").orElse(null);
		}

	}

}
