package org.cmooffice.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cmooffice.shared.FiscalYear;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * One run of the generator: the statements' connection (all in one transaction), the
 * period the office's history covers, the scale, and the progress and timing log.
 */
final class Generation {

	private static final Logger log = LoggerFactory.getLogger(LargeOffice.class);

	private static final int CHUNKS = 10;

	final JdbcTemplate jdbc;

	final NamedParameterJdbcTemplate sql;

	private final double scale;

	final LocalDate today;

	final OffsetDateTime now;

	final FiscalYear currentYear;

	/** Ten fiscal years, the current one the last. */
	final FiscalYear firstYear;

	/** The office's people by role, once they are written ({@code pp.staff}). */
	Map<String, Object[]> people = Map.of();

	Generation(JdbcTemplate jdbc, Clock clock, double scale) {
		this.jdbc = jdbc;
		this.sql = new NamedParameterJdbcTemplate(jdbc);
		this.scale = scale;
		this.today = LocalDate.now(clock);
		this.now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
		this.currentYear = FiscalYear.current(clock);
		this.firstYear = new FiscalYear(this.currentYear.year() - 9);
	}

	/** How many rows of a table the office has at this scale. */
	long scaled(long target) {
		return Math.max(1, Math.round(target * this.scale));
	}

	/** The values every statement may name. */
	MapSqlParameterSource params() {
		LocalDate firstDay = this.firstYear.start();
		LocalDate firstMonday = firstDay.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		return new MapSqlParameterSource().addValue("today", this.today)
			.addValue("now", this.now)
			.addValue("currentYear", this.currentYear.year())
			.addValue("firstYear", this.firstYear.year())
			.addValue("firstDay", firstDay)
			.addValue("days", (int) ChronoUnit.DAYS.between(firstDay, this.today))
			.addValue("firstMonday", firstMonday)
			.addValue("weeks", (int) (ChronoUnit.DAYS.between(firstMonday, this.today) / 7) + 1);
	}

	/** Runs a statement with the word lists it names written out. */
	int update(String statement, MapSqlParameterSource params) {
		return this.sql.update(Lexicon.expand(statement, this.people), params);
	}

	long count(String table) {
		return this.jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
	}

	/**
	 * Drops the secondary indexes (not those of constraints) and the foreign keys of the
	 * tables, answering the statements that make them again: built once over the full
	 * tables, they cost a fraction of keeping them up to date row by row. All in the
	 * transaction, so a failed run loses none, and what was written is still checked when
	 * they are made again (a unique index, a foreign key).
	 */
	List<String> setAside(String... tables) {
		String names = String.join(",", tables);
		List<String> restore = new ArrayList<>();
		for (Map<String, Object> index : this.jdbc.queryForList("""
				SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
				FROM pg_index i
				WHERE i.indrelid = ANY (string_to_array(?, ',')::regclass[])
					AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)""", names)) {
			this.jdbc.execute("DROP INDEX " + index.get("name"));
			restore.add((String) index.get("definition"));
		}
		for (Map<String, Object> key : this.jdbc.queryForList("""
				SELECT conrelid::regclass::text AS table, quote_ident(conname) AS name,
					pg_get_constraintdef(oid) AS definition
				FROM pg_constraint
				WHERE contype = 'f' AND conrelid = ANY (string_to_array(?, ',')::regclass[])""", names)) {
			this.jdbc.execute("ALTER TABLE " + key.get("table") + " DROP CONSTRAINT " + key.get("name"));
			restore.add("ALTER TABLE " + key.get("table") + " ADD CONSTRAINT " + key.get("name") + " "
					+ key.get("definition"));
		}
		return restore;
	}

	void restore(List<String> statements) {
		this.jdbc.execute("SET LOCAL maintenance_work_mem = '256MB'");
		statements.forEach(this.jdbc::execute);
	}

	/** The same numbers on every run: each table starts from its own seed. */
	void seed(double seed) {
		this.jdbc.queryForObject("SELECT setseed(?)", Object.class, seed);
	}

	/**
	 * Writes rows 1 to {@code total} in chunks, logging how far it got after each.
	 */
	void inChunks(String name, long total, Chunk chunk) {
		int chunks = (int) Math.min(CHUNKS, total);
		for (int i = 0; i < chunks; i++) {
			long from = total * i / chunks + 1;
			long to = total * (i + 1) / chunks;
			chunk.write(from, to);
			log.info("{}: {}% ({} of {})", name, 100 * to / total, number(to), number(total));
		}
	}

	/** Runs one table's step and logs how long it took and what it wrote. */
	void timed(String name, Step step) {
		long start = System.nanoTime();
		String written = step.write();
		log.info("{}: done in {} ({})", name, seconds(Duration.ofNanos(System.nanoTime() - start)), written);
	}

	static String number(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

	/** Rows {@code from} to {@code to} (inclusive) of a table. */
	@FunctionalInterface
	interface Chunk {

		void write(long from, long to);

	}

	/** A table's rows, answering what it wrote for the log. */
	@FunctionalInterface
	interface Step {

		String write();

	}

}
