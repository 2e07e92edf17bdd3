package org.cmooffice.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.cmooffice.TestConfig;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.brand.BrandFixtures;
import org.cmooffice.stakeholder.StakeholderFixtures;
import org.cmooffice.strategy.StrategyFixtures;
import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a random port over the shared test PostgreSQL, driven by Debian's
 * headless Chromium. Runs only with {@code mvn verify -Pbrowser}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestConfig.class, AccountFixtures.class, StrategyFixtures.class, BrandFixtures.class,
		StakeholderFixtures.class })
public @interface BrowserTest {

}
