package org.cmooffice.shared.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.cmooffice.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's sessions are read whole even when PostgreSQL returns their attribute rows
 * interleaved, as it does with a hash join once the session tables are large (found on
 * the large office: a sign-in failed with a duplicate key); two requests of one session
 * may add the same attribute at once (found under load: the second answered 500). A
 * request's write of its session's last access adds no index entries (V33).
 */
@IntegrationTest
class SessionStoreIntegrationTests {

	private static final String USER = "hash.join.user";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcIndexedSessionRepository applicationSessions;

	@Autowired
	@SpringSessionDataSource
	DataSource sessionData;

	@Test
	void theApplicationsSessionStoreReadsAUsersSessionsInOrder() {
		assertThat((String) ReflectionTestUtils.getField(this.applicationSessions, "listSessionsByPrincipalNameQuery"))
			.contains("ORDER BY S.PRIMARY_ID");
	}

	@Test
	void twoRequestsOfOneSessionMayAddTheSameAttribute() {
		addTheSameAttributeTwice(this.applicationSessions);
	}

	private static <S extends Session> void addTheSameAttributeTwice(SessionRepository<S> sessions) {
		S session = sessions.createSession();
		sessions.save(session);
		try {
			// Each request reads the session before either has written the new attribute.
			S first = sessions.findById(session.getId());
			S second = sessions.findById(session.getId());
			first.setAttribute("cmo.token", "from the first tab");
			second.setAttribute("cmo.token", "from the second tab");

			sessions.save(first);
			sessions.save(second);

			assertThat((String) sessions.findById(session.getId()).getAttribute("cmo.token"))
				.isEqualTo("from the second tab");
		}
		finally {
			sessions.deleteById(session.getId());
		}
	}

	/**
	 * The store's write of a request's last access, counted by PostgreSQL within one
	 * transaction: the store writes in transactions of its own, so its statement is run
	 * here as it runs it.
	 */
	@Test
	void aRequestsWriteOfItsSessionChangesTheRowWhereItIs() {
		Session session = signedIn(this.applicationSessions, "Edge, Windows");
		try {
			JdbcTemplate jdbc = new JdbcTemplate(this.sessionData);
			String primaryId = jdbc.queryForObject("select primary_id from spring_session where session_id = ?",
					String.class, session.getId());
			String update = (String) ReflectionTestUtils.getField(this.applicationSessions, "updateSessionQuery");
			long now = System.currentTimeMillis();
			Map<String, Object> updates = new TransactionTemplate(new DataSourceTransactionManager(this.sessionData))
				.execute((status) -> {
					jdbc.update(update, session.getId(), now, 1800, now + 1_800_000, USER, primaryId);
					return jdbc
						.queryForMap("select pg_stat_get_xact_tuples_updated('spring_session'::regclass) as updated,"
								+ " pg_stat_get_xact_tuples_hot_updated('spring_session'::regclass) as hot");
				});

			assertThat(updates).containsEntry("updated", 1L).containsEntry("hot", 1L);
		}
		finally {
			this.applicationSessions.deleteById(session.getId());
		}
	}

	@Test
	void eachSessionOfAUserComesBackWithAllItsAttributes() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			JdbcIndexedSessionRepository sessions = sessionsReadByHashJoin(connection);
			try {
				signInTwiceAndReadBack(sessions);
			}
			finally {
				sessions.findByPrincipalName(USER).keySet().forEach(sessions::deleteById);
				try (Statement statement = connection.createStatement()) {
					statement.execute("reset enable_nestloop; reset enable_mergejoin; reset enable_indexscan");
				}
			}
		}
	}

	private static <S extends Session> void signInTwiceAndReadBack(FindByIndexNameSessionRepository<S> sessions) {
		S office = signedIn(sessions, "Edge, Windows");
		S home = signedIn(sessions, "Firefox, Linux");
		// Written after the other session's rows, so that a scan of the attribute table
		// meets this session's rows on both sides of the other's.
		office.setAttribute("cmo.browser", "Edge, Windows 11");
		sessions.save(office);

		Map<String, S> found = sessions.findByPrincipalName(USER);

		assertThat(found).containsOnlyKeys(office.getId(), home.getId());
		assertThat(found.get(office.getId()).getAttributeNames()).contains("cmo.browser", "cmo.signedInFrom",
				FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME);
		assertThat((String) found.get(office.getId()).getAttribute("cmo.browser")).isEqualTo("Edge, Windows 11");
		assertThat(found.get(home.getId()).getAttributeNames()).contains("cmo.browser", "cmo.signedInFrom");
	}

	/** The application's session store on one connection planned as on a large table. */
	private static JdbcIndexedSessionRepository sessionsReadByHashJoin(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("set enable_nestloop = off; set enable_mergejoin = off; set enable_indexscan = off");
		}
		SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);
		JdbcIndexedSessionRepository sessions = new JdbcIndexedSessionRepository(new JdbcTemplate(single),
				new TransactionTemplate(new DataSourceTransactionManager(single)));
		new SessionStoreConfiguration().sessionsOfUserInOrder().customize(sessions);
		return sessions;
	}

	private static <S extends Session> S signedIn(FindByIndexNameSessionRepository<S> sessions, String browser) {
		S session = sessions.createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, USER);
		session.setAttribute("cmo.signedInFrom", "192.0.2.10");
		session.setAttribute("cmo.browser", browser);
		sessions.save(session);
		return session;
	}

}
