package org.cmooffice;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * Says in one log line how long each phase of the start took, so that a slow start can be
 * traced to its cause (the database, the migrations, Hibernate, the demo data) without a
 * profiler. Reads the steps Spring records when the application is started with a
 * {@link BufferingApplicationStartup}, as {@link CmoOfficeApplication#main} does.
 */
final class StartupPhases implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(StartupPhases.class);

	/** The beans whose creation is a phase of its own, by the name the log gives it. */
	private static final Map<String, String> PHASE_BEANS = Map.of("localPostgres", "embedded PostgreSQL",
			"flywayInitializer", "Flyway", "entityManagerFactory", "Hibernate");

	private static final int SLOWEST_SHOWN = 5;

	private static final Duration NOT_WORTH_SHOWING = Duration.ofMillis(100);

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (event.getApplicationContext().getApplicationStartup() instanceof BufferingApplicationStartup startup) {
			log.info(describe(startup.getBufferedTimeline(), Instant.now()));
		}
	}

	static String describe(StartupTimeline timeline, Instant ready) {
		Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
		Instant refreshStart = null;
		Instant refreshEnd = null;
		Duration webServer = Duration.ZERO;
		List<StartupTimeline.TimelineEvent> beans = new ArrayList<>();
		for (StartupTimeline.TimelineEvent event : timeline.getEvents()) {
			String name = event.getStartupStep().getName();
			if (name.equals("spring.context.refresh")) {
				refreshStart = event.getStartTime();
				refreshEnd = event.getEndTime();
			}
			else if (name.equals("spring.boot.webserver.create")) {
				webServer = webServer.plus(event.getDuration());
			}
			else if (name.equals("spring.beans.instantiate") && PHASE_BEANS.containsKey(beanName(event))) {
				beans.add(event);
			}
		}
		if (refreshStart == null) {
			return "Start-up took " + seconds(Duration.between(jvmStart, ready));
		}
		Map<String, Duration> phases = new LinkedHashMap<>();
		phases.put("JVM and preparation", Duration.between(jvmStart, refreshStart));
		Duration named = Duration.ZERO;
		for (StartupTimeline.TimelineEvent bean : beans) {
			// A bean's step includes the beans it caused to be created: count each once.
			Duration own = bean.getDuration();
			for (StartupTimeline.TimelineEvent other : beans) {
				if (other != bean && !other.getStartTime().isBefore(bean.getStartTime())
						&& !other.getEndTime().isAfter(bean.getEndTime())) {
					own = own.minus(other.getDuration());
				}
			}
			phases.merge(PHASE_BEANS.get(beanName(bean)), own, Duration::plus);
			named = named.plus(own);
		}
		phases.put("web server", webServer);
		phases.put("other beans", Duration.between(refreshStart, refreshEnd).minus(named).minus(webServer));
		phases.put("start-up tasks", Duration.between(refreshEnd, ready));
		StringBuilder line = new StringBuilder("Start-up took ").append(seconds(Duration.between(jvmStart, ready)))
			.append(":");
		phases.forEach((phase, took) -> line.append(' ').append(phase).append(' ').append(seconds(took)).append(','));
		line.setLength(line.length() - 1);
		List<String> slowest = slowestOtherBeans(timeline);
		if (!slowest.isEmpty()) {
			line.append("; slowest other beans: ").append(String.join(", ", slowest));
		}
		return line.toString();
	}

	/**
	 * The other beans that took longest by themselves (not counting the beans they caused
	 * to be created), the first place to look when "other beans" grows.
	 */
	private static List<String> slowestOtherBeans(StartupTimeline timeline) {
		Map<Long, Duration> own = new HashMap<>();
		Map<Long, String> names = new HashMap<>();
		for (StartupTimeline.TimelineEvent event : timeline.getEvents()) {
			StartupStep step = event.getStartupStep();
			if (step.getName().equals("spring.beans.instantiate") && !PHASE_BEANS.containsKey(beanName(event))) {
				own.merge(step.getId(), event.getDuration(), Duration::plus);
				names.put(step.getId(), beanName(event));
			}
			if (step.getParentId() != null) {
				own.merge(step.getParentId(), event.getDuration().negated(), Duration::plus);
			}
		}
		return names.keySet()
			.stream()
			.sorted(Comparator.comparing(own::get).reversed())
			.limit(SLOWEST_SHOWN)
			.filter((id) -> own.get(id).compareTo(NOT_WORTH_SHOWING) > 0)
			.map((id) -> names.get(id) + " " + seconds(own.get(id)))
			.toList();
	}

	private static String beanName(StartupTimeline.TimelineEvent event) {
		for (StartupStep.Tag tag : event.getStartupStep().getTags()) {
			if (tag.getKey().equals("beanName")) {
				// A factory bean such as Hibernate's is often created as itself
				// ("&name").
				return tag.getValue().startsWith("&") ? tag.getValue().substring(1) : tag.getValue();
			}
		}
		return "";
	}

	private static String seconds(Duration duration) {
		return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

}
