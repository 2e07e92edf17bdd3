package org.cmooffice.shared.persistence;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The local profile's database: an embedded PostgreSQL over {@code ./data/pg}. Nothing
 * embedded starts when a database is given ({@code SPRING_DATASOURCE_URL}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseGiven.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	LocalPostgres localPostgres(@Value("${cmo.local-db.directory:data/pg}") Path directory) {
		return LocalPostgres.start(directory);
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(LocalPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.jdbcUrl());
		dataSource.setPoolName("local");
		return dataSource;
	}

	static class NoDatabaseGiven implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().containsProperty("spring.datasource.url");
		}

	}

}
