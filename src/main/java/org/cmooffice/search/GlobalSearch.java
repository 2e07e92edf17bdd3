package org.cmooffice.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cmooffice.brand.BrandEdition;
import org.cmooffice.brand.BrandGuidelines;
import org.cmooffice.brand.BrandSection;
import org.cmooffice.campaign.CampaignPlans;
import org.cmooffice.crisis.Incidents;
import org.cmooffice.crisis.Rumours;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.shared.web.BoundedPage;
import org.cmooffice.shared.web.Pages;
import org.cmooffice.stakeholder.StakeholderFilter;
import org.cmooffice.stakeholder.Stakeholders;
import org.cmooffice.strategy.Strategies;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks each area for what the user may see there (a liaison's own department's plans and
 * shared stakeholders, analysts without contact data), a few of each kind for the
 * overview or one kind page by page. The areas are read in one transaction: each in its
 * own cost the office's search six connections from the pool, with a beginning and a
 * commit each.
 */
@Service
class GlobalSearch {

	/** Results of each kind on the overview; the rest is one click away. */
	static final int PREVIEW = 5;

	/**
	 * Where the overview stops counting each kind: past it, the overview says "more than
	 * a thousand", and the kind's own page counts on. Counting every match of a common
	 * word cost the overview more than the rest of it together (推進 in 5,882 stakeholders
	 * and 2,995 plans, 広報 in 5,647 plans and 1,659 incidents); the overview only has to
	 * say whether the word is worth narrowing. No lower than the register's
	 * {@code StakeholderQueries.MANY_MATCHES}, which its count must reach to choose how
	 * to read the page.
	 */
	static final int OVERVIEW_COUNT_LIMIT = 1_000;

	private final CampaignPlans plans;

	private final Stakeholders stakeholders;

	private final BrandGuidelines brand;

	private final Incidents incidents;

	private final Rumours rumours;

	private final Strategies strategies;

	private final MessageSource messages;

	GlobalSearch(CampaignPlans plans, Stakeholders stakeholders, BrandGuidelines brand, Incidents incidents,
			Rumours rumours, Strategies strategies, MessageSource messages) {
		this.plans = plans;
		this.stakeholders = stakeholders;
		this.brand = brand;
		this.incidents = incidents;
		this.rumours = rumours;
		this.strategies = strategies;
		this.messages = messages;
	}

	/**
	 * The kinds the user may read that match the words: all of them for the overview
	 * ({@code kind} null), a few rows each, or the requested page of one.
	 */
	@Transactional(readOnly = true)
	Map<SearchKind, Page<SearchHit>> find(CurrentUser user, String words, SearchKind kind, int page, Locale locale) {
		Map<SearchKind, Page<SearchHit>> groups = new EnumMap<>(SearchKind.class);
		// The overview reads only the few rows it shows of each kind, with the count.
		int size = (kind == null) ? PREVIEW : Pages.SIZE;
		int countLimit = (kind == null) ? OVERVIEW_COUNT_LIMIT : BoundedPage.COUNT_LIMIT;
		for (SearchKind one : SearchKind.values()) {
			if ((kind == null || kind == one) && mayRead(user, one)) {
				groups.put(one, hitsOf(user, one, words, (kind == null) ? 0 : page, size, countLimit, locale));
			}
		}
		return groups;
	}

	private static boolean mayRead(CurrentUser user, SearchKind kind) {
		boolean business = user.hasRole(Role.CMO) || user.hasRole(Role.STAFF) || user.hasRole(Role.LIAISON)
				|| user.hasRole(Role.ANALYST);
		if (kind == SearchKind.RUMOUR) {
			return user.hasRole(Role.CMO) || user.hasRole(Role.STAFF) || user.hasRole(Role.ANALYST);
		}
		return business;
	}

	private Page<SearchHit> hitsOf(CurrentUser user, SearchKind kind, String words, int page, int size, int countLimit,
			Locale locale) {
		switch (kind) {
			case CAMPAIGN:
				return this.plans.searchTitles(user, words, page, size, countLimit)
					.map((row) -> new SearchHit(row.title(),
							row.departmentName(locale) + " · " + text("campaign.status." + row.status(), locale),
							"/campaigns/" + row.id()));
			case STAKEHOLDER: {
				StakeholderFilter filter = new StakeholderFilter();
				filter.setQ(words);
				return this.stakeholders.search(user, filter, page, size, countLimit)
					.map((row) -> new SearchHit(
							row.anonymised() ? text("stakeholder.anonymised.name", locale) : row.name(),
							text("stakeholder.category." + row.category(), locale)
									+ ((row.organisationName() != null) ? " · " + row.organisationName() : ""),
							"/stakeholders/" + row.id()));
			}
			case BRAND:
				return brandHits(words, page, size, locale);
			case INCIDENT:
				return this.incidents.searchText(user, words, page, size, countLimit)
					.map((incident) -> new SearchHit(incident.getTitle(),
							text("crisis.severity." + incident.getSeverity(), locale) + " · "
									+ text("crisis.IncidentStatus." + incident.getStatus(), locale),
							"/crisis/" + incident.getId()));
			case RUMOUR:
				return this.rumours.searchText(words, page, size, countLimit)
					.map((rumour) -> new SearchHit(rumour.getClaim(),
							text("crisis.FactCheck." + rumour.getFactCheck(), locale), (rumour.getIncident() != null)
									? "/crisis/" + rumour.getIncident().getId() + "#rumours" : "/crisis/rumours"));
			default: {
				List<SearchHit> hits = this.strategies.objectivesMatching(user, words, 100)
					.stream()
					.map((objective) -> new SearchHit(objective.getTitle(), objective.getStrategy().getTitle(),
							"/strategies/" + objective.getStrategy().getId() + "/objectives/" + objective.getId()))
					.toList();
				return pageOf(hits, page, size);
			}
		}
	}

	/** The chapters of the guideline in force that mention the words. */
	private Page<SearchHit> brandHits(String words, int page, int size, Locale locale) {
		BrandEdition edition = this.brand.current().orElse(null);
		List<SearchHit> hits = new ArrayList<>();
		if (edition != null) {
			String needle = words.toLowerCase(Locale.ROOT);
			for (BrandSection section : BrandSection.values()) {
				String title = text("brand.section." + section, locale);
				String body = edition.body(section);
				if (body.toLowerCase(Locale.ROOT).contains(needle) || title.toLowerCase(Locale.ROOT).contains(needle)) {
					hits.add(new SearchHit(title, snippet(body, needle), "/brand#section-" + section));
				}
			}
		}
		return pageOf(hits, page, size);
	}

	private static String snippet(String body, String needle) {
		int at = body.toLowerCase(Locale.ROOT).indexOf(needle);
		int from = Math.max(0, at - 30);
		String text = body.substring(from, Math.min(body.length(), Math.max(at, 0) + needle.length() + 60));
		return ((from > 0) ? "…" : "") + text.replaceAll("\\s+", " ").strip();
	}

	private static Page<SearchHit> pageOf(List<SearchHit> hits, int page, int size) {
		int number = Pages.clamp(page);
		int from = Math.min(hits.size(), number * size);
		return new PageImpl<>(hits.subList(from, Math.min(hits.size(), from + size)), PageRequest.of(number, size),
				hits.size());
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
