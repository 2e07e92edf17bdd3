package org.cmooffice.brand;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditionDiffTests {

	@Test
	void eachChapterSaysWhatWasAddedAndRemoved() {
		BrandEdition first = BrandEdition.firstDraft();
		first.writeSection(BrandSection.TONE_OF_VOICE, "丁寧に書く\n一文は 60 字以内");
		first.addColour("県政ブルー", "#0B4F8A", "見出し");
		first.publish(1, "初版", "cmo", Instant.EPOCH);
		BrandEdition second = BrandEdition.draftFrom(first);
		second.writeSection(BrandSection.TONE_OF_VOICE, "丁寧に書く\n一文は 50 字以内\n結論を先に書く");
		second.addColour("ライトグレー", "#C8C8C8", "罫線");

		EditionDiff diff = EditionDiff.between(first, second);

		EditionDiff.Part tone = part(diff, "brand.section.TONE_OF_VOICE");
		assertThat(tone.changed()).isTrue();
		assertThat(tone.added()).isEqualTo(2);
		assertThat(tone.removed()).isEqualTo(1);
		assertThat(tone.lines()).extracting(EditionDiff.Line::change)
			.containsExactly(EditionDiff.Change.KEPT, EditionDiff.Change.REMOVED, EditionDiff.Change.ADDED,
					EditionDiff.Change.ADDED);
		assertThat(tone.lines().get(1).text()).isEqualTo("一文は 60 字以内");
		assertThat(part(diff, "brand.section.LOGO").changed()).isFalse();
		assertThat(part(diff, "brand.palette.title").added()).isEqualTo(1);
		assertThat(diff.isIdentical()).isFalse();
		assertThat(EditionDiff.between(first, first).isIdentical()).isTrue();
	}

	@Test
	void aLongChapterRewrittenWholeIsComparedWithoutALineDiff() {
		BrandEdition first = BrandEdition.firstDraft();
		first.writeSection(BrandSection.IMAGERY, "旧\n".repeat(3000) + "終");
		first.publish(1, "初版", "cmo", Instant.EPOCH);
		BrandEdition second = BrandEdition.draftFrom(first);
		second.writeSection(BrandSection.IMAGERY, "新\n".repeat(3000) + "終");

		long started = System.nanoTime();
		EditionDiff.Part imagery = part(EditionDiff.between(first, second), "brand.section.IMAGERY");

		assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
		assertThat(imagery.removed()).isEqualTo(3001);
		assertThat(imagery.added()).isEqualTo(3001);
	}

	@Test
	void aPublishedEditionRefusesEveryChange() {
		BrandEdition edition = BrandEdition.firstDraft();
		edition.publish(1, "初版", "cmo", Instant.EPOCH);

		for (Runnable change : new Runnable[] { () -> edition.writeSection(BrandSection.LOGO, "x"),
				() -> edition.addColour("赤", "#FF0000", null), () -> edition.addCheckItem("日本語", "English"),
				() -> edition.publish(2, "again", "cmo", Instant.EPOCH) }) {
			try {
				change.run();
				throw new AssertionError("a published edition was changed");
			}
			catch (BrandRefused ex) {
				assertThat(ex.messageKey()).isEqualTo("brand.refused.published");
			}
		}
	}

	private static EditionDiff.Part part(EditionDiff diff, String key) {
		return diff.parts().stream().filter((part) -> part.titleKey().equals(key)).findFirst().orElseThrow();
	}

}
