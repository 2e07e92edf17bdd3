package org.cmooffice.admin;

import org.cmooffice.IntegrationTest;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.account.Departments;
import org.cmooffice.shared.FiscalYear;
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

@IntegrationTest
class DepartmentAndSettingsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	Departments departments;

	@Autowired
	Settings settings;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser admin;

	@BeforeEach
	void signIn() {
		this.admin = AccountFixtures.signedIn(this.accounts.user(Role.ADMIN));
	}

	@Test
	void anAdministratorCreatesADepartmentAndSetsItsBudget() throws Exception {
		String code = "NEW" + System.nanoTime() % 100_000;

		MvcResult created = this.mvc
			.perform(post("/admin/departments").param("code", code.toLowerCase())
				.param("nameJa", "新設部")
				.param("nameEn", "New Department")
				.with(csrf())
				.with(user(this.admin)))
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/admin/departments/");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Department department = this.departments.get(id);
		assertThat(department.getCode()).isEqualTo(code);

		this.mvc.perform(post("/admin/departments/" + id + "/budgets").param("fiscalYear", "2026")
			.param("amountJpy", "7500000")
			.param("version", String.valueOf(department.getVersion()))
			.with(csrf())
			.with(user(this.admin)));

		assertThat(this.departments.allocations(new FiscalYear(2026))).containsEntry(id, 7_500_000L);
		String page = this.mvc.perform(get("/admin/departments/" + id).with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("¥7,500,000").contains("2026年度");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'BUDGET_ALLOCATED' and entity_id = ?", Long.class,
				String.valueOf(id)))
			.isEqualTo(1);
	}

	@Test
	void aNegativeBudgetIsRefusedNextToTheField() throws Exception {
		Department department = this.accounts.department(1_000_000);

		MvcResult result = this.mvc
			.perform(post("/admin/departments/" + department.getId() + "/budgets").param("fiscalYear", "2026")
				.param("amountJpy", "-5")
				.param("version", String.valueOf(department.getVersion()))
				.with(csrf())
				.with(user(this.admin)))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("amountJpy-error");
		assertThat(this.departments.allocations(new FiscalYear(2026))).doesNotContainEntry(department.getId(), -5L);
	}

	@Test
	void aDepartmentCodeIsUnique() throws Exception {
		Department existing = this.accounts.department(1_000_000);

		MvcResult result = this.mvc
			.perform(post("/admin/departments").param("code", existing.getCode())
				.param("nameJa", "重複部")
				.param("nameEn", "Duplicate")
				.with(csrf())
				.with(user(this.admin)))
			.andReturn();

		assertThat(result.getResponse().getContentAsString()).contains("この部局コードはすでに使われています");
	}

	@Test
	void theDelegatedApprovalLimitIsChangedAndAudited() throws Exception {
		OfficeSettings current = this.settings.current();
		long newLimit = current.getDelegatedApprovalLimit() + 1000;

		this.mvc.perform(post("/admin/settings").param("delegatedApprovalLimit", String.valueOf(newLimit))
			.param("reviewTargetWorkingDays", "12")
			.param("version", String.valueOf(current.getVersion()))
			.with(csrf())
			.with(user(this.admin)));

		assertThat(this.settings.delegatedApprovalLimit()).isEqualTo(newLimit);
		assertThat(this.settings.current().getReviewTargetWorkingDays()).isEqualTo(12);
		assertThat(this.jdbc.queryForObject(
				"select summary from audit_event where action = 'SETTINGS_CHANGED' order by id desc limit 1",
				String.class))
			.endsWith("→ delegated approval limit " + newLimit
					+ ", review target 12 working days, two-step sign-in for everyone false");
	}

	@Test
	void aLimitThatIsNotANumberIsRefusedAndNothingChanges() throws Exception {
		long before = this.settings.delegatedApprovalLimit();

		MvcResult result = this.mvc
			.perform(post("/admin/settings").param("delegatedApprovalLimit", "百万円")
				.param("reviewTargetWorkingDays", "10")
				.param("version", String.valueOf(this.settings.current().getVersion()))
				.with(csrf())
				.with(user(this.admin)))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("半角数字で入力してください");
		assertThat(this.settings.delegatedApprovalLimit()).isEqualTo(before);
	}

}
