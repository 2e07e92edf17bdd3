package org.cmooffice.security;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after every other test class (see {@code junit-platform.properties}): each route
 * the access matrix marks {@code audit} that some test used successfully must have left
 * an audit event every time. Routes no test used successfully are listed, so a new route
 * without a test shows up here too.
 */
@Order(Integer.MAX_VALUE)
class AuditCompletenessTests {

	@Test
	void everyChangeMadeThroughAnAuditedRouteLeftAnAuditEvent() {
		Set<String> audited = RouteTable.declared()
			.values()
			.stream()
			.filter(RouteTable.Rule::audited)
			.map((rule) -> rule.route().toString())
			.collect(Collectors.toCollection(TreeSet::new));
		// A route may succeed without a change now and then (a second click on "start a
		// draft" opens the one there is); one that never writes an event forgot to.
		Set<String> silent = new TreeSet<>(AuditedPosts.SILENT.keySet());
		silent.retainAll(audited);
		silent.removeAll(AuditedPosts.AUDITED);
		assertThat(silent)
			.as("routes that change records and never wrote an audit event (an address seen): %s", AuditedPosts.SILENT)
			.isEmpty();

		Set<String> untried = new TreeSet<>(audited);
		untried.removeAll(AuditedPosts.SUCCEEDED);
		untried.removeAll(AuditedPosts.AUDITED);
		assertThat(AuditedPosts.SUCCEEDED).as("the suite made changes through the audited routes").isNotEmpty();
		assertThat(untried).as("audited routes no test used successfully:%n%s", String.join("\n", untried)).isEmpty();
	}

}
