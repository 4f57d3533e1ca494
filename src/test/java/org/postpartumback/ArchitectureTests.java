package org.postpartumback;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package-by-feature shape holds, in four layers, each using only the layers below it (no dependency points up)
 * and no two packages depending on each other in a circle:
 * <ol>
 * <li>the site as a whole: the layout's model, the site map and structured data ({@code layout}), and what works on
 * every page at once ({@code offline});</li>
 * <li>the features, one package each ({@code exercise}, {@code routine}, ...), any package not named elsewhere;</li>
 * <li>the web's plumbing: the page store, the security headers, the error pages, the public and static URLs;</li>
 * <li>the foundations every page speaks through: the languages and the sources.</li>
 * </ol>
 */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.postpartumback");

	private static final List<String> SITE = List.of("layout", "offline");

	private static final List<String> WEB = List.of("pagestore", "headers", "errors", "urls");

	private static final List<String> FOUNDATIONS = List.of("language", "source");

	@Test
	void packagesAreFreeOfCycles() {
		slices().matching("org.postpartumback.(*)..").should().beFreeOfCycles().check(MAIN);
	}

	@Test
	void everyPackageUsesOnlyTheLayersBelowIt() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("Site")
			.definedBy(in(SITE))
			.layer("Features")
			.definedBy(feature())
			.layer("Web")
			.definedBy(in(WEB))
			.layer("Foundations")
			.definedBy(in(FOUNDATIONS))
			.whereLayer("Site")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("Features")
			.mayOnlyBeAccessedByLayers("Site")
			.whereLayer("Web")
			.mayOnlyBeAccessedByLayers("Site", "Features")
			.whereLayer("Foundations")
			.mayOnlyBeAccessedByLayers("Site", "Features", "Web")
			.check(MAIN);
	}

	@Test
	void theLayersAreThePackagesThatExist() {
		List<String> named = new ArrayList<>(SITE);
		named.addAll(WEB);
		named.addAll(FOUNDATIONS);
		assertThat(named).allSatisfy(name -> assertThat(MAIN.stream()
			.anyMatch(type -> type.getPackageName().equals("org.postpartumback." + name))).as("package %s", name).isTrue());
	}

	private static DescribedPredicate<JavaClass> in(List<String> packages) {
		return DescribedPredicate.describe("in " + packages,
				type -> packages.stream().anyMatch(name -> packageOf(type).equals(name)));
	}

	private static DescribedPredicate<JavaClass> feature() {
		return DescribedPredicate.describe("in a feature package", type -> {
			String name = packageOf(type);
			return !name.isEmpty() && !SITE.contains(name) && !WEB.contains(name) && !FOUNDATIONS.contains(name);
		});
	}

	/** The first package under org.postpartumback, or "" for the top package itself. */
	private static String packageOf(JavaClass type) {
		String rest = type.getPackageName().replaceFirst("^org\\.postpartumback\\.?", "");
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}
