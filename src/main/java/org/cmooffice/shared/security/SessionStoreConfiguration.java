package org.cmooffice.shared.security;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.Assert;

/**
 * Spring Session's query for a user's sessions joins each session to its attributes in no
 * particular order, while its reader takes a new row of another session for the start of
 * a new session. Once the session tables are large, PostgreSQL answers with a hash join
 * and the rows of one session arrive apart: the session is then read as several, each
 * with some of its attributes, and only the last is kept. The session limit then missed
 * the mark of an already ended session and inserted it again, which failed the sign-in,
 * and the sessions page lost the browser's description. Ordering by session keeps each
 * session's rows together.
 * <p>
 * Two requests of one browser at the same time (two tabs, a page and its partial) may
 * both give the session an attribute it did not have, the first form's security token for
 * one; the second insert then broke the page with a duplicate key. PostgreSQL's upsert
 * lets the later one win.
 * <p>
 * Every request reads its session twice and writes its last access once. Those three
 * statements run on a small pool of their own, whose connections keep PostgreSQL's
 * default planning: the application's connections plan every statement for its values
 * (the lists' optional filters need it), which for the session's join took three times as
 * long as running it, about 0.4 ms of PostgreSQL's time on every request. The pool also
 * keeps a burst of requests from waiting for the pages' connections to read their
 * sessions.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/**
	 * Each use lasts well under a millisecond, at the start and at the end of a request.
	 */
	static final int SESSION_CONNECTIONS = 4;

	private static final String SESSIONS_OF_USER = """
			SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL,
			       SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
			FROM %TABLE_NAME% S
			LEFT JOIN %TABLE_NAME%_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
			WHERE S.PRINCIPAL_NAME = ?
			ORDER BY S.PRIMARY_ID
			""";

	/**
	 * The application's database, connection timeout and credentials, without its
	 * connection set-up.
	 */
	@Bean(defaultCandidate = false)
	@SpringSessionDataSource
	HikariDataSource sessionDataSource(DataSource application) {
		Assert.isInstanceOf(HikariConfig.class, application,
				"Sessions take their pool's settings from the application's Hikari pool");
		HikariConfig config = new HikariConfig();
		((HikariConfig) application).copyStateTo(config);
		config.setPoolName("sessions");
		config.setMaximumPoolSize(SESSION_CONNECTIONS);
		config.setMinimumIdle(SESSION_CONNECTIONS);
		config.setConnectionInitSql(null);
		return new HikariDataSource(config);
	}

	@Bean(defaultCandidate = false)
	@SpringSessionTransactionManager
	PlatformTransactionManager sessionTransactions(@SpringSessionDataSource DataSource sessions) {
		return new JdbcTransactionManager(sessions);
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionsOfUserInOrder() {
		return (repository) -> repository.setListSessionsByPrincipalNameQuery(SESSIONS_OF_USER);
	}

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer attributesAddedByConcurrentRequests() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
