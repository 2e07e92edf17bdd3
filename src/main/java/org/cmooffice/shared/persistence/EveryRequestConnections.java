package org.cmooffice.shared.persistence;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.util.Assert;

/**
 * A small pool of its own for the statements every request runs: Spring Session's read
 * and write of the request's session, and the header's crisis banner and unread count.
 * <p>
 * Its connections keep PostgreSQL's default planning, one plan for all values once a
 * statement has run a few times. The application's connections plan every statement for
 * its values, which the lists' optional filters need; for these statements, the same
 * whatever the values, planning each run cost more than running it (the session's join
 * three times as long, the banner's query twice). The header's two statements run on
 * their own, outside any transaction, with plain JDBC: through JPA each took a read-only
 * transaction of its own on the pages' pool, two more round trips and the incidents
 * loaded as entities, on every page. The pool also keeps a burst of requests from waiting
 * for the pages' connections to read their sessions.
 */
@Configuration(proxyBeanMethods = false)
class EveryRequestConnections {

	/**
	 * Each use lasts well under a millisecond: the session at the start and at the end of
	 * a request, the header's two statements while the page is made.
	 */
	static final int CONNECTIONS = 4;

	/**
	 * The application's database, connection timeout and credentials, without its
	 * connection set-up.
	 */
	@Bean(defaultCandidate = false)
	@EveryRequest
	@SpringSessionDataSource
	HikariDataSource everyRequestDataSource(DataSource application) {
		Assert.isInstanceOf(HikariConfig.class, application,
				"This pool takes its settings from the application's Hikari pool");
		HikariConfig config = new HikariConfig();
		((HikariConfig) application).copyStateTo(config);
		config.setPoolName("every-request");
		config.setMaximumPoolSize(CONNECTIONS);
		config.setMinimumIdle(CONNECTIONS);
		config.setConnectionInitSql(null);
		return new HikariDataSource(config);
	}

}
