package org.cmooffice.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.cmooffice.shared.security.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The month calendar of plans, with a list of the same plans for those who prefer it, and
 * the iCalendar feed of approved and active plans.
 */
@Controller
@RequestMapping("/campaigns")
class CampaignCalendarController {

	/**
	 * The calendar shows what is planned or decided; drafts and refusals are not on it.
	 */
	static final Set<CampaignStatus> ON_CALENDAR = EnumSet.of(CampaignStatus.SUBMITTED, CampaignStatus.APPROVED,
			CampaignStatus.ACTIVE, CampaignStatus.COMPLETED);

	static final Set<CampaignStatus> IN_FEED = EnumSet.of(CampaignStatus.APPROVED, CampaignStatus.ACTIVE);

	private final CampaignPlans plans;

	private final MessageSource messages;

	private final Clock clock;

	private final String publicUrl;

	CampaignCalendarController(CampaignPlans plans, MessageSource messages, Clock clock,
			@Value("${cmo.public-url:}") String publicUrl) {
		this.plans = plans;
		this.publicUrl = publicUrl;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/calendar")
	String calendar(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String month,
			Model model) {
		LocalDate today = LocalDate.now(this.clock);
		YearMonth shown = parse(month).orElse(YearMonth.from(today));
		List<CampaignPlanRow> scheduled = this.plans.scheduled(user, shown.atDay(1), shown.atEndOfMonth(), ON_CALENDAR);
		List<BlackoutPeriod> blackouts = this.plans.blackoutsFor(shown.atDay(1), shown.atEndOfMonth());
		model.addAttribute("calendar", CalendarMonth.of(shown, today, scheduled, blackouts));
		model.addAttribute("plans", scheduled);
		model.addAttribute("blackouts", blackouts);
		model.addAttribute("previous", shown.minusMonths(1).toString());
		model.addAttribute("next", shown.plusMonths(1).toString());
		model.addAttribute("current", YearMonth.from(today).toString());
		return "campaigns/calendar";
	}

	@GetMapping(value = "/calendar.ics")
	ResponseEntity<String> feed(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
		LocalDate today = LocalDate.now(this.clock);
		List<CampaignPlanRow> scheduled = this.plans.scheduled(user, today.minusYears(1), today.plusYears(2), IN_FEED);
		// Links in the feed point at the configured public address, not at whatever Host
		// a request named.
		String baseUrl = this.publicUrl.isBlank()
				? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()
				: this.publicUrl.replaceAll("/+$", "");
		String name = this.messages.getMessage("campaign.calendar.feedName", null, LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("campaign-plans.ics").build().toString())
			.body(ICalendar.of(scheduled, baseUrl, name, this.clock.instant()));
	}

	private static java.util.Optional<YearMonth> parse(String month) {
		if (month == null || month.isBlank()) {
			return java.util.Optional.empty();
		}
		try {
			YearMonth parsed = YearMonth.parse(month.strip());
			return (parsed.getYear() >= 2000 && parsed.getYear() <= 2100) ? java.util.Optional.of(parsed)
					: java.util.Optional.empty();
		}
		catch (DateTimeParseException ex) {
			return java.util.Optional.empty();
		}
	}

}
