package org.cmooffice.campaign;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cmooffice.IntegrationTest;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.brand.BrandChecklist;
import org.cmooffice.brand.BrandFixtures;
import org.cmooffice.account.Department;
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
 * Attachments, blackout periods, the calendar and its feed.
 */
@IntegrationTest
class CampaignReviewSupportIntegrationTests {

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	BrandFixtures brand;

	@Autowired
	BrandChecklist brandChecklist;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcTemplate jdbc;

	Department department;

	CurrentUser liaison;

	CurrentUser otherLiaison;

	CurrentUser staff;

	CurrentUser admin;

	@BeforeEach
	void office() {
		this.brand.ensurePublished();
		this.department = this.accounts.department(3_000_000);
		this.liaison = AccountFixtures.signedIn(this.accounts.liaison(this.department));
		this.otherLiaison = AccountFixtures.signedIn(this.accounts.liaison(this.accounts.department(1_000_000)));
		this.staff = AccountFixtures.signedIn(this.accounts.user(Role.STAFF));
		this.admin = AccountFixtures.signedIn(this.accounts.user(Role.ADMIN));
	}

	@Test
	void aPdfIsAttachedAndDownloadedOnlyAsAFileByThoseWhoMayReadThePlan() throws Exception {
		long id = create("ポスター案の添付", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 20));

		MvcResult upload = perform(this.liaison, multipart("/campaigns/" + id + "/attachments")
			.file(new MockMultipartFile("file", "ポスター案 第2版.pdf", "application/pdf", PDF)));
		assertThat(upload.getResponse().getRedirectedUrl()).isEqualTo("/campaigns/" + id + "#attachments");
		long attachmentId = this.jdbc.queryForObject("select id from campaign_attachment where plan_id = ?", Long.class,
				id);

