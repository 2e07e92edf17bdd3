package org.cmooffice;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user sees exists in Japanese and in English, and templates carry no text
 * of their own outside the message bundles.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** A literal message key in a template: #{key} or #{key(args)}. */
	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)(\\(|})");

	/** Text between tags that holds a letter, outside attributes. */
	private static final Pattern TEXT = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		Set<String> japanese = load("messages_ja.properties").stringPropertyNames();
		Set<String> english = load("messages_en.properties").stringPropertyNames();

		assertThat(new TreeSet<>(english)).as("keys missing in messages_en").containsAll(japanese);
		assertThat(new TreeSet<>(japanese)).as("keys missing in messages_ja").containsAll(english);
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> keys = load("messages_ja.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesShowNoTextThatIsNotFromTheBundles() throws IOException {
		Set<String> literal = new TreeSet<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			Matcher matcher = TEXT.matcher(html);
			while (matcher.find()) {
				String text = matcher.group(1).strip();
				String openingTag = html.substring(html.lastIndexOf('<', matcher.start()), matcher.start() + 1);
				boolean replaced = openingTag.contains("th:text") || openingTag.contains("th:utext")
						|| openingTag.contains("th:replace");
				// The language switch names each language in that language, as
				// everywhere.
				boolean languageName = text.equals("日本語") || text.equals("English");
				if (!text.isEmpty() && !replaced && !languageName && !openingTag.startsWith("<!--")
						&& !openingTag.startsWith("<title")) {
					literal.add(TEMPLATES.relativize(template) + ": " + text);
				}
			}
		}
		assertThat(literal).isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static Set<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return new TreeSet<>(files.filter((file) -> file.toString().endsWith(".html")).toList());
		}
	}

}
