package org.cmooffice.demo;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The ministry itself: its departments and its users with their roles. The six demo
 * accounts of the standard office keep their names, roles and password, so that the same
 * sign-ins work on either size.
 */
final class OfficeTables {

	static final int USERS = 500;

	/** Liaisons: two for each department first, the rest by the departments' size. */
	private static final int LIAISONS = 150;

	private static final int FORMER_CMOS = 2;

	private static final int ADMINS = 4;

	private static final int ANALYSTS = 15;

	/** The demo accounts: user name, display name, role, department code. */
	private static final String[][] DEMO_ACCOUNTS = { { "admin", "佐藤 健（システム管理）", "ADMIN", null },
			{ "cmo", "山田 花子（CMO）", "CMO", null }, { "staff", "鈴木 一郎（CMO室）", "STAFF", null },
			{ "liaison.health", "高橋 美咲（健康・医療局）", "LIAISON", "HEALTH" },
			{ "liaison.tourism", "田中 翔（観光振興局）", "LIAISON", "TOURISM" },
			{ "analyst", "伊藤 さくら（分析担当）", "ANALYST", null } };

	private OfficeTables() {
	}

	static String departments(Generation generation) {
		return Generation.number(generation.update(DEPARTMENT_ROWS, generation.params())) + " departments";
	}

	static String users(Generation generation, String passwordHash) {
		MapSqlParameterSource params = generation.params().addValue("hash", passwordHash);
		for (int i = 0; i < DEMO_ACCOUNTS.length; i++) {
			String[] account = DEMO_ACCOUNTS[i];
			generation.update("""
					INSERT INTO app_user (id, username, display_name, email, password_hash, department_id, created_at,
						created_by, modified_at, modified_by)
					VALUES (:id, :username, :displayName, :username || '@cmo-office.example.go.jp', :hash,
						(SELECT id FROM department WHERE code = :department), :now, 'system', :now, 'system')""",
					new MapSqlParameterSource(params.getValues()).addValue("id", i + 1)
						.addValue("username", account[0])
						.addValue("displayName", account[1])
						.addValue("department", account[3]));
			generation.update("INSERT INTO user_role (user_id, role) VALUES (:id, :role)",
					new MapSqlParameterSource("id", i + 1).addValue("role", account[2]));
		}
		int first = DEMO_ACCOUNTS.length + 1;
		params.addValue("first", first)
			.addValue("users", USERS)
			.addValue("cmoFrom", first + LIAISONS)
			.addValue("adminFrom", first + LIAISONS + FORMER_CMOS)
			.addValue("analystFrom", first + LIAISONS + FORMER_CMOS + ADMINS)
			.addValue("staffFrom", first + LIAISONS + FORMER_CMOS + ADMINS + ANALYSTS);
		generation.update(USER_SEEDS, params);
		// Former CMOs and about one in sixteen others have left: their names stay on
		// what they did.
		generation.update(USER_ROWS, params);
		generation.update("""
				INSERT INTO user_role (user_id, role)
				SELECT id, role FROM user_seed
				UNION ALL
				SELECT id, 'ANALYST' FROM user_seed WHERE role = 'STAFF' AND r_active > 0.95""", params);
		generation.update(WELCOME, params);
		people(generation);
		return Generation.number(generation.count("app_user")) + " users, "
				+ Generation.number(generation.count("user_role")) + " roles";
	}

