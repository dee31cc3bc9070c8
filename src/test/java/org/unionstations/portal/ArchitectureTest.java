package org.unionstations.portal;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Keeps the package-by-feature shape: no cycles, Vaadin only in UI code (and the two
 * components, map and chart), views talk to services only, the chart knows no feature;
 * the security context only through the application context's strategy.
 */
class ArchitectureTest {

	private static final String BASE = "org.unionstations.portal";

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(BASE);

	@Test
	void features_are_free_of_cycles() {
		slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void vaadin_stays_in_ui_packages_and_the_map_and_chart_components() {
		noClasses().that()
			.resideOutsideOfPackages(BASE + "..ui..", BASE + ".map..", BASE + ".chart..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.vaadin..")
			.check(classes);
	}

	@Test
	void views_never_touch_repositories() {
		noClasses().that()
			.resideInAPackage(BASE + "..ui..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.check(classes);
	}

	@Test
	void services_do_not_depend_on_the_ui() {
		noClasses().that()
			.resideOutsideOfPackages(BASE + "..ui..", BASE + ".map..", BASE + ".chart..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(BASE + "..ui..")
			.check(classes);
	}

	@Test
	void the_chart_component_knows_no_feature() {
		noClasses().that()
			.resideInAPackage(BASE + ".chart..")
			.should()
			.dependOnClassesThat(resideInAPackage(BASE + "..").and(resideOutsideOfPackage(BASE + ".chart..")))
			.check(classes);
	}

	@Test
	void repositories_stay_inside_their_feature() {
		classes().that().areAssignableTo(Repository.class).should().notBePublic().check(classes);
	}

	@Test
	void base_depends_on_no_feature() {
		noClasses().that()
			.resideInAPackage(BASE + ".base..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(BASE + ".station..", BASE + ".district..", BASE + ".security..")
			.check(classes);
	}

	/**
	 * Who is signed in is read and set through the application context's
	 * {@link SecurityContextHolderStrategy} (the one its method security and filters
	 * use), in the portal and in its tests: the JVM-wide {@link SecurityContextHolder}
	 * belongs to whichever portal context started last (decision 0020).
	 */
	@Test
	void the_security_context_goes_through_the_application_s_strategy() {
		Set<String> contextMethods = Set.of("getContext", "getDeferredContext", "setContext", "setDeferredContext",
				"clearContext");
		DescribedPredicate<JavaMethodCall> jvmWideContext = DescribedPredicate.describe(
				"SecurityContextHolder's context (use the SecurityContextHolderStrategy bean)",
				call -> call.getTargetOwner().isEquivalentTo(SecurityContextHolder.class)
						&& contextMethods.contains(call.getName()));
		noClasses().should().callMethodWhere(jvmWideContext).check(new ClassFileImporter().importPackages(BASE));
	}

}
