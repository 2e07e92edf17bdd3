package org.cmooffice.shared.security;

import javax.sql.DataSource;

import org.cmooffice.shared.persistence.EveryRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

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
 * Every request reads its session twice and writes its last access once, on the
 * connections of {@link EveryRequest}, which keep PostgreSQL's default planning.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	private static final String SESSIONS_OF_USER = """
			SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL,
			       SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
			FROM %TABLE_NAME% S
			LEFT JOIN %TABLE_NAME%_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
			WHERE S.PRINCIPAL_NAME = ?
			ORDER BY S.PRIMARY_ID
			""";

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
