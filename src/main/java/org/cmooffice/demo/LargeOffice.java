package org.cmooffice.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The large demo office (local profile, {@code cmo.demo.size=large}, first start on an
 * empty database only): a ministry of 30 departments and 500 users over ten fiscal years,
 * with 20,000 campaign plans, 100,000 stakeholders, a million engagements, two million
 * audit events, 5,000 incidents and 50,000 rumours; {@code cmo.demo.large.scale} scales
 * the volumes (not the departments and users). The standard demo accounts keep their
 * names and the password {@value #PASSWORD}.
 * <p>
 * Every table is written by {@code INSERT ... SELECT} over {@code generate_series} from a
 * seeded random generator, so each run writes the same office, in one transaction: a
 * failed run leaves the database empty for the next start. Runs after the strategy and
 * brand demo data, whose checklist the plans' reviews tick.
 */
@Component
@Profile("local")
@ConditionalOnProperty(name = "cmo.demo.size", havingValue = "large")
@Order(17)
class LargeOffice implements ApplicationRunner {

	static final String PASSWORD = "demo-password";

	private static final Logger log = LoggerFactory.getLogger(LargeOffice.class);

	/**
	 * Taken by the generating transaction: a second instance waits, then finds the data.
	 */
	private static final long LOCK = 0x434D4F4C41524745L;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final double scale;

	LargeOffice(JdbcTemplate jdbc, PlatformTransactionManager transactions, PasswordEncoder passwordEncoder,
			Clock clock, @Value("${cmo.demo.large.scale:1.0}") double scale) {
		if (!(scale > 0)) {
			throw new IllegalArgumentException("cmo.demo.large.scale must be above 0, not " + scale);
		}
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.scale = scale;
	}

	@Override
	public void run(ApplicationArguments args) {
		long start = System.nanoTime();
		if (!Boolean.TRUE.equals(this.transaction.execute((status) -> generate()))) {
			return;
		}
		// The planner's statistics before the first page asks for a million rows, and the
		// visibility map a database in use would have.
		long analysed = System.nanoTime();
		this.jdbc.execute("VACUUM (ANALYZE)");
		log.info("vacuum and analyze: done in {}", Generation.seconds(Duration.ofNanos(System.nanoTime() - analysed)));
		log.info(
				"Large demo office generated in {} (sign in as admin, cmo, staff, liaison.health, liaison.tourism or"
						+ " analyst, password '{}')",
				Generation.seconds(Duration.ofNanos(System.nanoTime() - start)), PASSWORD);
	}

	private boolean generate() {
		this.jdbc.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
		if (Boolean.TRUE.equals(this.jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM department)"
						+ " OR EXISTS (SELECT 1 FROM app_user) OR EXISTS (SELECT 1 FROM campaign_plan)",
				Boolean.class))) {
			log.info("The database already has data: the large demo office is not generated");
			return false;
		}
		Generation generation = new Generation(this.jdbc, this.clock, this.scale);
		log.info("Generating the large demo office at scale {}: FY{} to FY{}", this.scale, generation.firstYear.year(),
				generation.currentYear.year());
		// For this transaction: local times make the application's instants, and the
		// audit trail is sorted in memory.
		this.jdbc.queryForObject("SELECT set_config('TimeZone', ?, true)", String.class, this.clock.getZone().getId());
		this.jdbc.execute("SET LOCAL work_mem = '64MB'");
		Lexicon.createFunctions(this.jdbc);
		String hash = this.passwordEncoder.encode(PASSWORD);

		List<String> setAside = generation.setAside("campaign_plan_event", "campaign_budget_line", "campaign_kpi",
				"campaign_milestone", "campaign_risk", "campaign_plan_channel", "campaign_plan_check", "stakeholder",
				"stakeholder_department", "stakeholder_tag", "engagement", "crisis_timeline_entry", "rumour",
				"audit_event");

		generation.seed(0.11);
		generation.timed("departments", () -> OfficeTables.departments(generation));
		generation.seed(0.12);
		generation.timed("users", () -> OfficeTables.users(generation, hash));
		generation.seed(0.2);
		generation.timed("campaign plans", () -> CampaignTables.plans(generation));
		generation.seed(0.21);
		generation.timed("department budgets", () -> CampaignTables.budgets(generation));
		generation.seed(0.3);
		generation.timed("stakeholders", () -> StakeholderTables.stakeholders(generation));
		generation.seed(0.4);
		generation.timed("engagements", () -> StakeholderTables.engagements(generation));
		generation.seed(0.5);
		generation.timed("crisis incidents", () -> CrisisTables.incidents(generation));
		generation.seed(0.6);
		generation.timed("rumours", () -> CrisisTables.rumours(generation));
		generation.seed(0.7);
		generation.timed("audit events", () -> AuditTables.events(generation));

		generation.timed("indexes and foreign keys", () -> {
			generation.restore(setAside);
			return setAside.size() + " made again";
		});
		// The ids were given, not drawn: the sequences continue after them.
		for (String table : new String[] { "department", "app_user", "campaign_plan", "stakeholder",
				"crisis_incident" }) {
			this.jdbc.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT max(id) FROM "
					+ table + "))");
		}
		Lexicon.drop(this.jdbc);
		return true;
	}

}
