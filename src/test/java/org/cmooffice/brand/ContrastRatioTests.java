package org.cmooffice.brand;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ContrastRatioTests {

	@Test
	void knownValuesOfTheWcagFormula() {
		assertThat(ContrastRatio.between("#767676", "#FFFFFF")).isCloseTo(4.54, within(0.01));
		assertThat(ContrastRatio.between("#000000", "#FFFFFF")).isCloseTo(21.0, within(0.001));
		assertThat(ContrastRatio.between("#FFFFFF", "#FFFFFF")).isCloseTo(1.0, within(0.001));
		assertThat(ContrastRatio.between("#0B4F8A", "#FFFFFF")).isCloseTo(8.40, within(0.01));
		// The order of the two colours does not matter.
		assertThat(ContrastRatio.between("#FFFFFF", "#767676")).isEqualTo(ContrastRatio.between("#767676", "#FFFFFF"));
	}

	@Test
	void aColourJustBelowTheMinimumIsNeverShownAsPassing() {
		// #777777 on white is 4.48:1: shown as 4.47 or 4.48, never rounded up to 4.50.
		double ratio = ContrastRatio.between("#777777", "#FFFFFF");
		assertThat(ratio).isLessThan(ContrastRatio.TEXT_MINIMUM);
		assertThat(ContrastRatio.shown(ratio)).isLessThan(4.5);
	}

	@Test
	void aPaletteColourSaysWhetherItMayCarryText() {
		BrandEdition draft = BrandEdition.firstDraft();
		draft.addColour("グレー", "#767676", "本文");
		draft.addColour("ライトグレー", "#C8C8C8", "罫線");

		assertThat(draft.getColours().get(0).isTextSafeOnWhite()).isTrue();
		assertThat(draft.getColours().get(0).getContrastOnWhite()).isEqualTo(4.54);
		assertThat(draft.getColours().get(1).isTextSafeOnWhite()).isFalse();
		assertThat(draft.getColours().get(1).isTextSafeOnBlack()).isTrue();
		assertThat(draft.getColoursFailingOnWhite()).isEqualTo(1);
	}

}
