package org.cmooffice;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryManagerMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * {@link BufferingApplicationStartup}, as {@link CmoOfficeApplication#main} does. A
 * second line says what the JVM was given (processors, heap, garbage collector).
 */
final class StartupPhases implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(StartupPhases.class);

	/** The beans whose creation is a phase of its own, by the name the log gives it. */
	private static final Map<String, String> PHASE_BEANS = Map.of("localPostgres", "embedded PostgreSQL",
			"flywayInitializer", "Flyway", "entityManagerFactory", "Hibernate");

	private static final int SLOWEST_SHOWN = 5;

	private static final Duration NOT_WORTH_SHOWING = Duration.ofMillis(100);

	/**
	 * Up to how many processors G1 was measured to cost the pages more than the parallel
	 * collector.
	 */
	private static final int FEW_PROCESSORS = 2;

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (event.getApplicationContext().getApplicationStartup() instanceof BufferingApplicationStartup startup) {
			log.info(describe(startup.getBufferedTimeline(), Instant.now()));
		}
		Runtime runtime = Runtime.getRuntime();
		List<String> collectors = ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.map(MemoryManagerMXBean::getName)
			.toList();
		log.info(machine(runtime.availableProcessors(), runtime.maxMemory(), collectors));
		collectorAdvice(runtime.availableProcessors(), collectors).ifPresent(log::warn);
	}

	/**
	 * What the JVM was given: the deployment chooses it (the Dockerfile, the README's
	 * commands), and a start without those options is easier to see here than in the page
	 * times. The heap is as the JVM counts it: the parallel collector leaves one survivor
	 * space out (455 MB for {@code -Xmx512m}).
	 */
	static String machine(int processors, long maxHeapBytes, List<String> collectors) {
		return String.format(java.util.Locale.ROOT, "Running on %d processors, heap up to %d MB, garbage collector %s",
				processors, maxHeapBytes / (1024 * 1024), String.join(" and ", collectors));
	}

	/**
	 * On two cores, G1 (the JVM's default there) cost the office's pages about a fifth
	 * more of the application's CPU than the parallel collector under the load benchmark
	 * (docs/performance.md, sixteenth round), and its pauses under steady load were no
	 * shorter.
	 */
	static Optional<String> collectorAdvice(int processors, List<String> collectors) {
		if (processors <= FEW_PROCESSORS && collectors.stream().anyMatch((name) -> name.startsWith("G1 "))) {
			return Optional.of("G1 on " + processors + " processors: start the JVM with -XX:+UseParallelGC,"
					+ " as the Dockerfile does (docs/performance.md, sixteenth round)");
		}
		return Optional.empty();
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
