package org.cmooffice.stakeholder;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.cmooffice.IntegrationTest;
import org.cmooffice.SelectedOptions;
import org.cmooffice.StatementCount;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.account.User;
import org.cmooffice.shared.FiscalYear;
import org.cmooffice.shared.persistence.KeptCountsCompaction;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.shared.web.Flash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The register through its pages: who reads and writes what, masking for analysts,
 * Japanese search, the grid, engagements and follow-ups, anonymising, and the CSV files.
 */
@IntegrationTest
class StakeholderRegisterIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	StakeholderFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KeptCountsCompaction compaction;

	User staffUser;

	CurrentUser staff;

	CurrentUser cmo;

	CurrentUser analyst;

	CurrentUser liaison;

	CurrentUser otherLiaison;

	CurrentUser admin;

	Department department;

	String tag;

	@BeforeEach
	void office() {
		this.department = this.accounts.department(1_000_000);
		this.staffUser = this.accounts.user(Role.STAFF);
		this.staff = AccountFixtures.signedIn(this.staffUser);
		this.cmo = AccountFixtures.signedIn(this.accounts.user(Role.CMO));
		this.analyst = AccountFixtures.signedIn(this.accounts.user(Role.ANALYST));
		this.liaison = AccountFixtures.signedIn(this.accounts.liaison(this.department));
		this.otherLiaison = AccountFixtures.signedIn(this.accounts.liaison(this.accounts.department(1_000_000)));
		this.admin = AccountFixtures.signedIn(this.accounts.user(Role.ADMIN));
		this.tag = AccountFixtures.unique("t");
	}

	@Test
	void eachRoleGetsWhatItMayAndNothingElse() throws Exception {
		long shared = this.fixtures.person("共有 太郎", "キョウユウ タロウ", "kyoyu@example.jp", "090-1111-2222", this.staffUser,
				LocalDate.now().plusYears(1), this.department.getId());
		long other = this.fixtures.person("非共有 花子", "ヒキョウユウ ハナコ", "hi@example.jp", "090-3333-4444", this.staffUser,
				LocalDate.now().plusYears(1));
		String version = version(shared);

		for (CurrentUser office : List.of(this.staff, this.cmo)) {
			for (String path : List.of("/stakeholders", "/stakeholders/grid", "/stakeholders/new",
					"/stakeholders/" + other, "/stakeholders/" + other + "/edit", "/stakeholders/import",
					"/stakeholders/retention", "/stakeholders/follow-ups", "/stakeholders/export",
					"/stakeholders/" + other + "/disclosure", "/stakeholders/" + other + "/engagements/new")) {
				assertThat(status(office, get(path))).as(path).isEqualTo(200);
			}
		}
		// A liaison: the shared record and its engagements, nothing else.
		assertThat(status(this.liaison, get("/stakeholders/" + shared))).isEqualTo(200);
		assertThat(status(this.liaison, get("/stakeholders/" + other))).isEqualTo(403);
		assertThat(status(this.otherLiaison, get("/stakeholders/" + shared))).isEqualTo(403);
		assertThat(status(this.liaison, get("/stakeholders/" + shared + "/engagements/new"))).isEqualTo(200);
		assertThat(status(this.liaison, get("/stakeholders/" + other + "/engagements/new"))).isEqualTo(403);
		assertThat(status(this.otherLiaison, get("/stakeholders/" + shared + "/engagements/new"))).isEqualTo(403);
		assertThat(status(this.otherLiaison, post("/stakeholders/" + shared + "/engagements"), "occurredOn",
				LocalDate.now().toString(), "type", "MEETING", "summary", "x"))
			.isEqualTo(403);
		for (String path : List.of("/stakeholders/new", "/stakeholders/" + shared + "/edit", "/stakeholders/import",
				"/stakeholders/retention", "/stakeholders/export", "/stakeholders/" + shared + "/disclosure",
				"/stakeholders/" + shared + "/disclosure.csv", "/stakeholders/import/template.csv")) {
			assertThat(status(this.liaison, get(path))).as(path).isEqualTo(403);
		}
		assertThat(status(this.liaison, post("/stakeholders/" + shared), "version", version, "name", "改ざん"))
			.isEqualTo(403);
		assertThat(status(this.liaison, post("/stakeholders/" + shared + "/anonymise"), "version", version))
			.isEqualTo(403);
		// An analyst reads everything, writes nothing.
		assertThat(status(this.analyst, get("/stakeholders/" + other))).isEqualTo(200);
		assertThat(status(this.analyst, get("/stakeholders/export"))).isEqualTo(200);
		assertThat(status(this.analyst, get("/stakeholders/new"))).isEqualTo(403);
		assertThat(status(this.analyst, get("/stakeholders/follow-ups"))).isEqualTo(403);
		assertThat(status(this.analyst, get("/stakeholders/" + other + "/engagements/new"))).isEqualTo(403);
		assertThat(status(this.analyst, post("/stakeholders/" + other + "/engagements"), "occurredOn",
				LocalDate.now().toString(), "type", "MEETING", "summary", "x"))
			.isEqualTo(403);
		assertThat(status(this.analyst, post("/stakeholders/" + other + "/anonymise"), "version", version(other)))
			.isEqualTo(403);
		// An administrator has no business here.
		for (String path : List.of("/stakeholders", "/stakeholders/grid", "/stakeholders/" + other,
				"/stakeholders/export", "/stakeholders/" + other + "/engagements/new")) {
			assertThat(status(this.admin, get(path))).as(path).isEqualTo(403);
		}
		assertThat(version(shared)).isEqualTo(version);
	}

	@Test
	void staffRegistersAPersonAndTwoEditsOfOneVersionConflict() throws Exception {
		long organisation = this.fixtures.organisation("登録テスト協会" + this.tag, "トウロクテストキョウカイ", 3, 3, this.staffUser);
		String[] fields = { "kind", "PERSON", "category", "INDUSTRY_BODY", "name", "登録 花子" + this.tag, "nameKana",
				"not kana", "organisationName", "登録テスト協会" + this.tag, "influence", "3", "interest", "4", "stance",
				"SUPPORTIVE", "ownerId", String.valueOf(this.staffUser.getId()), "departmentIds",
				String.valueOf(this.department.getId()), "tags", "協会、広報", "purposeOfUse", "広報連絡のため", "dataSource", "名刺",
				"retentionDate", LocalDate.now().plusYears(2).toString() };
		long before = count();

		MvcResult refused = perform(this.staff, post("/stakeholders"), fields);
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString()).contains("nameKana-error");
		assertThat(count()).isEqualTo(before);

		fields[7] = "トウロク ハナコ";
		MvcResult created = perform(this.staff, post("/stakeholders"), fields);
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).matches("/stakeholders/\\d+");
		long id = Long.parseLong(location.substring("/stakeholders/".length()));
		assertThat(this.jdbc.queryForObject("select organisation_id from stakeholder where id = ?", Long.class, id))
			.isEqualTo(organisation);
		assertThat(page(this.liaison, location)).contains("登録 花子" + this.tag, "協会", "広報");

		String version = version(id);
		String[] edit = java.util.Arrays.copyOf(fields, fields.length + 2);
		edit[fields.length] = "version";
		edit[fields.length + 1] = version;
		edit[5] = "登録 花子（改）" + this.tag;
		assertThat(perform(this.staff, post(location), edit).getResponse().getRedirectedUrl()).isEqualTo(location);
		edit[5] = "古い画面から" + this.tag;
		assertThat(perform(this.cmo, post(location), edit).getResponse().getStatus()).isEqualTo(409);
		assertThat(this.jdbc.queryForObject("select name from stakeholder where id = ?", String.class, id))
			.isEqualTo("登録 花子（改）" + this.tag);
	}

	@Test
	void analystsNeverSeeContactDataInPagesOrExports() throws Exception {
		long id = this.fixtures.person("連絡 先子", "レンラク サキコ", "sakiko@press.example.jp", "090-5555-6666", this.staffUser,
				LocalDate.now().plusYears(1), this.department.getId());

		String page = page(this.analyst, "/stakeholders/" + id);
		String list = page(this.analyst, "/stakeholders?q=レンラク");
		String export = page(this.analyst, "/stakeholders/export?q=レンラク");

		for (String content : List.of(page, list, export)) {
			assertThat(content).doesNotContain("sakiko@press.example.jp", "090-5555-6666", "東京都千代田区1-1", "取材対応のため",
					"取材時のメモ");
		}
		assertThat(list).contains("連絡 先子");
		assertThat(export).contains("連絡 先子");
		assertThat(page(this.staff, "/stakeholders/" + id)).contains("sakiko@press.example.jp");
		assertThat(page(this.liaison, "/stakeholders/" + id)).contains("sakiko@press.example.jp");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'STAKEHOLDERS_EXPORTED'"
				+ " and actor = ? and summary like '%masked%'", Long.class, this.analyst.getUsername()))
			.isOne();
	}

	@Test
	void japaneseTextIsFoundByPartOfANameKanaInEitherScriptOrATag() throws Exception {
		String name = "厚生労働省" + this.tag;
		this.fixtures.organisation(name, "コウセイロウドウショウ", 5, 5, this.staffUser);

		assertThat(page(this.staff, "/stakeholders?q=厚生")).contains(name);
		assertThat(page(this.staff, "/stakeholders?q=こうせい")).contains(name);
		assertThat(page(this.staff, "/stakeholders?q=ｺｳｾｲ")).contains(name);
		assertThat(page(this.staff, "/stakeholders?q=" + this.tag.toUpperCase())).contains(name);
		assertThat(page(this.staff, "/stakeholders?q=%25")).doesNotContain(name);
	}

	@Test
	void theListFiltersByOwnerAmongActiveStaffOnly() throws Exception {
		User otherStaff = this.accounts.user(Role.STAFF);
		User liaisonUser = this.accounts.liaison(this.department);
		this.fixtures.organisation("担当別協会" + this.tag, "タントウベツキョウカイ", 3, 3, this.staffUser);
		this.fixtures.organisation("担当別財団" + this.tag, "タントウベツザイダン", 3, 3, otherStaff);

		String list = page(this.staff, "/stakeholders?q=" + this.tag + "&ownerId=" + otherStaff.getId());

		assertThat(list).contains("<option value=\"" + this.staffUser.getId() + "\">" + this.staffUser.getDisplayName(),
				"<option value=\"" + otherStaff.getId() + "\" selected=\"selected\">" + otherStaff.getDisplayName());
		assertThat(list).doesNotContain(">" + liaisonUser.getDisplayName() + "<");
		assertThat(list).contains("担当別財団" + this.tag).doesNotContain("担当別協会" + this.tag);
		// The grid has no owner filter, so it offers no owners.
		assertThat(page(this.staff, "/stakeholders/grid")).doesNotContain("name=\"ownerId\"",
				otherStaff.getDisplayName());
	}

	@Test
	void theFiltersAndTheEngagementFormShowWhatWasChosen() throws Exception {
		User otherStaff = this.accounts.user(Role.STAFF);
		String list = page(this.staff,
				"/stakeholders?category=MEDIA&quadrant=KEEP_INFORMED&stance=OPPOSED&departmentId="
						+ this.department.getId() + "&ownerId=" + otherStaff.getId() + "&sort=INFLUENCE");
		assertThat(SelectedOptions.of(list, "category")).containsExactly("MEDIA");
		assertThat(SelectedOptions.of(list, "quadrant")).containsExactly("KEEP_INFORMED");
		assertThat(SelectedOptions.of(list, "stance")).containsExactly("OPPOSED");
		assertThat(SelectedOptions.of(list, "departmentId")).containsExactly(String.valueOf(this.department.getId()));
		assertThat(SelectedOptions.of(list, "ownerId")).containsExactly(String.valueOf(otherStaff.getId()));
		assertThat(SelectedOptions.of(list, "sort")).containsExactly("INFLUENCE");
		String unfiltered = page(this.staff, "/stakeholders");
		for (String select : List.of("category", "quadrant", "stance", "departmentId", "ownerId")) {
			assertThat(SelectedOptions.of(unfiltered, select)).as(select).isEmpty();
		}
		assertThat(SelectedOptions.of(unfiltered, "sort")).containsExactly("KANA");
		// The grid keeps its filters too.
		assertThat(SelectedOptions.of(page(this.staff, "/stakeholders/grid?category=NPO"), "category"))
			.containsExactly("NPO");

		// A form sent back with an error keeps the plan chosen, and marks only what is
		// wrong.
		long id = this.fixtures.person("計画 次郎", "ケイカク ジロウ", "keikaku@example.jp", "090-0000-0002", this.staffUser,
				LocalDate.now().plusYears(1), this.department.getId());
		long plan = this.jdbc.queryForObject("""
				insert into campaign_plan (department_id, title, objective, start_date, end_date, fiscal_year, status,
				                           total_budget_jpy, created_at, created_by, modified_at, modified_by)
				values (?, ?, '認知の向上', current_date, current_date + 30, ?, 'SUBMITTED', 100000, now(), 'test',
				        now(), 'test') returning id""", Long.class, this.department.getId(), "連携計画" + this.tag,
				FiscalYear.current(Clock.system(ZoneId.of("Asia/Tokyo"))).year());
		long foreign = this.jdbc.queryForObject("""
				insert into campaign_plan (department_id, title, objective, start_date, end_date, fiscal_year, status,
				                           total_budget_jpy, created_at, created_by, modified_at, modified_by)
				values (?, ?, '認知の向上', current_date, current_date + 30, ?, 'APPROVED', 100000, now(), 'test',
				        now(), 'test') returning id""", Long.class, this.otherLiaison.departmentId(),
				"他部局計画" + this.tag, FiscalYear.current(Clock.system(ZoneId.of("Asia/Tokyo"))).year());
		// The plans are offered on the form's own page, not on every view of the
		// stakeholder, and to a liaison only their own department's.
		assertThat(page(this.liaison, "/stakeholders/" + id)).doesNotContain("campaignPlanId")
			.contains("href=\"/stakeholders/" + id + "/engagements/new\"");
		assertThat(page(this.analyst, "/stakeholders/" + id)).doesNotContain("/engagements/new");
		String empty = page(this.liaison, "/stakeholders/" + id + "/engagements/new");
		assertThat(SelectedOptions.of(empty, "type")).containsExactly("MEETING");
		assertThat(SelectedOptions.of(empty, "campaignPlanId")).isEmpty();
		assertThat(empty).contains("value=\"" + plan + "\"").doesNotContain("value=\"" + foreign + "\"");
		MvcResult blank = perform(this.liaison, post("/stakeholders/" + id + "/engagements"), "occurredOn",
				LocalDate.now().toString(), "type", "CALL", "summary", "", "campaignPlanId", String.valueOf(plan));
		String form = blank.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("summary-error");
		assertThat(SelectedOptions.of(form, "campaignPlanId")).containsExactly(String.valueOf(plan));
		assertThat(SelectedOptions.of(form, "type")).containsExactly("CALL");
		assertThat(SelectedOptions.tag(form, "campaignPlanId")).doesNotContain("is-invalid", "aria-describedby");
		MvcResult foreignPlan = perform(this.liaison, post("/stakeholders/" + id + "/engagements"), "occurredOn",
				LocalDate.now().toString(), "type", "CALL", "summary", "他部局の計画", "campaignPlanId", "999999999");
		assertThat(SelectedOptions.tag(foreignPlan.getResponse().getContentAsString(StandardCharsets.UTF_8),
				"campaignPlanId"))
			.contains("is-invalid", "aria-describedby=\"campaignPlanId-error\"");
		assertThat(this.jdbc.queryForObject("select count(*) from engagement where stakeholder_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void theGridCountsEachQuadrantAndAlsoSaysItInATable() throws Exception {
		Long scope = this.accounts.department(1_000_000).getId();
		this.fixtures.organisation("高高" + this.tag, "タカタカ", 5, 5, this.staffUser, scope);
		this.fixtures.organisation("高高二" + this.tag, "タカタカニ", 3, 3, this.staffUser, scope);
		this.fixtures.organisation("高低" + this.tag, "タカヒク", 4, 1, this.staffUser, scope);
		this.fixtures.organisation("低高" + this.tag, "ヒクタカ", 2, 4, this.staffUser, scope);

		String grid = page(this.staff, "/stakeholders/grid?departmentId=" + scope + "&lang=en");

		assertThat(grid).contains("Manage closely (2)", "Keep satisfied (1)", "Keep informed (1)", "Monitor (0)");
		assertThat(grid).contains("2 stakeholders in Manage closely");
	}

	/**
	 * The whole register's grid reads counts kept by triggers, not the register: they
	 * follow every way stakeholders are added, moved and removed, and stay the same once
	 * folded.
	 */
	@Test
	void theWholeRegistersGridCountsFollowEveryChange() throws Exception {
		long manageClosely = quadrantCount("influence >= 3 and interest >= 3");
		assertThat(page(this.staff, "/stakeholders/grid?lang=en"))
			.contains("Manage closely (%,d)".formatted(manageClosely));

		long first = this.fixtures.organisation("全体高" + this.tag, "ゼンタイタカ", 5, 4, this.staffUser);
		long second = this.fixtures.organisation("全体低" + this.tag, "ゼンタイヒク", 1, 1, this.staffUser);
		importCsv(header()
				+ row("ORGANISATION", "MEDIA", "全体取込" + this.tag, "ゼンタイトリコミ", "", "", this.staffUser.getUsername(), ""),
				StandardCharsets.UTF_8);
		assertThat(page(this.staff, "/stakeholders/grid?lang=en"))
			.contains("Manage closely (%,d)".formatted(manageClosely + 2));

		this.jdbc.update("update stakeholder set influence = 4, interest = 5 where id = ?", second);
		this.jdbc.update("update stakeholder set stance = 'SUPPORTIVE' where id = ?", second);
		this.jdbc.update("delete from stakeholder where id = ?", first);
		assertThat(page(this.staff, "/stakeholders/grid?lang=en"))
			.contains("Manage closely (%,d)".formatted(manageClosely + 2));
		assertThat(keptCounts()).isEqualTo(liveCounts());

		this.compaction.compact();

		assertThat(keptCounts()).isEqualTo(liveCounts());
		assertThat(this.jdbc.queryForObject("select count(*) from stakeholder_level_count", Long.class))
			.isLessThanOrEqualTo(25);
		assertThat(page(this.analyst, "/analytics/stakeholdersByQuadrant.csv?lang=en"))
			.contains("Manage closely," + (manageClosely + 2));
	}

	private long quadrantCount(String condition) {
		return this.jdbc.queryForObject("select count(*) from stakeholder where " + condition, Long.class);
	}

	private List<String> keptCounts() {
		return this.jdbc.queryForList("""
				select influence || '/' || interest || '=' || sum(stakeholders) from stakeholder_level_count
				group by influence, interest having sum(stakeholders) > 0 order by influence, interest""",
				String.class);
	}

	private List<String> liveCounts() {
		return this.jdbc.queryForList("""
				select influence || '/' || interest || '=' || count(*) from stakeholder
				group by influence, interest order by influence, interest""", String.class);
	}

	@Test
	void anEngagementLinkedToAPlanWithAFollowUpShowsOnTheHomePage() throws Exception {
		long id = this.fixtures.person("面会 太郎", "メンカイ タロウ", "menkai@example.jp", "090-0000-0001", this.staffUser,
				LocalDate.now().plusYears(1), this.department.getId());

		MvcResult logged = perform(this.liaison, post("/stakeholders/" + id + "/engagements"), "occurredOn",
				LocalDate.now().minusDays(1).toString(), "type", "MEETING", "summary", "キャンペーンの説明", "followUpOn",
				LocalDate.now().plusDays(2).toString(), "followUpAction", "資料を送付する" + this.tag);
		assertThat(logged.getResponse().getRedirectedUrl()).isEqualTo("/stakeholders/" + id + "#engagements");
		assertThat(version(id)).as("logging is not an edit of the record").isEqualTo("0");

		assertThat(page(this.liaison, "/")).contains("資料を送付する" + this.tag);
		assertThat(page(this.otherLiaison, "/")).doesNotContain("資料を送付する" + this.tag);
		assertThat(page(this.liaison, "/stakeholders?q=メンカイ"))
			.contains(java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日").format(LocalDate.now().minusDays(1)));

		MvcResult future = perform(this.liaison, post("/stakeholders/" + id + "/engagements"), "occurredOn",
				LocalDate.now().plusDays(3).toString(), "type", "MEETING", "summary", "未来");
		assertThat(future.getResponse().getStatus()).isEqualTo(200);
		assertThat(future.getResponse().getContentAsString()).contains("occurredOn-error");
		MvcResult foreignPlan = perform(this.liaison, post("/stakeholders/" + id + "/engagements"), "occurredOn",
				LocalDate.now().toString(), "type", "CALL", "summary", "他部局の計画", "campaignPlanId", "999999999");
		assertThat(foreignPlan.getResponse().getContentAsString()).contains("campaignPlanId-error");
		assertThat(this.jdbc.queryForObject("select count(*) from engagement where stakeholder_id = ?", Long.class, id))
			.isOne();
	}

	@Test
	void aLiaisonsHomeListsFollowUpsOnlyOnStakeholdersStillSharedWithTheDepartmentEachOnce() throws Exception {
		long sharedTwice = this.fixtures.person("二重 共有", "ニジュウ キョウユウ", "nijuu@example.jp", "090-0000-0002",
				this.staffUser, LocalDate.now().plusYears(1), this.department.getId(),
				this.accounts.department(1_000_000).getId());
		long unshared = this.fixtures.person("共有 解除", "キョウユウ カイジョ", "kaijo@example.jp", "090-0000-0003", this.staffUser,
				LocalDate.now().plusYears(1), this.department.getId());
		for (long id : List.of(sharedTwice, unshared)) {
			perform(this.liaison, post("/stakeholders/" + id + "/engagements"), "occurredOn",
					LocalDate.now().toString(), "type", "CALL", "summary", "電話", "followUpOn",
					LocalDate.now().plusDays(1).toString(), "followUpAction", "折り返す" + id + this.tag);
		}
		this.jdbc.update("delete from stakeholder_department where stakeholder_id = ?", unshared);

		String home = page(this.liaison, "/");
		assertThat(home.split("折り返す" + sharedTwice + this.tag, -1)).as("listed once").hasSize(2);
		assertThat(home).doesNotContain("折り返す" + unshared + this.tag);
		assertThat(page(this.staff, "/")).as("the office's home lists follow-ups on stakeholders it owns")
			.contains("折り返す" + sharedTwice + this.tag, "折り返す" + unshared + this.tag);
	}

	@Test
	void theHomePageListsTheFiftyEarliestOpenFollowUpsDueWithinAWeek() throws Exception {
		User owner = this.accounts.user(Role.STAFF);
		long id = this.fixtures.person("期限 花子", "キゲン ハナコ", "kigen@example.jp", "090-0000-0004", owner,
				LocalDate.now().plusYears(1), this.department.getId());
		LocalDate today = LocalDate.now();
		for (int i = 0; i < 52; i++) {
			followUp(id, today.minusDays(45).plusDays(i), "期限%02d".formatted(i) + this.tag, false);
		}
		followUp(id, today.minusDays(50), "済み" + this.tag, true);
		followUp(id, today.plusDays(8), "来週以降" + this.tag, false);

		String home = page(AccountFixtures.signedIn(owner), "/");

		int previous = -1;
		for (int i = 0; i < 50; i++) {
			int at = home.indexOf("期限%02d".formatted(i) + this.tag);
			assertThat(at).as("follow-up %d, overdue first", i).isGreaterThan(previous);
			previous = at;
		}
		assertThat(home).doesNotContain("期限50" + this.tag, "期限51" + this.tag, "済み" + this.tag, "来週以降" + this.tag);
	}

	/** An engagement logged by someone else on the stakeholder, with its follow-up. */
	private void followUp(long stakeholderId, LocalDate due, String action, boolean done) {
		this.jdbc.update("""
				insert into engagement (stakeholder_id, occurred_on, type, summary, follow_up_on, follow_up_action,
				                        follow_up_done, logged_by, logged_at)
				values (?, current_date - 60, 'CALL', '電話', ?, ?, ?, 'someone.else', now())""", stakeholderId, due,
				action, done);
	}

	@Test
	void anonymisingErasesThePersonForGoodAndKeepsTheStatistics() throws Exception {
		long id = this.fixtures.person("匿名 予定", "トクメイ ヨテイ", "tokumei@example.jp", "090-7777-8888", this.staffUser,
				LocalDate.now().minusDays(1), this.department.getId());
		perform(this.staff, post("/stakeholders/" + id + "/engagements"), "occurredOn", LocalDate.now().toString(),
				"type", "CALL", "summary", "匿名予定さんと電話", "attendees", "担当A");
		assertThat(page(this.staff, "/stakeholders/retention")).contains("匿名 予定");

		perform(this.staff, post("/stakeholders/" + id + "/anonymise"), "version", version(id));

		var row = this.jdbc.queryForMap("select * from stakeholder where id = ?", id);
		assertThat(row.get("name")).isEqualTo("—");
		assertThat(row.get("email")).isNull();
		assertThat(row.get("phone")).isNull();
		assertThat(row.get("address")).isNull();
		assertThat(row.get("notes")).isNull();
		assertThat(row.get("anonymised_at")).isNotNull();
		assertThat(row.get("category")).isEqualTo("MEDIA");
		assertThat(((Number) row.get("influence")).intValue()).isEqualTo(4);
		assertThat(
				this.jdbc.queryForObject("select summary from engagement where stakeholder_id = ?", String.class, id))
			.isEqualTo("—");
		assertThat(this.jdbc.queryForObject("select count(*) from engagement where stakeholder_id = ?", Long.class, id))
			.isOne();
		assertThat(page(this.staff, "/stakeholders?q=トクメイ")).doesNotContain("匿名 予定");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'STAKEHOLDER_ANONYMISED'" + " and entity_id = ?",
				Long.class, String.valueOf(id)))
			.isOne();
		assertThat(page(this.staff, "/stakeholders/retention")).doesNotContain("/stakeholders/" + id + "\"");
		// No engagement is logged with a record erased: neither the link nor the form.
		assertThat(page(this.staff, "/stakeholders/" + id)).doesNotContain("/engagements/new");
		MvcResult form = perform(this.staff, get("/stakeholders/" + id + "/engagements/new"));
		assertThat(form.getResponse().getRedirectedUrl()).isEqualTo("/stakeholders/" + id);
		assertThat(((Flash) form.getFlashMap().get("flash")).key()).isEqualTo("stakeholder.refused.anonymised");
		MvcResult logged = perform(this.staff, post("/stakeholders/" + id + "/engagements"), "occurredOn",
				LocalDate.now().toString(), "type", "CALL", "summary", "");
		assertThat(logged.getResponse().getRedirectedUrl()).as("refused before the form's errors are shown")
			.isEqualTo("/stakeholders/" + id);
		// The append-only audit log never held the name, so nothing of it is left
		// anywhere.
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where summary like ?", Long.class,
				"%匿名 予定%"))
			.isZero();
	}

	@Test
	void aDisclosureRequestIsAnsweredWithEverythingAndAudited() throws Exception {
		long id = this.fixtures.person("開示 請求", "カイジ セイキュウ", "kaiji@example.jp", "090-1212-3434", this.staffUser,
				LocalDate.now().plusYears(1));

		String page = page(this.staff, "/stakeholders/" + id + "/disclosure");
		String csv = page(this.staff, "/stakeholders/" + id + "/disclosure.csv");

		assertThat(page).contains("kaiji@example.jp", "取材対応のため");
		assertThat(csv).startsWith("\uFEFF").contains("kaiji@example.jp", "record,email", "history,", "engagement,");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'DISCLOSURE_EXPORTED'" + " and entity_id = ?",
				Long.class, String.valueOf(id)))
			.isEqualTo(2);
	}

	@Test
	void aFileWithOneBadRowImportsNothingAndReportsEveryProblem() throws Exception {
		String owner = this.staffUser.getUsername();
		String code = this.department.getCode();
		String good = row("ORGANISATION", "MEDIA", "取込新聞社" + this.tag, "トリコミシンブンシャ", "", "", owner, code);
		String bad = row("PERSON", "MEDIA", "取込 記者" + this.tag, "not kana", "ない組織" + this.tag, "not-an-email", owner,
				"NOPE");
		long before = count();

		MvcResult refused = importCsv(header() + good + bad, StandardCharsets.UTF_8);

		String report = refused.getResponse().getContentAsString();
		assertThat(report).contains("name_kana", "organisation", "email", "departments");
		assertThat(report).contains("<td>3</td>");
		assertThat(count()).isEqualTo(before);

		String fixed = row("PERSON", "MEDIA", "取込 記者" + this.tag, "トリコミ キシャ", "取込新聞社" + this.tag, "kisha@example.jp",
				owner, code);
		MvcResult imported = importCsv("\uFEFF" + header() + good + fixed, StandardCharsets.UTF_8);
		assertThat(imported.getResponse().getRedirectedUrl()).startsWith("/stakeholders");
		assertThat(count()).isEqualTo(before + 2);
		assertThat(this.jdbc.queryForObject(
				"select o.name from stakeholder p join stakeholder o on o.id =" + " p.organisation_id where p.name = ?",
				String.class, "取込 記者" + this.tag))
			.isEqualTo("取込新聞社" + this.tag);
	}

	@Test
	void aFileNotInUtf8IsRefusedAsAWhole() throws Exception {
		long before = count();
		String csv = header()
				+ row("ORGANISATION", "MEDIA", "文字化け新聞" + this.tag, "モジバケ", "", "", this.staffUser.getUsername(), "");

		MvcResult refused = importCsv(csv, Charset.forName("Shift_JIS"));

		assertThat(refused.getResponse().getContentAsString()).contains("UTF-8");
		assertThat(count()).isEqualTo(before);
	}

	/**
	 * Staff may export 5,000 rows of the register a day: an export that would pass it is
	 * refused whole, with the reason, and the refusal audited; the CMO has no allowance.
	 */
	@Test
	void anExportBeyondTheDailyAllowanceOfStaffIsRefusedAndAuditedButTheCmoIsNotHeldBack() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.fixtures.organisation("書出" + this.tag + "x" + i, "カキダシ", 3, 3, this.staffUser);
		}
		this.jdbc.update("insert into stakeholder_export (user_id, exported_at, row_count) values (?, now(), 4998)",
				this.staffUser.getId());

		MvcResult refused = perform(this.staff, get("/stakeholders/export?q=" + this.tag));

		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/stakeholders?q=" + this.tag);
		assertThat(refused.getResponse().getContentAsString()).doesNotContain(this.tag);
		Flash flash = (Flash) refused.getFlashMap().get("flash");
		assertThat(flash.key()).isEqualTo("stakeholder.export.allowanceExceeded");
		assertThat(flash.args()).containsExactly(2L, 5000);
		assertThat(
				this.jdbc.queryForObject("select summary from audit_event where actor = ? and action = 'ACCESS_DENIED'"
						+ " order by id desc limit 1", String.class, this.staffUser.getUsername()))
			.isEqualTo("export of 3 rows refused: 4998 of the daily allowance of 5000 rows already exported today");

		String fits = page(this.staff, "/stakeholders/export?q=" + this.tag + "x1");
		assertThat(fits).contains("書出" + this.tag + "x1");
		assertThat(this.jdbc.queryForObject(
				"select summary from audit_event where actor = ?"
						+ " and action = 'STAKEHOLDERS_EXPORTED' order by id desc limit 1",
				String.class, this.staffUser.getUsername()))
			.startsWith("1 rows; ")
			.contains("q=" + this.tag + "x1");
		assertThat(status(this.staff, get("/stakeholders/export?q=" + this.tag)))
			.as("one row left of the allowance, three asked for")
			.isEqualTo(302);

		assertThat(page(this.cmo, "/stakeholders/export?q=" + this.tag)).contains("書出" + this.tag + "x0",
				"書出" + this.tag + "x1", "書出" + this.tag + "x2");
	}

	@Test
	void formulasInCellsAreExportedAsText() throws Exception {
		this.fixtures.organisation("=CMD|' /C calc'!A0" + this.tag, "ケイサン", 3, 3, this.staffUser);

		String export = page(this.staff, "/stakeholders/export?q=" + this.tag);

		assertThat(export).startsWith("\uFEFF");
		assertThat(export).contains("'=CMD|");
		assertThat(export).doesNotContain(",=CMD|", "\"=CMD|");
	}

	@Test
	void theListRunsTheSameStatementsWhateverTheNumberOfRows() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.fixtures.organisation("件数" + this.tag + "a" + i, "ケンスウ", 3, 3, this.staffUser);
		}
		long few = statementsFor("/stakeholders?q=" + this.tag);
		for (int i = 0; i < 45; i++) {
			this.fixtures.organisation("件数" + this.tag + "b" + i, "ケンスウ", 3, 3, this.staffUser);
		}

		long many = statementsFor("/stakeholders?q=" + this.tag);

		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(6);
	}

	private long statementsFor(String path) throws Exception {
		long before = StatementCount.total();
		page(this.staff, path);
		return StatementCount.total() - before;
	}

	private static String header() {
		return String.join(",", StakeholderCsv.COLUMNS) + "\r\n";
	}

	private static String row(String kind, String category, String name, String kana, String organisation, String email,
			String owner, String departments) {
		boolean person = kind.equals("PERSON");
		return String.join(",", "", kind, category, name, kana, organisation, "", email, "", "", "3", "4", "NEUTRAL",
				owner, departments, "", "", "", "", "", "", person ? "広報連絡のため" : "", person ? "名刺" : "", "",
				person ? "2030-03-31" : "", "", "") + "\r\n";
	}

	private MvcResult importCsv(String content, Charset charset) throws Exception {
		return perform(this.staff, multipart("/stakeholders/import")
			.file(new MockMultipartFile("file", "stakeholders.csv", "text/csv", content.getBytes(charset))));
	}

	/**
	 * Past 10,000 matches the list says "more than" instead of counting the whole
	 * register, and a page number beyond shows the last page it offers; a narrower filter
	 * is exact.
	 */
	@Test
	void aLongRegisterIsCountedUpToTenThousandAndPagedNoFurther() throws Exception {
		String marker = AccountFixtures.unique("many");
		this.jdbc.update("""
				insert into stakeholder (kind, category, name, name_kana, influence, interest, stance, owner_id,
				                         search_text, created_at, created_by, modified_at, modified_by)
				select 'ORGANISATION', (array['MEDIA', 'NPO', 'ACADEMIC', 'BUSINESS'])[1 + g % 4], ? || ' ' || g,
				       'タダン', 3, 3, 'NEUTRAL', ?, ? || ' ' || g, now(), 'test', now(), 'test'
				from generate_series(1, 10050) g""", marker, this.staffUser.getId(), marker);
		try {
			String all = page(this.staff, "/stakeholders?q=" + marker);
			String beyond = page(this.staff, "/stakeholders?q=" + marker + "&page=900");
			String media = page(this.staff, "/stakeholders?q=" + marker + "&category=MEDIA");
			String search = page(this.staff, "/search?q=" + marker);
			String searchedKind = page(this.staff, "/search?q=" + marker + "&kind=STAKEHOLDER");

			assertThat(all).contains("10,000 件を超えます", "1 / 500 ページ（10,000 件を超えます）")
				.doesNotContain("10,050", "全 10,000 件");
			assertThat(beyond).contains("500 / 500 ページ");
			assertThat(page(this.analyst, "/stakeholders")).as("the whole register, from its kept counts")
				.contains("1 / 500 ページ（10,000 件を超えます）");
			assertThat(media).contains("2,512 件").doesNotContain("件を超えます");
			// The search's overview stops at a thousand; the kind's own page counts on.
			assertThat(search).contains("ステークホルダー（1,000 件を超えます）", "ステークホルダーを見る（1,000 件を超えます）");
			assertThat(searchedKind).contains("ステークホルダー（10,000 件を超えます）", "1 / 500 ページ（10,000 件を超えます）");
		}
		finally {
			this.jdbc.update("delete from stakeholder where name like ?", marker + " %");
		}
	}

	/**
	 * The whole register, unfiltered, is counted from the kept counts the grid reads, not
	 * by a count of the register: the count follows a stakeholder added, moved to other
	 * levels and deleted.
	 */
	@Test
	void theWholeRegisterIsCountedFromItsKeptCounts() throws Exception {
		long before = count();
		assertThat(page(this.staff, "/stakeholders")).contains(">%,d 件<".formatted(before));

		long added = this.fixtures.organisation("全件協会" + this.tag, "ゼンケン", 3, 3, this.staffUser);
		this.jdbc.update("update stakeholder set influence = 5, interest = 1 where id = ?", added);
		String[] analysts = new String[1];
		List<StatementCount.Run> runs = StatementCount
			.recording(() -> analysts[0] = page(this.analyst, "/stakeholders"));
		assertThat(analysts[0]).contains(">%,d 件<".formatted(before + 1));
		assertThat(runs).map(StatementCount.Run::sql)
			.anyMatch((sql) -> sql.contains("from stakeholder_level_count"))
			.noneMatch((sql) -> sql.contains("select 1 from stakeholder s"));
		this.jdbc.update("delete from stakeholder where id = ?", added);
		assertThat(page(this.staff, "/stakeholders")).contains(">%,d 件<".formatted(before));
		assertThat(count()).isEqualTo(before);
	}

	/**
	 * A department's whole list is counted from its links alone: the count must be that
	 * of the stakeholders shared with it, for its liaison and for the office's filter,
	 * and follow a stakeholder deleted with its links.
	 */
	@Test
	void aDepartmentsWholeListCountsTheStakeholdersSharedWithIt() throws Exception {
		Department other = this.accounts.department(1_000_000);
		long first = this.fixtures.organisation("共有先協会" + this.tag, "キョウユウサキ", 3, 3, this.staffUser,
				this.department.getId());
		this.fixtures.organisation("共有先財団" + this.tag, "キョウユウサキ", 3, 3, this.staffUser, this.department.getId(),
				other.getId());
		this.fixtures.organisation("別部局協会" + this.tag, "ベツブキョク", 3, 3, this.staffUser, other.getId());
		this.fixtures.organisation("非共有協会" + this.tag, "ヒキョウユウ", 3, 3, this.staffUser);

		assertThat(page(this.liaison, "/stakeholders")).contains(">2 件<");
		assertThat(page(this.staff, "/stakeholders?departmentId=" + this.department.getId())).contains(">2 件<");
		assertThat(page(this.staff, "/stakeholders?departmentId=" + other.getId())).contains(">2 件<");
		// A liaison choosing another department sees those shared with both.
		assertThat(page(this.liaison, "/stakeholders?departmentId=" + other.getId())).contains(">1 件<");
		assertThat(page(this.liaison, "/stakeholders?departmentId=" + this.department.getId() + "&category=NPO"))
			.contains(">0 件<");

		this.jdbc.update("delete from stakeholder where id = ?", first);
		assertThat(page(this.liaison, "/stakeholders")).contains(">1 件<");
	}

	/**
	 * A two-character word is counted from its bigrams and, once it matches many, paged
	 * by walking the order's index with LIKE alone: the counts and the pages must be
	 * those of the word, for the office and for a liaison's department, with many matches
	 * and with few.
	 */
	@Test
	void aTwoCharacterWordIsCountedAndPagedAlikeWithManyMatchesAndWithFew() throws Exception {
		String marker = AccountFixtures.unique("pair");
		this.jdbc.update("""
				insert into stakeholder (kind, category, name, name_kana, influence, interest, stance, owner_id,
				                         search_text, created_at, created_by, modified_at, modified_by)
				select 'ORGANISATION', 'NPO', ? || ' ' || g, 'ア' || lpad(g::text, 4, '0'), 3, 3, 'NEUTRAL', ?,
				       case when g <= 2400 then '鵺鵼' else '鵼鵺' end || ' ' || ? || ' ' || g, now(), 'test', now(), 'test'
				from generate_series(1, 2403) g""", marker, this.staffUser.getId(), marker);
		this.jdbc.update("""
				insert into stakeholder_department (stakeholder_id, department_id)
				select id, ? from stakeholder where name like ? and split_part(name, ' ', 2)::int % 2 = 1""",
				this.department.getId(), marker + " %");
		try {
			String many = page(this.staff, "/stakeholders?q=鵺鵼");
			assertThat(many).contains("1 / 120 ページ（全 2,400 件）", marker + " 1<", marker + " 20<")
				.doesNotContain(marker + " 21<", marker + " 2401<");
			assertThat(page(this.staff, "/stakeholders?q=鵺鵼&page=119")).contains(marker + " 2400<");
			assertThat(page(this.liaison, "/stakeholders?q=鵺鵼")).contains("全 1,200 件", marker + " 1<", marker + " 39<")
				.doesNotContain(marker + " 2<", marker + " 41<");
			assertThat(page(this.staff, "/stakeholders?q=鵼鵺")).contains(">3 件<", marker + " 2401<", marker + " 2403<")
				.doesNotContain(marker + " 1<");
			assertThat(page(this.liaison, "/stakeholders?q=鵼鵺")).contains(">2 件<", marker + " 2401<", marker + " 2403<")
				.doesNotContain(marker + " 2402<");
		}
		finally {
			this.jdbc.update("delete from stakeholder where name like ?", marker + " %");
		}
	}

	/**
	 * A liaison's search for a two-character word matches the departments on the
	 * stakeholder's own row, which triggers keep equal to its links (V31): sharing a
	 * stakeholder with the department through the form, and taking it back, shows and
	 * hides it in the liaison's search at once.
	 */
	@Test
	void aLiaisonsTwoCharacterSearchFollowsWhomAStakeholderIsSharedWith() throws Exception {
		Department other = this.accounts.department(1_000_000);
		this.fixtures.organisation("鷦鷯協会" + this.tag, "ショウリョウキョウカイ", 3, 3, this.staffUser);
		String name = "鷦鷯 次郎" + this.tag;
		String[] fields = { "kind", "PERSON", "category", "INDUSTRY_BODY", "name", name, "nameKana", "ショウリョウ ジロウ",
				"organisationName", "鷦鷯協会" + this.tag, "influence", "3", "interest", "4", "stance", "NEUTRAL",
				"ownerId", String.valueOf(this.staffUser.getId()), "departmentIds", String.valueOf(other.getId()),
				"tags", "鷦鷯", "purposeOfUse", "広報連絡のため", "dataSource", "名刺", "retentionDate",
				LocalDate.now().plusYears(2).toString() };
		String location = perform(this.staff, post("/stakeholders"), fields).getResponse().getRedirectedUrl();
		assertThat(location).matches("/stakeholders/\\d+");
		assertThat(page(this.liaison, "/stakeholders?q=鷦鷯")).doesNotContain(name);

		String[] shared = java.util.Arrays.copyOf(fields, fields.length + 4);
		shared[fields.length] = "departmentIds";
		shared[fields.length + 1] = String.valueOf(this.department.getId());
		shared[fields.length + 2] = "version";
		shared[fields.length + 3] = version(Long.parseLong(location.substring("/stakeholders/".length())));
		assertThat(perform(this.staff, post(location), shared).getResponse().getRedirectedUrl()).isEqualTo(location);
		assertThat(page(this.liaison, "/stakeholders?q=鷦鷯")).contains(name, ">1 件<");
		assertThat(page(this.liaison, "/search?q=鷦鷯")).contains(name);

		String[] takenBack = java.util.Arrays.copyOf(fields, fields.length + 2);
		takenBack[fields.length] = "version";
		takenBack[fields.length + 1] = version(Long.parseLong(location.substring("/stakeholders/".length())));
		assertThat(perform(this.staff, post(location), takenBack).getResponse().getRedirectedUrl()).isEqualTo(location);
		assertThat(page(this.liaison, "/stakeholders?q=鷦鷯")).doesNotContain(name);
		assertThat(page(this.staff, "/stakeholders?q=鷦鷯&departmentId=" + other.getId())).contains(name);
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from stakeholder", Long.class);
	}

	private String version(long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from stakeholder where id = ?", Long.class, id));
	}

	private String page(CurrentUser user, String path) throws Exception {
		MvcResult result = perform(user, get(path));
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(CurrentUser user, AbstractMockHttpServletRequestBuilder<?> request, String... fields)
			throws Exception {
		return perform(user, request, fields).getResponse().getStatus();
	}

	private MvcResult perform(CurrentUser user, AbstractMockHttpServletRequestBuilder<?> request, String... fields)
			throws Exception {
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request.with(csrf()).with(user(user))).andReturn();
	}

}
