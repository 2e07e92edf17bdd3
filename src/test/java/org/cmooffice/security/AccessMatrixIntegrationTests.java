package org.cmooffice.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cmooffice.IntegrationTest;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.account.User;
import org.cmooffice.brand.BrandFixtures;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.stakeholder.StakeholderFixtures;
import org.cmooffice.strategy.StrategyFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every route of the application, read from its handler mappings, tried by an anonymous
 * visitor and by each role, against the one declared table {@code access-matrix.txt}. A
 * route missing from the table fails the build, so no route is opened by accident.
 * Records belong to department A; "other-liaison" is a liaison of department B, who must
 * learn nothing about them.
 */
@IntegrationTest
class AccessMatrixIntegrationTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	StrategyFixtures strategies;

	@Autowired
	StakeholderFixtures stakeholders;

	@Autowired
	BrandFixtures brand;

	@Test
	void everyRouteOfTheApplicationHasItsRowAndEveryRowARoute() {
		Set<RouteTable.Route> routes = RouteTable.routesOf(this.mappings);
		Map<RouteTable.Route, RouteTable.Rule> rules = RouteTable.declared();
		Set<RouteTable.Route> missing = new TreeSet<>(routes);
		missing.removeAll(rules.keySet());
		Set<RouteTable.Route> stale = new TreeSet<>(rules.keySet());
		stale.removeAll(routes);
		assertThat(missing)
			.as("routes without a row in access-matrix.txt (a new route is closed until someone decides who may use it):%n%s",
					missing.stream().map(RouteTable.Route::toString).collect(Collectors.joining("\n")))
			.isEmpty();
		assertThat(stale).as("rows of access-matrix.txt for routes the application does not have").isEmpty();
	}

	@Test
	void everyRoleGetsWhatTheTableSaysOnEveryRoute() throws Exception {
		World world = new World();
		List<String> wrong = new ArrayList<>();
		for (RouteTable.Rule rule : RouteTable.declared().values()) {
			if (rule.route().method().equals("ANY")) {
				continue;
			}
			String path = world.path(rule.route().pattern());
			// Refusals first: an allowed POST may change or remove the record the refused
			// ones are tried on.
			List<Map.Entry<String, String>> order = new ArrayList<>(rule.expected().entrySet());
			order.sort((a, b) -> Boolean.compare(a.getValue().equals("ok"), b.getValue().equals("ok")));
			for (Map.Entry<String, String> cell : order) {
				String expected = cell.getValue();
				if (expected.equals("-")) {
					continue;
				}
				MockHttpServletResponse response = perform(rule.route().method(), path, world.who(cell.getKey()));
				String outcome = judge(expected, response, world.secrets());
				if (outcome != null) {
					wrong.add(String.format("%s %s as %s: expected %s, got %s", rule.route().method(), path,
							cell.getKey(), expected, outcome));
				}
			}
		}
		assertThat(wrong).as("routes not answering as access-matrix.txt says:%n%s", String.join("\n", wrong)).isEmpty();
	}

	@Test
	void everyPostIsRefusedWithoutItsCsrfTokenEvenForThoseAllowedToUseIt() throws Exception {
		World world = new World();
		List<String> accepted = new ArrayList<>();
		for (RouteTable.Rule rule : RouteTable.declared().values()) {
			if (!rule.route().method().equals("POST")) {
				continue;
			}
			String allowed = rule.expected()
				.entrySet()
				.stream()
				.filter((cell) -> cell.getValue().equals("ok") && !cell.getKey().equals("anonymous"))
				.map(Map.Entry::getKey)
				.findFirst()
				// A step of signing in no role may use: tried as the visitor midway.
				.orElse("anonymous");
			String path = world.path(rule.route().pattern());
			MockHttpServletRequestBuilder request = post(path).param("version", "0");
			if (world.who(allowed) != null) {
				request.with(user(world.who(allowed)));
			}
			int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
			if (status != 403) {
				accepted.add(path + " as " + allowed + ": " + status);
			}
		}
		assertThat(accepted).as("POSTs accepted without a CSRF token").isEmpty();
	}

	/**
	 * The same protected address written differently must not slip past the URL rules
	 * (CVE-2016-5007 and CVE-2023-20860 were of this kind).
	 */
	@Test
	void anAddressWrittenDifferentlyIsNeverServedToSomeoneRefusedIt() throws Exception {
		CurrentUser liaison = AccountFixtures.signedIn(this.accounts.liaison(this.accounts.department(1_000)));
		List<String> variants = List.of("/admin/users/", "/ADMIN/users", "/admin/Users", "/admin/users;x=1",
				"/admin;x=1/users", "/admin/./users", "/campaigns/../admin/users", "/campaigns/%2e%2e/admin/users",
				"//admin/users", "/admin//users", "/admin%2Fusers", "/admin/users%2F", "/admin/users.json",
				"/admin/audit/", "/analytics/", "/stakeholders/export/", "/brand/draft/");
		for (String variant : variants) {
			MockHttpServletResponse response = this.mvc
				.perform(get(java.net.URI.create("http://localhost" + variant)).with(user(liaison)))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as("%s as a liaison", variant).isIn(400, 403, 404);
		}
	}

	private MockHttpServletResponse perform(String method, String path, CurrentUser who) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request;
		if (method.equals("GET")) {
			request = get(path);
		}
		else if (path.endsWith("/attachments") || path.endsWith("/files") || path.endsWith("/import")) {
			request = multipart(path)
				.file(new MockMultipartFile("file", "memo.txt", "text/plain", "メモ".getBytes(StandardCharsets.UTF_8)))
				.with(csrf());
		}
		else {
			request = post(path).with(csrf()).param("version", "0");
		}
		if (who != null) {
			request = request.with(user(who));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	/** Null when the answer is what the table expects, otherwise what came instead. */
	private static String judge(String expected, MockHttpServletResponse response, List<String> secrets)
			throws Exception {
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		boolean toLogin = location != null && location.endsWith("/login");
		String got = status + ((location != null) ? " → " + location : "");
		return switch (expected) {
			case "ok" -> (status == 401 || status == 403 || status >= 500 || toLogin) ? got : null;
			case "403" -> (status == 403) ? null : got;
			case "login" -> toLogin ? null : got;
			case "hide" -> {
				if (status != 403 && status != 404) {
					yield got;
				}
				String body = response.getContentAsString(StandardCharsets.UTF_8);
				yield secrets.stream()
					.filter(body::contains)
					.findFirst()
					.map((s) -> got + " showing " + s)
					.orElse(null);
			}
			default -> throw new IllegalStateException("unknown outcome " + expected);
		};
	}

	/**
	 * One record of each kind, belonging to department A, and a user for each column.
	 */
	private final class World {

		final Map<String, CurrentUser> users = new LinkedHashMap<>();

		final Map<String, String> ids = new LinkedHashMap<>();

		final List<String> secrets = new ArrayList<>();

		World() throws Exception {
			brand.ensurePublished();
			brand.discardDraft();
			Department a = accounts.department(9_000_000);
			Department b = accounts.department(9_000_000);
			User staff = accounts.user(Role.STAFF);
			this.users.put("liaison", AccountFixtures.signedIn(accounts.liaison(a)));
			this.users.put("staff", AccountFixtures.signedIn(staff));
			this.users.put("cmo", AccountFixtures.signedIn(accounts.user(Role.CMO)));
			this.users.put("analyst", AccountFixtures.signedIn(accounts.user(Role.ANALYST)));
			this.users.put("admin", AccountFixtures.signedIn(accounts.user(Role.ADMIN)));
			this.users.put("other-liaison", AccountFixtures.signedIn(accounts.liaison(b)));

			String planTitle = AccountFixtures.unique("行列試験の計画");
			long plan = PlanDrafts.create(mvc, who("liaison"), planTitle);
			String planPath = "/campaigns/" + plan;
			mvc.perform(
					multipart(planPath + "/attachments")
						.file(new MockMultipartFile("file", "plan.pdf", "application/pdf",
								"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
									.getBytes(StandardCharsets.US_ASCII)))
						.with(csrf())
						.with(user(who("liaison"))));
			this.ids.put("/campaigns/{id}", String.valueOf(plan));
			this.ids.put("{attachmentId}", one("SELECT max(id) FROM campaign_attachment WHERE plan_id = ?", plan));
			this.secrets.add(planTitle);

			String stakeholderName = AccountFixtures.unique("行列試験協会");
			long stakeholder = stakeholders.organisation(stakeholderName, "ギョウレツシケンキョウカイ", 4, 4, staff, a.getId());
			mvc.perform(post("/stakeholders/" + stakeholder + "/engagements").with(csrf())
				.with(user(who("staff")))
				.param("occurredOn", LocalDate.now().toString())
				.param("type", "MEETING")
				.param("summary", "説明した")
				.param("followUpOn", LocalDate.now().plusDays(3).toString())
				.param("followUpAction", "資料送付"));
			this.ids.put("/stakeholders/{id}", String.valueOf(stakeholder));
			this.ids.put("{stakeholderId}", String.valueOf(stakeholder));
			this.ids.put("{engagementId}", one("SELECT max(id) FROM engagement WHERE stakeholder_id = ?", stakeholder));
			this.secrets.add(stakeholderName);

			String incidentTitle = AccountFixtures.unique("行列試験の事案");
			String incidentPath = mvc
				.perform(post("/crisis").with(csrf())
					.with(user(who("staff")))
					.param("title", incidentTitle)
					.param("description", "試験")
					.param("severity", "2")
					.param("ownerId", staff.getId().toString())
					.param("departmentIds", a.getId().toString()))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			assertThat(incidentPath).as("the incident was opened").matches("/crisis/\\d+");
			long incident = Long.parseLong(incidentPath.substring("/crisis/".length()));
			mvc.perform(post(incidentPath + "/statement").with(csrf()).with(user(who("staff"))));
			this.ids.put("/crisis/{id}", String.valueOf(incident));
			this.ids.put("/crisis/statements/{id}",
					one("SELECT max(id) FROM holding_statement WHERE incident_id = ?", incident));
			this.ids.put("/crisis/rumours/{id}", one("SELECT max(id) FROM rumour"));
			this.secrets.add(incidentTitle);

			long strategy = strategies.active(2200 + (int) (System.nanoTime() % 700), "行列試験の戦略");
			this.ids.put("/strategies/{id}", String.valueOf(strategy));
			this.ids.put("{objectiveId}",
					one("SELECT max(id) FROM strategy_objective WHERE strategy_id = ?", strategy));
			this.ids.put("{audienceId}", one("SELECT max(id) FROM target_audience WHERE strategy_id = ?", strategy));

			mvc.perform(post("/brand/draft").with(csrf()).with(user(who("staff"))));
			this.ids.put("/brand/draft/colours/{id}", one(
					"SELECT max(c.id) FROM brand_colour c JOIN brand_edition e ON e.id = c.edition_id WHERE e.status = 'DRAFT'"));
			this.ids.put("/brand/draft/checks/{id}", one(
					"SELECT max(c.id) FROM brand_check_item c JOIN brand_edition e ON e.id = c.edition_id WHERE e.status = 'DRAFT'"));
			this.ids.put("/brand/draft/files/{id}", one("SELECT max(id) FROM brand_asset"));
			this.ids.put("/brand/files/{id}", one("SELECT max(id) FROM brand_asset"));
			this.ids.put("{number}", String.valueOf(brand.latestNumber()));
			this.ids.put("{section}", "LOGO");

			this.ids.put("/notifications/{id}", one("SELECT max(id) FROM notification"));
			this.ids.put("/admin/users/{id}", String.valueOf(accounts.user(Role.ANALYST).getId()));
			this.ids.put("/admin/departments/{id}", String.valueOf(accounts.department(1_000).getId()));
			this.ids.put("/admin/blackouts/{id}", one("SELECT max(id) FROM blackout_period"));
			this.ids.put("{dataset}", "plansByStatus");
		}

		CurrentUser who(String column) {
			return this.users.get(column);
		}

		List<String> secrets() {
			return this.secrets;
		}

		/**
		 * The pattern with its variables filled: by the route's prefix for {id}, by name
		 * for the others.
		 */
		String path(String pattern) {
			Matcher matcher = VARIABLE.matcher(pattern);
			StringBuilder path = new StringBuilder();
			while (matcher.find()) {
				String variable = matcher.group();
				String prefix = pattern.substring(0, matcher.end());
				String value = this.ids.entrySet()
					.stream()
					.filter((id) -> id.getKey().equals(variable) || prefix.endsWith(id.getKey()))
					.map(Map.Entry::getValue)
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("no record for " + variable + " in " + pattern));
				matcher.appendReplacement(path, value);
			}
			matcher.appendTail(path);
			return path.toString();
		}

		private String one(String sql, Object... args) {
			Long id = jdbc.queryForObject(sql, Long.class, args);
			// Where no such record exists yet, an id nobody has: the rule is still tried.
			return String.valueOf((id != null) ? id : 987_654_321L);
		}

	}

}