		MvcResult download = perform(this.staff, get("/campaigns/" + id + "/attachments/" + attachmentId));
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''");
		assertThat(download.getResponse().getHeader("Content-Security-Policy")).contains("sandbox");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);

		assertThat(perform(this.otherLiaison, get("/campaigns/" + id + "/attachments/" + attachmentId)).getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(perform(this.otherLiaison, post("/campaigns/" + id + "/attachments/" + attachmentId + "/delete"))
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void aProgramNamedLikeAPdfIsRefusedAndNothingIsStored() throws Exception {
		long id = create("偽装ファイルの確認", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 20));
		byte[] program = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);

		MvcResult upload = perform(this.liaison, multipart("/campaigns/" + id + "/attachments")
			.file(new MockMultipartFile("file", "report.pdf", "application/pdf", program)));

		assertThat(upload.getFlashMap().get("attachmentError")).isEqualTo("campaign.attachment.type");
		assertThat(
				this.jdbc.queryForObject("select count(*) from campaign_attachment where plan_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void aPlanInABlackoutPeriodIsSubmittedOnlyWithAJustification() throws Exception {
		MvcResult created = perform(this.admin, post("/admin/blackouts"), "nameJa", "参議院議員通常選挙の期間", "nameEn",
				"House of Councillors election", "startDate", "2027-07-01", "endDate", "2027-07-25");
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/blackouts");
		long id = create("選挙期間中の啓発", LocalDate.of(2027, 7, 10), LocalDate.of(2027, 8, 10));

		MvcResult refused = perform(this.liaison, post("/campaigns/" + id + "/submit"), "version",
				String.valueOf(version(id)));
		assertThat(refused.getFlashMap().get("flash")).isNotNull();
		assertThat(status(id)).isEqualTo("DRAFT");

		perform(this.liaison, post("/campaigns/" + id + "/submit"), "version", String.valueOf(version(id)),
				"justification", "選挙とは無関係の熱中症予防の呼びかけのため");
		assertThat(status(id)).isEqualTo("SUBMITTED");
		String page = perform(this.staff, get("/campaigns/" + id)).getResponse().getContentAsString();
		assertThat(page).contains("参議院議員通常選挙の期間").contains("選挙とは無関係の熱中症予防の呼びかけのため");
	}

	@Test
	void blackoutPeriodsAreKeptByAdministratorsOnly() throws Exception {
		assertThat(perform(this.staff, get("/admin/blackouts")).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(this.staff, post("/admin/blackouts"), "nameJa", "x", "nameEn", "x", "startDate",
				"2027-01-01", "endDate", "2027-01-02")
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(perform(this.admin, get("/admin/blackouts")).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void theCalendarShowsSubmittedAndDecidedPlansToThoseWhoMaySeeThem() throws Exception {
		long id = create("十月の観光キャンペーン", LocalDate.of(2027, 10, 5), LocalDate.of(2027, 10, 20));
		long draft = create("十月の下書き", LocalDate.of(2027, 10, 6), LocalDate.of(2027, 10, 8));
		perform(this.liaison, post("/campaigns/" + id + "/submit"), "version", String.valueOf(version(id)));

		String own = perform(this.liaison, get("/campaigns/calendar").param("month", "2027-10")).getResponse()
			.getContentAsString();
		String other = perform(this.otherLiaison, get("/campaigns/calendar").param("month", "2027-10")).getResponse()
			.getContentAsString();
		String office = perform(this.staff, get("/campaigns/calendar").param("month", "2027-10")).getResponse()
			.getContentAsString();

		assertThat(own).contains("十月の観光キャンペーン").doesNotContain("十月の下書き");
		assertThat(office).contains("十月の観光キャンペーン");
		assertThat(other).doesNotContain("十月の観光キャンペーン");
		assertThat(draft).isPositive();
	}

	@Test
	void reviewersTickTheChecklistOfTheBrandGuidelineInForce() throws Exception {
		long id = create("チェックリストの確認", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 20));
		perform(this.liaison, post("/campaigns/" + id + "/submit"), "version", String.valueOf(version(id)));

		String japanese = perform(this.staff, get("/campaigns/" + id + "?lang=ja")).getResponse().getContentAsString();
		String english = perform(this.staff, get("/campaigns/" + id + "?lang=en")).getResponse().getContentAsString();
		for (BrandChecklist.Item item : this.brandChecklist.current()) {
			assertThat(japanese).contains("value=\"" + item.code() + "\"", item.textJa());
			assertThat(english).contains(item.textEn());
		}

		long versionBefore = version(id);
		MvcResult forged = perform(this.staff, post("/campaigns/" + id + "/checklist"), "version",
				String.valueOf(versionBefore), "checks", "NOT_IN_THE_GUIDELINE");
		assertThat(((Flash) forged.getFlashMap().get("flash")).key()).isEqualTo("campaign.transition.checklistChanged");
		assertThat(version(id)).isEqualTo(versionBefore);

		MvcResult approve = perform(this.staff, post("/campaigns/" + id + "/approve"), "version",
				String.valueOf(versionBefore));
		assertThat(((Flash) approve.getFlashMap().get("flash")).key())
			.isEqualTo("campaign.transition.checklistIncomplete");
		assertThat(status(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void theFeedListsApprovedAndActivePlans() throws Exception {
		long id = create("年度末の広報", LocalDate.now().plusDays(30), LocalDate.now().plusDays(40));
		perform(this.liaison, post("/campaigns/" + id + "/submit"), "version", String.valueOf(version(id)));
		List<String> checks = new ArrayList<>(List.of("version", String.valueOf(version(id))));
		for (String check : this.brandChecklist.currentCodes()) {
			checks.add("checks");
			checks.add(check);
		}
		perform(this.staff, post("/campaigns/" + id + "/checklist"), checks.toArray(String[]::new));
		perform(this.staff, post("/campaigns/" + id + "/approve"), "version", String.valueOf(version(id)));

		MvcResult feed = perform(this.liaison, get("/campaigns/calendar.ics"));

		assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
		assertThat(feed.getResponse().getContentAsString()).contains("UID:campaign-plan-" + id + "@cmo-office");
		assertThat(perform(this.otherLiaison, get("/campaigns/calendar.ics")).getResponse().getContentAsString())
			.doesNotContain("UID:campaign-plan-" + id + "@cmo-office");
	}

	private long create(String title, LocalDate start, LocalDate end) throws Exception {
		MvcResult result = perform(this.liaison, post("/campaigns"), "title", title, "objective", "認知度を高める", "channels",
				"SNS", "startDate", start.toString(), "endDate", end.toString(), "budgetLines[0].item", "広告",
				"budgetLines[0].amountJpy", "100000", "version", "0");
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/campaigns/");
		return Long.parseLong(location.substring("/campaigns/".length()));
	}

	private MvcResult perform(CurrentUser user, AbstractMockHttpServletRequestBuilder<?> request, String... fields)
			throws Exception {
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request.with(csrf()).with(user(user))).andReturn();
	}

	private String status(long id) {
		return this.jdbc.queryForObject("select status from campaign_plan where id = ?", String.class, id);
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from campaign_plan where id = ?", Long.class, id);
	}

}
