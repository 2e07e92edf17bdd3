package org.cmooffice.perf;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Signed-in users of each role browsing the office's real journeys without think time:
 * lists with filters and sorting, detail pages, search, the stakeholder grid, analytics,
 * home and the audit log. Each virtual user signs in once (as a demo account) and then
 * repeats its journey until the run ends, so the figures are of pages, not of password
 * hashing. Run against a started application (see docs/performance.md).
 */
public class OfficeSimulation extends Simulation {

	private static final String BASE_URL = System.getProperty("perf.baseUrl", "http://localhost:8080");

	private static final int USERS = Integer.getInteger("perf.users", 16);

	private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("perf.duration", 180));

	/**
	 * The journeys first run this long in a group of their own, reported apart: a freshly
	 * started application's compiler works for minutes on its hot paths, and a server
	 * that runs for weeks is measured after that, not during it. On two cores its one
	 * compiler thread for optimised code has a queue of thousands of methods and takes
	 * ten minutes or more to work through it; five minutes in it still took a sixth of
	 * the application's time (docs/performance.md, twelfth round).
	 */
	private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("perf.warmUp", 600));

	private static final String PASSWORD = "demo-password";

	/** Words the demo data's titles and names contain, for search and filters. */
	private static final List<String> WORDS = List.of("広報", "観光", "健康", "防災", "協会", "新聞", "推進", "説明会", "キャンペーン", "大臣");

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("text/html,application/xhtml+xml")
		.acceptLanguageHeader("ja")
		.userAgentHeader("CMO Office load benchmark")
		.disableCaching();

	private static Iterator<Map<String, Object>> words() {
		return Stream
			.generate(() -> Map.<String, Object>of("word", WORDS.get(ThreadLocalRandom.current().nextInt(WORDS.size())),
					"page", ThreadLocalRandom.current().nextInt(3)))
			.iterator();
	}

	private static ChainBuilder signIn(String username) {
		return exec(http("sign-in page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("sign in").post("/login")
				.formParam("username", username)
				.formParam("password", PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200))
				.check(css("#user-menu-button").exists()));
	}

	private static final ChainBuilder HOME = exec(http("home").get("/"));

	/** The sign-in page asked for with a signed-in session, as the yardstick. */
	private static final ChainBuilder LOGIN_PAGE = exec(
			http("login page (signed in)").get("/login").disableFollowRedirect().check(status().in(200, 302)));

	private static final ChainBuilder CAMPAIGNS = exec(http("campaign list").get("/campaigns?page=#{page}"),
			http("campaign list, search and sort").get("/campaigns?q=#{word}&sort=BUDGET"),
			http("campaign list, status filter").get("/campaigns?status=APPROVED&sort=UPDATED")
				.check(regex("href=\"/campaigns/(\\d+)\"").findRandom().optional().saveAs("planId")))
		.doIf((session) -> session.contains("planId"))
		.then(exec(http("campaign plan").get("/campaigns/#{planId}")));

	private static final ChainBuilder STAKEHOLDERS = exec(
			http("stakeholder list, search").get("/stakeholders?q=#{word}"),
			http("stakeholder list, sort").get("/stakeholders?sort=INFLUENCE&page=#{page}")
				.check(regex("href=\"/stakeholders/(\\d+)\"").findRandom().optional().saveAs("stakeholderId")))
		.doIf((session) -> session.contains("stakeholderId"))
		.then(exec(http("stakeholder").get("/stakeholders/#{stakeholderId}")));

	private static final ChainBuilder GRID = exec(http("stakeholder grid").get("/stakeholders/grid"));

	private static final ChainBuilder SEARCH = exec(http("search").get("/search?q=#{word}"));

	private static final ChainBuilder CRISIS = exec(http("crisis list").get("/crisis")
		.check(regex("href=\"/crisis/(\\d+)\"").findRandom().optional().saveAs("incidentId")))
		.doIf((session) -> session.contains("incidentId"))
		.then(exec(http("incident").get("/crisis/#{incidentId}")))
		.exec(http("rumours").get("/crisis/rumours"));

	private static final ChainBuilder ANALYTICS = exec(http("analytics").get("/analytics"));

	private static final ChainBuilder AUDIT = exec(http("audit log").get("/admin/audit"),
			http("audit log, filtered").get("/admin/audit?action=LOGIN_SUCCESS"));

	private static final ChainBuilder USERS_LIST = exec(http("user list").get("/admin/users?q=#{word}"));

	private ScenarioBuilder journey(String name, String username, ChainBuilder pages) {
		ChainBuilder journey = feed(words()).exec(pages).exec(LOGIN_PAGE);
		return scenario(name).exec(signIn(username))
			.group("warm-up")
			.on(during(WARM_UP).on(journey))
			.during(DURATION)
			.on(journey);
	}

	{
		int office = Math.max(1, USERS / 2);
		int liaisons = Math.max(1, USERS * 3 / 16);
		int analysts = Math.max(1, USERS * 3 / 16);
		int admins = Math.max(1, USERS - office - liaisons - analysts);
		List<PopulationBuilder> populations = List.of(
				journey("CMO office staff", "staff",
						exec(HOME, CAMPAIGNS, STAKEHOLDERS, GRID, SEARCH, CRISIS, ANALYTICS))
					.injectOpen(atOnceUsers(office / 2))
					.protocols(this.protocol),
				journey("CMO", "cmo", exec(HOME, CAMPAIGNS, STAKEHOLDERS, CRISIS, AUDIT))
					.injectOpen(atOnceUsers(office - office / 2))
					.protocols(this.protocol),
				journey("Department liaison", "liaison.health", exec(HOME, CAMPAIGNS, STAKEHOLDERS, SEARCH))
					.injectOpen(atOnceUsers(liaisons))
					.protocols(this.protocol),
				journey("Analyst", "analyst", exec(HOME, ANALYTICS, CAMPAIGNS, GRID)).injectOpen(atOnceUsers(analysts))
					.protocols(this.protocol),
				journey("Administrator", "admin", exec(HOME, USERS_LIST, AUDIT)).injectOpen(atOnceUsers(admins))
					.protocols(this.protocol));
		setUp(populations).assertions(global().failedRequests().count().is(0L));
	}

}
