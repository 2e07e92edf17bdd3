package org.cmooffice;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.cmooffice.security.AuditedPosts;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

@TestConfiguration(proxyBeanMethods = false)
public class TestConfig {

	/** With the application's pool settings (its connection set-up among them). */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	DataSource dataSource() {
		HikariDataSource dataSource = new StatementCount();
		dataSource.setJdbcUrl(TestDatabase.jdbcUrl());
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	/**
	 * The application's other pools (the one for every request's session and header)
	 * count their statements into the same measure.
	 */
	@Bean
	static BeanPostProcessor countStatementsOfEveryPool() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof HikariDataSource pool && !(bean instanceof StatementCount))
						? StatementCount.counting(pool) : bean;
			}
		};
	}

	/** Watches the suite's POSTs for changes that leave no audit event. */
	@Bean
	AuditedPosts auditedPosts(JdbcTemplate jdbc) {
		return new AuditedPosts(jdbc);
	}

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}

}
