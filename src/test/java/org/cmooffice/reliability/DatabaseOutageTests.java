package org.cmooffice.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database stops while the application runs, and comes back: pages answer a clear 503
 * within seconds (no hang, nothing internal shown), health says DOWN and readiness DOWN
 * while liveness stays UP, and once the database is back the same session works and what
 * was saved before is there, without restarting the application. Its own PostgreSQL, so
 * that stopping it disturbs no other test.
 */
class DatabaseOutageTests {

	private static final String PASSWORD = "kumo-no-ue-no-sora-2026";

	private EmbeddedPostgres postgres;

	private ConfigurableApplicationContext application;

	@AfterEach
	void stop() throws IOException {
		if (this.application != null) {
			this.application.close();
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	@Test
	void pagesSayTheServiceIsUnavailableAndEverythingWorksAgainWhenTheDatabaseIsBack() throws Exception {
		Path data = Path.of("target/outage-postgres");
		FileSystemUtils.deleteRecursively(data);
		Files.createDirectories(data);
		int port = Instances.freePort();
		this.postgres = Instances.postgres(data, port);
		this.application = Instances.start(this.postgres.getJdbcUrl("postgres", "postgres"),
				Map.of("spring.datasource.hikari.connection-timeout", "2000"));
		int http = Instances.port(this.application);
		String username = Instances.staff(this.application, PASSWORD);
		Instances.Browser browser = new Instances.Browser();
		assertThat(browser.signIn(http, username, PASSWORD).location()).endsWith("/");

		String name = "停電前に登録した協会";
		String ownerId = ownerId(username);
		Instances.Timed saved = browser.post(http, "/stakeholders/new", "/stakeholders",
				Map.of("kind", "ORGANISATION", "category", "INDUSTRY_BODY", "name", name, "nameKana", "テイデンマエ",
						"influence", "3", "interest", "3", "stance", "NEUTRAL", "ownerId", ownerId));
		assertThat(saved.status()).as("the write was acknowledged").isEqualTo(302);
		String record = saved.location().replaceFirst("^https?://[^/]+", "");
		assertThat(record).matches("/stakeholders/\\d+");

		String token = browser.token(http, "/stakeholders/new");
		this.postgres.close();
		this.postgres = null;

		Instances.Timed page = browser.get(http, "/stakeholders");
		assertThat(page.status()).isEqualTo(503);
		assertThat(page.took()).isLessThan(Duration.ofSeconds(8));
		assertThat(page.response().headers().firstValue("Retry-After")).contains("30");
		assertThat(page.body()).contains("ただいま利用できません")
			.doesNotContain("Exception")
			.doesNotContain("org.")
			.doesNotContain("SQL");
		Instances.Timed write = browser.postWith(token, http, "/stakeholders",
				Map.of("kind", "ORGANISATION", "category", "INDUSTRY_BODY", "name", "停電中の協会", "nameKana", "テイデンチュウ",
						"influence", "3", "interest", "3", "stance", "NEUTRAL", "ownerId", ownerId));
		assertThat(write.status()).isEqualTo(503);
		// A monitor asks without a session.
		Instances.Browser monitor = new Instances.Browser();
		Instances.Timed health = monitor.get(http, "/actuator/health");
		assertThat(health.status()).isEqualTo(503);
		assertThat(health.body()).contains("DOWN");
		assertThat(health.took()).isLessThan(Duration.ofSeconds(8));
		assertThat(monitor.get(http, "/actuator/health/readiness").status()).isEqualTo(503);
		assertThat(monitor.get(http, "/actuator/health/liveness").status()).isEqualTo(200);
		// Signing in fails closed: not even the form, whose token needs a session.
		assertThat(new Instances.Browser().get(http, "/login").status()).isEqualTo(503);

		this.postgres = Instances.postgres(data, port);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (monitor.get(http, "/actuator/health").status() != 200 && System.nanoTime() < deadline) {
			Thread.sleep(500);
		}
		Instances.Timed after = browser.get(http, record);
		assertThat(after.status()).as("the same session, without signing in again").isEqualTo(200);
		assertThat(after.body()).contains(name);
		assertThat(
				browser
					.get(http,
							"/stakeholders?q="
									+ java.net.URLEncoder.encode("停電中", java.nio.charset.StandardCharsets.UTF_8))
					.body())
			.doesNotContain("停電中の協会");
	}

	private String ownerId(String username) {
		return String.valueOf(this.application.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
			.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username));
	}

}
