package org.cmooffice.brand;

import java.util.List;
import java.util.Locale;

import org.cmooffice.shared.Bilingual;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance checklist of the edition in force, as campaign reviewers tick it. Before
 * the first edition is published there is nothing to tick.
 */
@Service
public class BrandChecklist {

	private final BrandEditionRepository editions;

	BrandChecklist(BrandEditionRepository editions) {
		this.editions = editions;
	}

	@Transactional(readOnly = true)
	public List<Item> current() {
		return this.editions.findFirstByStatusOrderByNumberDesc(EditionStatus.PUBLISHED)
			.map((edition) -> edition.getCheckItems()
				.stream()
				.map((item) -> new Item(item.getCode(), item.getTextJa(), item.getTextEn()))
				.toList())
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	public List<String> currentCodes() {
		return current().stream().map(Item::code).toList();
	}

	public record Item(String code, String textJa, String textEn) {

		public String text(Locale locale) {
			return Bilingual.pick(locale, this.textJa, this.textEn);
		}

	}

}
