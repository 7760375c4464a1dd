package org.catchment.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, checked on the compiled main classes: JavaFX only in
 * the UI, printing only in the command line (and the benchmarks it runs), GraphHopper only in the
 * network package, the analysis layers never depending on the front ends.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.catchment");
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.catchment.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLinePrints() {
        noClasses().that().resideOutsideOfPackages("org.catchment.cli..", "org.catchment.bench..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void onlyTheNetworkPackageUsesGraphHopper() {
        noClasses().that().resideOutsideOfPackage("org.catchment.network..")
                .should().dependOnClassesThat().resideInAPackage("com.graphhopper..")
                .check(classes);
    }

    @Test
    void onlyIoReadsAndWritesFormats() {
        noClasses().that().resideOutsideOfPackage("org.catchment.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.h2gis..", "mil.nga..", "org.apache.commons.csv..")
                .check(classes);
    }

    @Test
    void theEngineDoesNotDependOnTheFrontEnds() {
        noClasses().that().resideInAnyPackage("org.catchment.layer..", "org.catchment.io..", "org.catchment.network..",
                "org.catchment.servicearea..", "org.catchment.overlay..", "org.catchment.render..",
                "org.catchment.analysis..", "org.catchment.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.catchment.cli..", "org.catchment.ui..")
                .check(classes);
    }

    @Test
    void theDataModelDoesNotDependOnTheAlgorithms() {
        noClasses().that().resideInAPackage("org.catchment.layer..")
                .should().dependOnClassesThat().resideInAnyPackage("org.catchment.network..", "org.catchment.servicearea..",
                        "org.catchment.overlay..", "org.catchment.analysis..")
                .check(classes);
    }
}
