package org.cmooffice.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.Thymeleaf;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.SpringSecurityCoreVersion;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The libraries the application runs on are at least the versions that fixed the known
 * flaws of its security (Spring Security 7.0.7, Thymeleaf 3.1.6), and every build carries
 * a CycloneDX bill of materials naming each library and its version, for the office's
 * vulnerability scanner.
 */
class LibraryVersionsTests {

	private static final String BILL_OF_MATERIALS = "META-INF/sbom/application.cdx.json";

	@Test
	void theSecurityRelevantLibrariesAreAtLeastTheFixedVersions() {
		assertThat(atLeast(SpringSecurityCoreVersion.getVersion(), 7, 0, 7))
			.as("Spring Security %s", SpringSecurityCoreVersion.getVersion())
			.isTrue();
		assertThat(atLeast(Thymeleaf.getVersion(), 3, 1, 6)).as("Thymeleaf %s", Thymeleaf.getVersion()).isTrue();
	}

	@Test
	void theBuildCarriesABillOfMaterialsOfEveryLibrary() throws IOException {
		Map<String, String> versions = new HashMap<>();
		try (InputStream bill = getClass().getClassLoader().getResourceAsStream(BILL_OF_MATERIALS)) {
			assertThat(bill)
				.as(BILL_OF_MATERIALS + " is made by the CycloneDX plugin in generate-resources (it is skipped when"
						+ " Maven runs offline: run the build online)")
				.isNotNull();
			JsonNode root = JsonMapper.builder().build().readTree(bill);
			assertThat(root.path("bomFormat").asString()).isEqualTo("CycloneDX");
			for (JsonNode component : root.path("components")) {
				versions.put(component.path("group").asString() + ":" + component.path("name").asString(),
						component.path("version").asString());
			}
		}
		assertThat(versions).hasSizeGreaterThan(50)
			.containsEntry("org.springframework.security:spring-security-core", SpringSecurityCoreVersion.getVersion())
			.containsEntry("org.thymeleaf:thymeleaf", Thymeleaf.getVersion())
			.containsKeys("org.postgresql:postgresql", "org.springframework.session:spring-session-jdbc",
					"com.googlecode.owasp-java-html-sanitizer:owasp-java-html-sanitizer");
	}

	private static boolean atLeast(String version, int... minimum) {
		String[] parts = version.split("[.-]");
		for (int i = 0; i < minimum.length; i++) {
			int part = Integer.parseInt(parts[i]);
			if (part != minimum[i]) {
				return part > minimum[i];
			}
		}
		return true;
	}

}
