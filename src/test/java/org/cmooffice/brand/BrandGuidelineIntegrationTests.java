package org.cmooffice.brand;

import java.nio.charset.StandardCharsets;

import org.cmooffice.IntegrationTest;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The brand book through its pages: the office drafts, the CMO publishes, every business
 * role reads, and nobody changes a published edition.
 */
@IntegrationTest
class BrandGuidelineIntegrationTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	BrandFixtures brand;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser staff;

	CurrentUser cmo;

	CurrentUser analyst;

	CurrentUser liaison;

	@BeforeEach
	void office() {
		this.brand.ensurePublished();
		this.brand.discardDraft();
		this.staff = AccountFixtures.signedIn(this.accounts.user(Role.STAFF));
		this.cmo = AccountFixtures.signedIn(this.accounts.user(Role.CMO));
		this.analyst = AccountFixtures.signedIn(this.accounts.user(Role.ANALYST));
		this.liaison = AccountFixtures.signedIn(this.accounts.liaison(this.accounts.department(1_000_000)));
	}

	@Test
	void staffDraftsTheCmoPublishesAndALiaisonReadsTheNewEditionAndTheDiff() throws Exception {
		int before = this.brand.latestNumber();
		perform(this.staff, post("/brand/draft"));
		perform(this.staff, post("/brand/draft/sections/TONE_OF_VOICE"), "draft", draftId(), "version", draftVersion(),
				"body", "災害時は**結論を先に**書く。");
		perform(this.staff, post("/brand/draft/colours"), "draft", draftId(), "version", draftVersion(), "name", "グレー",
				"hex", "#767676", "usage", "補足の文字");
		perform(this.staff, post("/brand/draft/checks"), "draft", draftId(), "version", draftVersion(), "textJa",
				"問い合わせ先の明記", "textEn", "Contact details given");

		MvcResult published = perform(this.cmo, post("/brand/draft/publish"), "draft", draftId(), "version",
				draftVersion(), "changeNote", "語調に災害時の書き方を追加");

		assertThat(published.getResponse().getRedirectedUrl()).isEqualTo("/brand");
		assertThat(this.brand.latestNumber()).isEqualTo(before + 1);
		String page = page(this.liaison, "/brand");
		assertThat(page).contains("第" + (before + 1) + "版", "<strong>結論を先に</strong>", "語調に災害時の書き方を追加", "4.54:1",
				"問い合わせ先の明記");
		String diff = page(this.liaison, "/brand/diff?from=" + before + "&to=" + (before + 1));
		assertThat(diff).contains("災害時は**結論を先に**書く。", "<ins class=\"diff-text\">", "グレー #767676");
		assertThat(page(this.liaison, "/brand/versions/" + before)).contains("これは過去の版です");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'BRAND_PUBLISHED'" + " and summary like ?", Long.class,
				"edition " + (before + 1) + ":%"))
			.isOne();
	}

	@Test
	void onlyTheOfficeEditsAndOnlyTheCmoPublishes() throws Exception {
		perform(this.staff, post("/brand/draft"));
		String version = draftVersion();

		for (CurrentUser reader : new CurrentUser[] { this.liaison, this.analyst }) {
			assertThat(status(reader, get("/brand"))).isEqualTo(200);
			assertThat(status(reader, get("/brand/versions"))).isEqualTo(200);
			assertThat(status(reader, get("/brand/diff"))).isEqualTo(200);
			assertThat(status(reader, get("/brand/draft"))).isEqualTo(403);
			assertThat(status(reader, post("/brand/draft"))).isEqualTo(403);
			assertThat(status(reader, post("/brand/draft/sections/LOGO"), "draft", draftId(), "version", version,
					"body", "x"))
				.isEqualTo(403);
			assertThat(status(reader, post("/brand/draft/colours"), "draft", draftId(), "version", version, "name", "赤",
					"hex", "#FF0000"))
				.isEqualTo(403);
			assertThat(status(reader, post("/brand/draft/publish"), "draft", draftId(), "version", version,
					"changeNote", "x"))
				.isEqualTo(403);
			assertThat(status(reader, post("/brand/draft/discard"), "draft", draftId(), "version", version))
				.isEqualTo(403);
		}
		assertThat(status(this.staff, post("/brand/draft/publish"), "draft", draftId(), "version", version,
				"changeNote", "x"))
			.isEqualTo(403);
		CurrentUser admin = AccountFixtures.signedIn(this.accounts.user(Role.ADMIN));
		assertThat(status(admin, get("/brand"))).isEqualTo(403);
		assertThat(draftVersion()).isEqualTo(version);
	}

	@Test
	void aPublishedEditionCannotBeChangedByThePagesOrInTheDatabase() throws Exception {
		perform(this.staff, post("/brand/draft"));
		String staleDraft = draftId();
		String staleVersion = draftVersion();
		perform(this.cmo, post("/brand/draft/publish"), "draft", staleDraft, "version", staleVersion, "changeNote",
				"確定");
		int number = this.brand.latestNumber();
		String body = this.jdbc.queryForObject("select s.body from brand_section s join brand_edition e on e.id ="
				+ " s.edition_id where e.number = ? and s.section = 'LOGO'", String.class, number);

		MvcResult refused = perform(this.staff, post("/brand/draft/sections/LOGO"), "draft", staleDraft, "version",
				staleVersion, "body", "公開後の書き換え");

		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/brand/draft");
		assertThat(this.jdbc.queryForObject("select s.body from brand_section s join brand_edition e on e.id ="
				+ " s.edition_id where e.number = ? and s.section = 'LOGO'", String.class, number))
			.isEqualTo(body);
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc.update(
				"update brand_section set body = 'x' where edition_id = (select id from brand_edition where number = ?)",
				number));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update brand_edition set change_note = 'x' where number = ?", number));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from brand_edition where number = ?", number));
	}

	@Test
	void publishingNeedsAChangeNoteAndTwoEditsOfOneVersionConflict() throws Exception {
		perform(this.staff, post("/brand/draft"));
		String version = draftVersion();

		MvcResult noNote = perform(this.cmo, post("/brand/draft/publish"), "draft", draftId(), "version", version,
				"changeNote", " ");
		assertThat(noNote.getResponse().getStatus()).isEqualTo(200);
		assertThat(noNote.getResponse().getContentAsString()).contains("changeNote-error");
		assertThat(draftVersion()).isEqualTo(version);

		perform(this.staff, post("/brand/draft/sections/LOGO"), "draft", draftId(), "version", version, "body",
				"最初の保存");
		MvcResult second = perform(this.cmo, post("/brand/draft/sections/LOGO"), "draft", draftId(), "version", version,
				"body", "古い画面からの保存");
		assertThat(second.getResponse().getStatus()).isEqualTo(409);
		assertThat(this.jdbc.queryForObject("select s.body from brand_section s join brand_edition e on e.id ="
				+ " s.edition_id where e.status = 'DRAFT' and s.section = 'LOGO'", String.class))
			.isEqualTo("最初の保存");
	}

	@Test
	void scriptInMarkdownIsNeverServed() throws Exception {
		perform(this.staff, post("/brand/draft"));
		perform(this.staff, post("/brand/draft/sections/IMAGERY"), "draft", draftId(), "version", draftVersion(),
				"body", "<script>alert('xss')</script>\n\n[押す](javascript:alert(1))\n\n<img src=x onerror=alert(1)>");

		String page = page(this.staff, "/brand/draft");

		// Shown as text (in the chapter and in the list of changes), never as markup.
		assertThat(page).doesNotContain("<script>alert('xss')", "<img src=x onerror");
		assertThat(page).doesNotContainPattern("<[^>]*javascript:");
		assertThat(page).contains("&lt;script&gt;");
	}

	@Test
	void aBadColourCodeIsExplainedNextToTheField() throws Exception {
		perform(this.staff, post("/brand/draft"));
		String version = draftVersion();

		MvcResult result = perform(this.staff, post("/brand/draft/colours"), "draft", draftId(), "version", version,
				"name", "赤", "hex", "red");

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("hex-error", "#0B4F8A のようなカラーコードを入力してください。");
		assertThat(draftVersion()).isEqualTo(version);
		perform(this.staff, post("/brand/draft/colours"), "draft", draftId(), "version", version, "name", "赤", "hex",
				"#c00");
		assertThat(this.jdbc.queryForObject("select c.hex from brand_colour c join brand_edition e on e.id ="
				+ " c.edition_id where e.status = 'DRAFT' and c.name = '赤'", String.class))
			.isEqualTo("#CC0000");
	}

	@Test
	void filesAreCheckedByContentAndSvgIsOnlyEverDownloaded() throws Exception {
		perform(this.staff, post("/brand/draft"));
		long filesBefore = this.jdbc.queryForObject("select count(*) from brand_asset", Long.class);

		MvcResult spoofed = perform(this.staff, multipart("/brand/draft/files").file(
				new MockMultipartFile("file", "logo.png", "image/png", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0 })),
				"draft", draftId(), "version", draftVersion());
		assertThat(spoofed.getFlashMap().get("fileError")).isEqualTo("brand.file.type");
		assertThat(this.jdbc.queryForObject("select count(*) from brand_asset", Long.class)).isEqualTo(filesBefore);

		perform(this.staff,
				multipart("/brand/draft/files")
					.file(new MockMultipartFile("file", "logo.png", "application/octet-stream", PNG)),
				"draft", draftId(), "version", draftVersion(), "description", "ロゴ");
		perform(this.staff,
				multipart(
						"/brand/draft/files")
					.file(new MockMultipartFile("file", "logo.svg", "image/svg+xml",
							"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
								.getBytes(StandardCharsets.UTF_8))),
				"draft", draftId(), "version", draftVersion());
		long png = fileId("logo.png");
		long svg = fileId("logo.svg");

		assertThat(status(this.liaison, get("/brand/files/" + svg))).as("draft files are the office's").isEqualTo(404);
		perform(this.cmo, post("/brand/draft/publish"), "draft", draftId(), "version", draftVersion(), "changeNote",
				"ロゴを追加");

		MvcResult download = perform(this.liaison, get("/brand/files/" + svg));
		assertThat(download.getResponse().getContentType()).isEqualTo("image/svg+xml");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
		assertThat(download.getResponse().getHeader("Content-Security-Policy")).contains("sandbox");
		assertThat(status(this.liaison, get("/brand/files/" + svg + "/preview"))).isEqualTo(404);
		MvcResult preview = perform(this.liaison, get("/brand/files/" + png + "/preview"));
		assertThat(preview.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(preview.getResponse().getContentAsByteArray()).isEqualTo(PNG);
		String page = page(this.liaison, "/brand");
		assertThat(page).contains("/brand/files/" + png + "/preview")
			.doesNotContain("/brand/files/" + svg + "/preview");
	}

	@Test
	void thePagesSpeakBothLanguages() throws Exception {
		String japanese = page(this.analyst, "/brand?lang=ja");
		String english = page(this.analyst, "/brand?lang=en");

		assertThat(japanese).contains("ブランドガイドライン", "カラーパレット", "ロゴの使い方");
		assertThat(english).contains("Brand guidelines", "Colour palette", "Logo use");
	}

	@Test
	void aFormOfAnEarlierDraftDoesNotChangeTheNextOne() throws Exception {
		perform(this.staff, post("/brand/draft"));
		String firstDraft = draftId();
		String firstVersion = draftVersion();
		perform(this.staff, post("/brand/draft/discard"), "draft", firstDraft, "version", firstVersion);
		perform(this.staff, post("/brand/draft"));
		assertThat(draftId()).isNotEqualTo(firstDraft);

		MvcResult stale = perform(this.staff, post("/brand/draft/sections/LOGO"), "draft", firstDraft, "version",
				firstVersion, "body", "古い画面からの保存");

		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(stale.getResponse().getContentAsString()).contains("古い画面からの保存");
		assertThat(this.jdbc.queryForObject("select s.body from brand_section s join brand_edition e on e.id ="
				+ " s.edition_id where e.status = 'DRAFT' and s.section = 'LOGO'", String.class))
			.isNotEqualTo("古い画面からの保存");
	}

	private String draftId() {
		return String
			.valueOf(this.jdbc.queryForObject("select id from brand_edition where status = 'DRAFT'", Long.class));
	}

	private String draftVersion() {
		return String
			.valueOf(this.jdbc.queryForObject("select version from brand_edition where status = 'DRAFT'", Long.class));
	}

	private long fileId(String name) {
		return this.jdbc.queryForObject(
				"select a.id from brand_asset a join brand_edition_asset ea on ea.asset_id = a.id"
						+ " join brand_edition e on e.id = ea.edition_id where e.status = 'DRAFT' and a.filename = ?",
				Long.class, name);
	}

	private String page(CurrentUser user, String path) throws Exception {
		MvcResult result = perform(user, get(path));
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
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
