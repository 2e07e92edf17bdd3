package org.cmooffice;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.cmooffice.account.AccountFixtures;
import org.cmooffice.brand.BrandFixtures;
import org.cmooffice.stakeholder.StakeholderFixtures;
import org.cmooffice.strategy.StrategyFixtures;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application over the shared test PostgreSQL, driven through MockMvc with the
 * real security configuration. Every test class uses this one set-up, so the application
 * context is built once for the whole suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestConfig.class, AccountFixtures.class, StrategyFixtures.class, BrandFixtures.class,
		StakeholderFixtures.class })
public @interface IntegrationTest {

}
