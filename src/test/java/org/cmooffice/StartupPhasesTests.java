package org.cmooffice;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.core.metrics.StartupStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up line names each phase once, with nested beans counted in their own phase
 * only.
 */
class StartupPhasesTests {

	@Test
	void eachPhaseIsNamedWithItsOwnTime() throws InterruptedException {
		BufferingApplicationStartup startup = new BufferingApplicationStartup(100);
		StartupStep refresh = startup.start("spring.context.refresh");
		StartupStep hibernate = startup.start("spring.beans.instantiate").tag("beanName", "entityManagerFactory");
		StartupStep flyway = startup.start("spring.beans.instantiate").tag("beanName", "flywayInitializer");
		Thread.sleep(400);
		flyway.end();
		Thread.sleep(20);
		hibernate.end();
		StartupStep server = startup.start("spring.boot.webserver.create");
		server.end();
		refresh.end();

		String line = StartupPhases.describe(startup.getBufferedTimeline(), Instant.now());

		assertThat(line).startsWith("Start-up took ")
			.contains("JVM and preparation", "web server", "other beans", "start-up tasks")
			.as("Flyway's time is not counted again in Hibernate's, which caused it")
			.containsPattern("Flyway 0\\.[4-9] s")
			.containsPattern("Hibernate 0\\.[0-2] s");
	}

	@Test
	void theSlowestOtherBeansAreNamedWithTheirOwnTime() throws InterruptedException {
		BufferingApplicationStartup startup = new BufferingApplicationStartup(100);
		StartupStep refresh = startup.start("spring.context.refresh");
		StartupStep templates = startup.start("spring.beans.instantiate").tag("beanName", "templateEngine");
		Thread.sleep(150);
		StartupStep messages = startup.start("spring.beans.instantiate").tag("beanName", "messageSource");
		Thread.sleep(300);
		messages.end();
		templates.end();
		StartupStep quick = startup.start("spring.beans.instantiate").tag("beanName", "clock");
		quick.end();
		refresh.end();

		String line = StartupPhases.describe(startup.getBufferedTimeline(), Instant.now());

		assertThat(line).as("the nested bean's time is not counted again in the bean that caused it")
			.containsPattern("slowest other beans: messageSource 0\\.[3-4] s, templateEngine 0\\.[1-2] s$")
			.as("beans that took next to nothing are left out")
			.doesNotContain("clock");
	}

	@Test
	void theLogSaysWhatTheJvmWasGiven() {
		assertThat(StartupPhases.machine(2, 512L * 1024 * 1024, List.of("PS Scavenge", "PS MarkSweep")))
			.isEqualTo("Running on 2 processors, heap up to 512 MB, garbage collector PS Scavenge and PS MarkSweep");
	}

	@Test
	void g1OnTwoCoresIsPointedOutAndTheParallelCollectorIsNot() {
		assertThat(StartupPhases.collectorAdvice(2, List.of("G1 Young Generation", "G1 Old Generation")))
			.hasValueSatisfying((advice) -> assertThat(advice).contains("-XX:+UseParallelGC"));
		assertThat(StartupPhases.collectorAdvice(2, List.of("PS Scavenge", "PS MarkSweep"))).isEmpty();
		assertThat(StartupPhases.collectorAdvice(8, List.of("G1 Young Generation", "G1 Old Generation")))
			.as("G1 was measured against the parallel collector on two cores only")
			.isEmpty();
	}

}
