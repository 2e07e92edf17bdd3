package org.cmooffice.brand;

import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brand guideline editions for tests that need one in force, and a clean slate for tests
 * that write the one draft.
 */
public class BrandFixtures {

	private final BrandEditionRepository editions;

	private final JdbcTemplate jdbc;

	BrandFixtures(BrandEditionRepository editions, JdbcTemplate jdbc) {
		this.editions = editions;
		this.jdbc = jdbc;
	}

	/** Publishes a first edition with a three-item checklist unless one is in force. */
	@Transactional
	public void ensurePublished() {
		if (this.editions.findFirstByStatusOrderByNumberDesc(EditionStatus.PUBLISHED).isPresent()) {
			return;
		}
		discardDraft();
		BrandEdition edition = BrandEdition.firstDraft();
		edition.writeSection(BrandSection.LOGO, "ロゴは**改変しない**。");
		edition.addColour("県政ブルー", "#0B4F8A", "見出し");
		edition.addCheckItem("LOGO", "ロゴの使い方", "Logo use");
		edition.addCheckItem("COLOURS", "色づかい", "Colours");
		edition.addCheckItem("ACCESSIBILITY", "アクセシビリティ", "Accessibility");
		this.editions.saveAndFlush(edition);
		edition.publish(this.editions.highestNumber() + 1, "テスト用の版", "cmo", Instant.now());
		this.editions.flush();
	}

	/** Removes whatever draft an earlier test left, with its files. */
	@Transactional
	public void discardDraft() {
		this.jdbc.update("DELETE FROM brand_edition WHERE status = 'DRAFT'");
		this.jdbc.update("""
				DELETE FROM brand_asset a
				WHERE NOT EXISTS (SELECT 1 FROM brand_edition_asset ea WHERE ea.asset_id = a.id)""");
	}

	public int latestNumber() {
		return this.editions.highestNumber();
	}

}
