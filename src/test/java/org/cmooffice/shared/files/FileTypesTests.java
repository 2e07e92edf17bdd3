package org.cmooffice.shared.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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

	/**
	 * A Word document whose one part inflates to 200 MB: recognised by its directory
	 * alone in well under a second, nothing inflated. It is then only ever stored and
	 * handed back as an attachment; the server never opens it.
	 */
	@Test
	void aZipBombNamedLikeADocumentIsNeverInflated() throws Exception {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int megabyte = 0; megabyte < 200; megabyte++) {
				zip.write(zeros);
			}
		}
		assertThat(bomb.size()).as("the bomb is small on the wire").isLessThan(1024 * 1024);

		long start = System.nanoTime();
		assertThat(FileTypes.detect("report.docx", bomb.toByteArray())).isPresent();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
	}

	@Test
	void aZipOfTenThousandAndOneEntriesIsRefused() throws Exception {
		ByteArrayOutputStream many = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(many)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			for (int entry = 0; entry < 10_001; entry++) {
				zip.putNextEntry(new ZipEntry("x/" + entry));
			}
		}
		assertThat(FileTypes.detect("many.xlsx", many.toByteArray())).isEmpty();
	}

}
