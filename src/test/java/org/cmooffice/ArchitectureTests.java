package org.cmooffice;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The feature packages talk to each other only through public services and events.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.cmooffice");

	@Test
	void sharedDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("org.cmooffice.shared..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("org.cmooffice.shared..", "java..", "javax..", "jakarta..",
					"org.springframework..", "org.slf4j..", "io.zonky..", "com.zaxxer..", "org.hibernate..",
					"org.aopalliance..", "net.javacrumbs..", "org.thymeleaf..")
			.check(CLASSES);
	}

	@Test
	void noFeatureUsesAnotherFeaturesRepositoriesOrControllers() {
		classes()
			.should(new ArchCondition<JavaClass>("use only the repositories and controllers of their own package") {
				@Override
				public void check(JavaClass item, ConditionEvents events) {
					for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
						JavaClass target = dependency.getTargetClass();
						boolean internal = target.getSimpleName().endsWith("Repository")
								|| target.getSimpleName().endsWith("Controller");
						if (internal && target.getPackageName().startsWith("org.cmooffice")
								&& !target.getPackageName().equals(item.getPackageName())) {
							events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
						}
					}
				}
			})
			.check(CLASSES);
	}

	/**
	 * The servlet API's security methods are switched off (SecurityConfiguration): they
	 * would answer null and false for everyone, so nothing may rely on them.
	 */
	@Test
	void theSignedInUserIsReadFromTheSecurityContextNotTheServletApi() {
		noClasses().should()
			.callMethod(HttpServletRequest.class, "getUserPrincipal")
			.orShould()
			.callMethod(HttpServletRequest.class, "isUserInRole", String.class)
			.orShould()
			.callMethod(HttpServletRequest.class, "getRemoteUser")
			.orShould()
			.callMethod(HttpServletRequest.class, "authenticate", HttpServletResponse.class)
			.orShould()
			.callMethod(HttpServletRequest.class, "login", String.class, String.class)
			.orShould()
			.callMethod(HttpServletRequest.class, "logout")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName(Principal.class.getName())
			.check(CLASSES);
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.cmooffice.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

}
