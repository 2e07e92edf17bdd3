package org.cmooffice.reliability;

import java.util.Map;

import org.cmooffice.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one PostgreSQL, as behind a load balancer without
 * sticky sessions: a session started on one is good on the other and ends on both, and a
 * scheduled job runs once, not once per instance.
 */
class SeveralInstancesTests {

	private static final String PASSWORD = "kumo-no-ue-no-sora-2026";

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	@AfterEach
	void stop() {
		if (this.first != null) {
			this.first.close();
		}
		if (this.second != null) {
			this.second.close();
		}
	}

	@Test
	void aSessionStartedOnOneInstanceIsGoodOnTheOtherAndAJobRunsOnce() {
		this.first = Instances.start(TestDatabase.jdbcUrl(), Map.of());
		this.second = Instances.start(TestDatabase.jdbcUrl(), Map.of());
		int a = Instances.port(this.first);
		int b = Instances.port(this.second);
		String username = Instances.staff(this.first, PASSWORD);

		// One browser, one cookie: the balancer sends it to either instance.
		Instances.Browser browser = new Instances.Browser();
		assertThat(browser.signIn(a, username, PASSWORD).location()).endsWith("/");
		String session = browser.session();
		Instances.Timed onB = browser.get(b, "/");
		assertThat(onB.status()).isEqualTo(200);
		assertThat(onB.body()).contains("試験 職員");
		assertThat(browser.session()).isEqualTo(session);

		// Signed out on B, the session is over on A as well.
		browser.post(b, "/", "/logout", Map.of());
		Instances.Timed onA = browser.get(a, "/");
		assertThat(onA.status()).isEqualTo(302);
		assertThat(onA.location()).endsWith("/login");

		JdbcTemplate jdbc = this.first.getBean(JdbcTemplate.class);
		long staffId = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
		Long pastRetention = jdbc.queryForObject("""
				INSERT INTO stakeholder (kind, category, name, name_kana, influence, interest, stance, owner_id,
				  search_text, retention_date, created_at, created_by, modified_at, modified_by)
				VALUES ('PERSON', 'MEDIA', '保存期間切れ 試験', 'ホゾンキカンギレ シケン', 1, 1, 'NEUTRAL', ?, '', DATE '2000-01-01',
				  now(), 'test', now(), 'test') RETURNING id""", Long.class, staffId);
		// Another test of this JVM may have run the job moments ago and left its lock.
		jdbc.update("DELETE FROM shedlock WHERE name = 'stakeholder-retention'");
		try {
			// The daily job fires on both instances at the same moment; the lock in
			// PostgreSQL lets one of them run it.
			runScheduledJob(this.first, "tellStaffOfRecordsPastRetention");
			runScheduledJob(this.second, "tellStaffOfRecordsPastRetention");
			assertThat(jdbc.queryForObject(
					"SELECT count(*) FROM notification WHERE recipient_id = ? AND message_key = 'notification.stakeholder.pastRetention'",
					Long.class, staffId))
				.isEqualTo(1);
		}
		finally {
			jdbc.update("DELETE FROM stakeholder WHERE id = ?", pastRetention);
		}
	}

	/** Fires a scheduled job the way the instance's scheduler does, lock and all. */
	private static void runScheduledJob(ConfigurableApplicationContext instance, String method) {
		instance.getBeansOfType(ScheduledTaskHolder.class)
			.values()
			.stream()
			.flatMap((holder) -> holder.getScheduledTasks().stream())
			.map((task) -> task.getTask().getRunnable())
			.filter((job) -> job.toString().endsWith("." + method))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no scheduled job " + method))
			.run();
	}

}
