package org.cmooffice;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestConfig {

	@Bean
	DataSource dataSource() {
		HikariDataSource dataSource = new StatementCount();
		dataSource.setJdbcUrl(TestDatabase.jdbcUrl());
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}

}
