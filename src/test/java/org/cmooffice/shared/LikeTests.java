package org.cmooffice.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LikeTests {

	@Test
	void searchWordsBecomeAPatternWithTheirOwnWildcardsEscaped() {
		assertThat(Like.containing(" 100%_Off\\ ")).isEqualTo("%100\\%\\_off\\\\%");
		assertThat(Like.beginningWith(" Tanaka_K% ")).isEqualTo("tanaka\\_k\\%%");
	}

	@Test
	void onlyWordsOfExactlyTwoCharactersGetTheTwoCharacterCondition() {
		assertThat(Like.pair(" 協会 ")).isEqualTo("協会");
		assertThat(Like.pair("AB")).isEqualTo("ab");
		assertThat(Like.pair("𩸽の")).as("a character outside the basic plane counts once").isEqualTo("𩸽の");
		assertThat(Like.pair("協")).isNull();
		assertThat(Like.pair("説明会")).isNull();
		assertThat(Like.pair(null)).isNull();
	}

}
