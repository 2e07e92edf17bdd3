package org.cmooffice.security;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cmooffice.shared.security.CurrentUser;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A liaison's plan draft, as the plan form sends it, for the security tests. */
final class PlanDrafts {

	private PlanDrafts() {
	}

	/** Every field a draft needs but its title. */
	static Map<String, String> fields() {
		LocalDate start = LocalDate.now().plusDays(90);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("objective", "相談件数を増やす");
		fields.put("channels", "SNS");
		fields.put("startDate", start.toString());
		fields.put("endDate", start.plusDays(30).toString());
		fields.put("budgetLines[0].item", "広告");
		fields.put("budgetLines[0].amountJpy", "100000");
		fields.put("kpis[0].metric", "相談件数");
		fields.put("kpis[0].unit", "件");
		fields.put("kpis[0].target", "100");
		fields.put("version", "0");
		return fields;
	}

	/** Drafts a plan through the form and returns its id. */
	static long create(MockMvc mvc, CurrentUser liaison, String title) throws Exception {
		MockHttpServletRequestBuilder request = post("/campaigns").with(csrf()).with(user(liaison));
		fields().forEach(request::param);
		request.param("title", title);
		String location = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).as("the plan was created").matches("/campaigns/\\d+");
		return Long.parseLong(location.substring("/campaigns/".length()));
	}

}
