package org.cmooffice.search;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.web.BoundedPage;
import org.cmooffice.shared.web.Pages;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The global search's page: the overview of every kind the user may read, or one kind
 * page by page (see {@link GlobalSearch}).
 */
@Controller
class SearchController {

	static final int MAX_QUERY = 100;

	private final GlobalSearch search;

	SearchController(GlobalSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) SearchKind kind, @RequestParam(defaultValue = "0") int page, Locale locale,
			Model model) {
		String words = q.strip();
		if (words.length() > MAX_QUERY) {
			words = words.substring(0, MAX_QUERY);
		}
		model.addAttribute("q", words);
		model.addAttribute("kind", kind);
		if (words.isEmpty()) {
			return "search/results";
		}
		Map<SearchKind, Page<SearchHit>> groups = this.search.find(user, words, kind, page, locale);
		model.addAttribute("groups", groups);
		// Groups whose count stopped at the limit say "more than" rather than a number.
		model.addAttribute("countedPastLimit", groups.entrySet()
			.stream()
			.filter((group) -> group.getValue() instanceof BoundedPage<?> bounded && bounded.isCountedPastLimit())
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet()));
		model.addAttribute("preview", (kind == null) ? GlobalSearch.PREVIEW : Pages.SIZE);
		return "search/results";
	}

}
