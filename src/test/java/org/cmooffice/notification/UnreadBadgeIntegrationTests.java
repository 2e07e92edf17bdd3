package org.cmooffice.notification;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cmooffice.IntegrationTest;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.User;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every page's header counts the signed-in user's unread notifications, and only theirs.
 */
@IntegrationTest
class UnreadBadgeIntegrationTests {

	private static final Pattern BADGE = Pattern.compile("badge rounded-pill text-bg-light\">(\\d+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcTemplate jdbc;

	User staffUser;

	CurrentUser staff;

	CurrentUser cmo;

	@BeforeEach
	void twoUsers() {
		this.staffUser = this.accounts.user(Role.STAFF);
		this.staff = AccountFixtures.signedIn(this.staffUser);
		this.cmo = AccountFixtures.signedIn(this.accounts.user(Role.CMO));
	}

	@Test
	void theHeaderCountsTheUsersUnreadNotificationsUntilTheyAreRead() throws Exception {
		assertThat(badge(this.staff, "ja")).isNull();

		for (int i = 0; i < 3; i++) {
			this.notifications.notify(this.staff.id(), "notification.campaign.submitted", "/campaigns", "試験計画", "観光部");
		}
		this.notifications.notify(this.cmo.id(), "notification.campaign.submitted", "/campaigns", "試験計画", "観光部");

		assertThat(badge(this.staff, "ja")).isEqualTo("3");
		assertThat(page(this.staff, "ja")).contains("未読 3 件");
		assertThat(page(this.staff, "en")).contains("3 unread");
		assertThat(badge(this.cmo, "ja")).isEqualTo("1");

		List<Long> unread = this.jdbc.queryForList(
				"select id from notification where recipient_id = ? and read_at is null order by id", Long.class,
				this.staff.id());
		this.mvc.perform(post("/notifications/" + unread.get(0) + "/open").with(csrf()).with(user(this.staff)));
		assertThat(badge(this.staff, "ja")).isEqualTo("2");

		this.mvc.perform(post("/notifications/read-all").with(csrf()).with(user(this.staff)));
		assertThat(badge(this.staff, "ja")).isNull();
		assertThat(page(this.staff, "ja")).doesNotContain("未読");
		assertThat(badge(this.cmo, "ja")).isEqualTo("1");
	}

	/** The badge's number, or null when the header shows none. */
	private String badge(CurrentUser user, String language) throws Exception {
		Matcher badge = BADGE.matcher(page(user, language));
		return badge.find() ? badge.group(1) : null;
	}

	private String page(CurrentUser user, String language) throws Exception {
		MvcResult result = this.mvc.perform(get("/campaigns").param("lang", language).with(user(user))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
