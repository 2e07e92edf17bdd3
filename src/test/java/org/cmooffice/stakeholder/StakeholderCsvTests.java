package org.cmooffice.stakeholder;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StakeholderCsvTests {

	@Test
	void cellsASpreadsheetWouldRunAreWrittenAsTextAndReadBackUnchanged() {
		for (String formula : new String[] { "=1+1", "+81-3-1234", "-2", "@SUM(A1)", "\t=x", "=CMD|' /C calc'!A0" }) {
			String written = StakeholderCsv.safe(formula);
			assertThat(written).startsWith("'");
			assertThat(StakeholderCsv.unsafe(written)).isEqualTo(formula);
		}
		assertThat(StakeholderCsv.safe("厚生労働省")).isEqualTo("厚生労働省");
		assertThat(StakeholderCsv.unsafe("'ふつうの引用")).isEqualTo("'ふつうの引用");
	}

	@Test
	void aFileIsReadOnlyAsUtf8WithTheTemplatesHeader() {
		String header = String.join(",", StakeholderCsv.COLUMNS) + "\r\n";
		String row = ",ORGANISATION,MEDIA,新聞社,シンブンシャ,,,,,,3,3,NEUTRAL,staff,,,,,,,,,,,,,\r\n";

		StakeholderCsv.Parsed parsed = StakeholderCsv.parse(("\uFEFF" + header + row).getBytes(StandardCharsets.UTF_8));
		assertThat(parsed.refusal()).isNull();
		assertThat(parsed.lines()).hasSize(1);
		assertThat(parsed.lines().get(0).get("name")).isEqualTo("新聞社");
		assertThat(parsed.lines().get(0).number()).isEqualTo(2);

		assertThat(
				StakeholderCsv.parse((header + row).getBytes(java.nio.charset.Charset.forName("Shift_JIS"))).refusal())
			.isEqualTo("stakeholder.import.encoding");
		assertThat(StakeholderCsv.parse("a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8)).refusal())
			.isEqualTo("stakeholder.import.header");
	}

	@Test
	void searchTextFoldsWidthCaseAndKana() {
		assertThat(SearchText.normalise("ｺｳｾｲ")).isEqualTo(SearchText.normalise("こうせい"))
			.isEqualTo(SearchText.normalise("コウセイ"));
		assertThat(SearchText.normalise("ＮＨＫ")).isEqualTo("nhk");
		assertThat(SearchText.containing("100%_")).isEqualTo("%100\\%\\_%");
	}

}