	/**
	 * Who does what, as lists for the other tables to draw from ({@code pp.staff}): plans
	 * are written by their department's liaisons (those who left too, for the old years)
	 * and reviewed by the office's staff.
	 */
	private static void people(Generation generation) {
		generation.jdbc.execute("""
				CREATE TEMP TABLE dept_liaison ON COMMIT DROP AS
				SELECT u.department_id AS dept, array_agg(u.username ORDER BY u.id) AS names
				FROM app_user u JOIN user_role r ON r.user_id = u.id AND r.role = 'LIAISON'
				GROUP BY u.department_id""");
		Map<String, Object[]> people = new HashMap<>();
		people.put("staff", list(generation, "username", "u.active AND r.role = 'STAFF'"));
		people.put("liaison", list(generation, "username", "u.active AND r.role = 'LIAISON'"));
		people.put("anyone", list(generation, "username", "u.active"));
		people.put("admin", list(generation, "username", "u.active AND r.role IN ('ADMIN', 'CMO')"));
		people.put("office", list(generation, "username", "u.active AND r.role IN ('STAFF', 'LIAISON')"));
		people.put("office_id", list(generation, "id", "u.active AND r.role IN ('STAFF', 'LIAISON')"));
		people.put("former_cmo", list(generation, "username", "NOT u.active AND r.role = 'CMO'"));
		generation.people = people;
	}

	private static Object[] list(Generation generation, String column, String condition) {
		return generation.jdbc.queryForObject(
				"SELECT array_agg(" + column + " ORDER BY id) FROM app_user u"
						+ " WHERE EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND " + condition + ")",
				(row, number) -> (row.getArray(1) != null) ? (Object[]) row.getArray(1).getArray() : new String[0]);
	}

	private static final String DEPARTMENT_ROWS = """
			INSERT INTO department (id, code, name_ja, name_en, active, created_at, created_by, modified_at, modified_by)
			SELECT i, w.dept_code[i], w.dept_ja[i], w.dept_en[i], true, pg_temp.at(:firstDay, 0, 0), 'admin',
				pg_temp.at(:firstDay, 0, 0), 'admin'
			FROM generate_series(1, cardinality(w.dept_code)) i""";

	private static final String USER_SEEDS = """
			CREATE TEMP TABLE user_seed ON COMMIT DROP AS
			SELECT i AS id,
				CASE WHEN i < :cmoFrom THEN 'LIAISON' WHEN i < :adminFrom THEN 'CMO' WHEN i < :analystFrom THEN 'ADMIN'
					WHEN i < :staffFrom THEN 'ANALYST' ELSE 'STAFF' END AS role,
				random() AS r_surname, random() AS r_given, random() AS r_department, random() AS r_active,
				random() AS r_time
			FROM generate_series(:first, :users) i""";

	private static final String USER_ROWS = """
			INSERT INTO app_user (id, username, display_name, email, password_hash, department_id, active,
				last_login_at, created_at, created_by, modified_at, modified_by)
			SELECT u.id, x.username, pg_temp.pick(w.surname, u.r_surname) || ' ' || pg_temp.pick(w.given, u.r_given),
				x.username || '@cmo-office.example.go.jp', :hash,
				CASE WHEN u.role = 'LIAISON' THEN
					CASE WHEN u.id < :first + 2 * cardinality(w.dept_code)
						THEN (u.id - :first) % cardinality(w.dept_code) + 1
						ELSE width_bucket(u.r_department, w.dept_cdf) END
				END,
				x.active, CASE WHEN x.active THEN :now - u.r_time * interval '30 days' END,
				x.created, 'admin', x.created, 'admin'
			FROM user_seed u
			CROSS JOIN LATERAL (
				SELECT pg_temp.pick(w.surname_romaji, u.r_surname) || '.' || left(pg_temp.pick(w.given_romaji, u.r_given), 1)
					|| lpad(u.id::text, 3, '0') AS username,
					NOT (u.role = 'CMO' OR u.r_active < 0.06) AS active,
					pg_temp.at(:firstDay + floor(u.r_time * (:days - 60))::int, 0, u.r_department) AS created
			) x""";

	private static final String WELCOME = """
			INSERT INTO notification (recipient_id, message_key, link, created_at, read_at)
			SELECT id, 'notification.welcome', '/', created_at, CASE WHEN id > 6 THEN created_at + interval '1 hour' END
			FROM app_user WHERE active""";

}
