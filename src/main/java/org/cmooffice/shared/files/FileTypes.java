package org.cmooffice.shared.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * What a file really is, decided by its first bytes, not by its name: PDF, PNG, JPEG,
 * GIF, SVG, fonts and Office documents (current and legacy). The name's extension must
 * agree with the content, so a program renamed to .pdf is refused. Office files are
 * recognised by the names of their zip entries only; nothing is decompressed. Each area
 * then decides which of these types it takes.
 */
public final class FileTypes {

	public static final String PDF = "application/pdf";

	public static final String PNG = "image/png";

	public static final String JPEG = "image/jpeg";

	public static final String GIF = "image/gif";

	public static final String SVG = "image/svg+xml";

	public static final String TTF = "font/ttf";

	public static final String OTF = "font/otf";

	public static final String WOFF = "font/woff";

	public static final String WOFF2 = "font/woff2";

	/** Office documents, current and legacy. */
	public static final Set<String> OFFICE = Set.of("application/msword", "application/vnd.ms-excel",
			"application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation");

	private static final int SVG_SNIFF_BYTES = 4096;

	private static final Map<String, String> OOXML = Map.of("docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pptx",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation");

	private static final Map<String, String> LEGACY_OFFICE = Map.of("doc", "application/msword", "xls",
			"application/vnd.ms-excel", "ppt", "application/vnd.ms-powerpoint");

	private static final int MAX_ZIP_ENTRIES = 10_000;

	private FileTypes() {
	}

	public static Optional<String> detect(String filename, byte[] content) {
		String extension = extension(filename);
		if (startsWith(content, "%PDF-".getBytes()) && extension.equals("pdf")) {
			return Optional.of(PDF);
		}
		if (extension.equals("svg") && isSvg(content)) {
			return Optional.of(SVG);
		}
		if (startsWith(content, new byte[] { 0, 1, 0, 0 }) && extension.equals("ttf")) {
			return Optional.of(TTF);
		}
		if (startsWith(content, "OTTO".getBytes()) && extension.equals("otf")) {
			return Optional.of(OTF);
		}
		if (startsWith(content, "wOFF".getBytes()) && extension.equals("woff")) {
			return Optional.of(WOFF);
		}
		if (startsWith(content, "wOF2".getBytes()) && extension.equals("woff2")) {
			return Optional.of(WOFF2);
		}
		if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })
				&& extension.equals("png")) {
			return Optional.of(PNG);
		}
		if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })
				&& (extension.equals("jpg") || extension.equals("jpeg"))) {
			return Optional.of(JPEG);
		}
		if ((startsWith(content, "GIF87a".getBytes()) || startsWith(content, "GIF89a".getBytes()))
				&& extension.equals("gif")) {
			return Optional.of(GIF);
		}
		if (startsWith(content,
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 })
				&& LEGACY_OFFICE.containsKey(extension)) {
			return Optional.of(LEGACY_OFFICE.get(extension));
		}
		if (startsWith(content, new byte[] { 'P', 'K', 0x03, 0x04 }) && OOXML.containsKey(extension)
				&& isOfficeOpenXml(content)) {
			return Optional.of(OOXML.get(extension));
		}
		return Optional.empty();
	}

	/**
	 * A file name without any path, control characters or a leading dot, at most 255
	 * characters.
	 */
	public static String cleanName(String original) {
		String name = (original == null) ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder();
		// Control and format characters go, among them the direction marks that make
		// "evil\u202Egnp.svg" look like "evilsvg.png".
		name.codePoints()
			.filter((c) -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
					&& Character.getType(c) != Character.LINE_SEPARATOR
					&& Character.getType(c) != Character.PARAGRAPH_SEPARATOR)
			.forEach(clean::appendCodePoint);
		String result = clean.toString().strip().replaceFirst("^\\.+", "");
		if (result.isEmpty()) {
			result = "attachment";
		}
		return (result.length() > 255) ? result.substring(result.length() - 255) : result;
	}

	/**
	 * An SVG is text: an optional byte-order mark, XML declaration, comments or doctype,
	 * then the svg element. Binary content with a .svg name is not one.
	 */
	private static boolean isSvg(byte[] content) {
		String head = new String(content, 0, Math.min(content.length, SVG_SNIFF_BYTES), StandardCharsets.UTF_8);
		if (head.indexOf('\u0000') >= 0) {
			return false;
		}
		String text = head.replaceFirst("^\uFEFF", "").stripLeading();
		return (text.startsWith("<?xml") || text.startsWith("<svg") || text.startsWith("<!--")
				|| text.startsWith("<!DOCTYPE svg")) && text.contains("<svg");
	}

	/**
	 * Reads the zip's central directory only: walking the entries of a stream would
	 * inflate them, and a zip bomb would make that expensive.
	 */
	private static boolean isOfficeOpenXml(byte[] content) {
		Path file = null;
		try {
			file = Files.createTempFile("cmo-upload-", ".zip");
			Files.write(file, content);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				return zip.size() <= MAX_ZIP_ENTRIES && zip.getEntry("[Content_Types].xml") != null;
			}
		}
		catch (IOException ex) {
			return false;
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					file.toFile().deleteOnExit();
				}
			}
		}
	}

	private static String extension(String filename) {
		int dot = filename.lastIndexOf('.');
		return (dot < 0) ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

}
