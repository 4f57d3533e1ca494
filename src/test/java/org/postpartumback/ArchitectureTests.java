package org.postpartumback;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package-by-feature shape holds: no two feature packages depend on each other in a circle, and the
 * cross-cutting packages ({@code system}, {@code source}, {@code language}) depend on no feature.
 */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.postpartumback");

	@Test
	void featurePackagesAreFreeOfCycles() {
		slices().matching("org.postpartumback.(*)..").should().beFreeOfCycles().check(MAIN);
	}

	@Test
	void systemSourcesAndLanguagesDependOnNoFeature() {
		noClasses().that()
			.resideInAnyPackage("org.postpartumback.system..", "org.postpartumback.source..",
					"org.postpartumback.language..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.postpartumback.exercise..", "org.postpartumback.cause..",
					"org.postpartumback.relief..", "org.postpartumback.routine..", "org.postpartumback.share..",
					"org.postpartumback.guide..", "org.postpartumback.figure..", "org.postpartumback.session..",
					"org.postpartumback.safety..", "org.postpartumback.offline..")
			.check(MAIN);
	}

}
