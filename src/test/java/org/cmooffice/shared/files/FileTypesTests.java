package org.cmooffice.shared.files;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypesTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

	private static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };

	private static final byte[] SVG = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"
		.getBytes(StandardCharsets.UTF_8);

	@Test
	void theContentDecidesAndTheNameMustAgree() {
		assertThat(FileTypes.detect("logo.png", PNG)).contains(FileTypes.PNG);
		assertThat(FileTypes.detect("logo.svg", SVG)).contains(FileTypes.SVG);
		assertThat(FileTypes.detect("font.woff2", "wOF2rest".getBytes(StandardCharsets.US_ASCII)))
			.contains(FileTypes.WOFF2);
		assertThat(FileTypes.detect("font.otf", "OTTOrest".getBytes(StandardCharsets.US_ASCII)))
			.contains(FileTypes.OTF);
		assertThat(FileTypes.detect("font.ttf", new byte[] { 0, 1, 0, 0, 0, 9 })).contains(FileTypes.TTF);
	}

	@Test
	void aSpoofedNameIsRefused() {
		assertThat(FileTypes.detect("logo.png", EXE)).isEmpty();
		assertThat(FileTypes.detect("logo.svg", PNG)).isEmpty();
		assertThat(FileTypes.detect("logo.png", SVG)).isEmpty();
		assertThat(
				FileTypes.detect("page.svg", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
		assertThat(FileTypes.detect("logo", PNG)).isEmpty();
	}

	@Test
	void namesLoseTheirPathAndControlCharacters() {
		assertThat(FileTypes.cleanName("..\\..\\windows\\evil\u0000.png")).isEqualTo("evil.png");
		assertThat(FileTypes.cleanName("/etc/.passwd")).isEqualTo("passwd");
	}

}
