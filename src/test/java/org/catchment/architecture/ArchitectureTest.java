package org.catchment.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, checked on the compiled main classes: the layers and
 * what each may use (the table of packages; {@link DependencyTableTest} checks that this rule, the
 * table and the code agree), no cycles between packages, view models free of JavaFX and of the
 * views, JavaFX only in the UI, printing only in the command line (and the benchmarks it runs),
 * GraphHopper only in the network package, file formats only in {@code io}, the engine never
 * depending on the front ends.
 */
class ArchitectureTest {

    private static final String BASE = PackageGraph.ROOT + ".";

    /**
     * The top-level packages, bottom up, each with the packages it uses: the "uses" column of the
     * package table in docs/architecture.md (every package may also use the root package's
     * exception types).
     */
    static final Map<String, List<String>> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("layer", List.of());
        LAYERS.put("io", List.of("layer"));
        LAYERS.put("network", List.of("layer"));
        LAYERS.put("servicearea", List.of("layer", "network"));
        LAYERS.put("overlay", List.of("layer"));
        LAYERS.put("tiling", List.of("layer"));
        LAYERS.put("render", List.of("io", "layer"));
        LAYERS.put("analysis", List.of("io", "layer", "network", "overlay", "servicearea", "tiling"));
        LAYERS.put("scenario", List.of("analysis", "network", "overlay", "servicearea"));
        LAYERS.put("siting", List.of("analysis", "layer", "network", "overlay", "servicearea"));
        LAYERS.put("export", List.of("analysis", "io", "layer", "network", "overlay", "render", "scenario",
                "servicearea", "siting", "tiling"));
        LAYERS.put("bench", List.of("analysis", "export", "io", "layer", "network", "overlay", "scenario",
                "servicearea", "siting"));
        LAYERS.put("ui", List.of("analysis", "export", "io", "layer", "network", "overlay", "render", "scenario",
                "servicearea", "siting"));
        LAYERS.put("cli", List.of("analysis", "bench", "export", "io", "layer", "overlay", "scenario", "siting", "ui"));
    }

    /** The view packages of the app: every ui package that is not a view model. */
    private static final String[] VIEWS = {"org.catchment.ui", "org.catchment.ui.common..", "org.catchment.ui.map",
        "org.catchment.ui.layers", "org.catchment.ui.form", "org.catchment.ui.results", "org.catchment.ui.export",
        "org.catchment.ui.table", "org.catchment.ui.whatif"};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = MainClasses.get();
    }

    @Test
    void eachPackageUsesOnlyThePackagesItsRowAllows() {
        LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitectureIgnoring(PackageGraph.ROOT);
        for (String layer : LAYERS.keySet()) {
            rule = rule.layer(layer).definedBy(BASE + layer + "..");
        }
        for (Map.Entry<String, List<String>> e : LAYERS.entrySet()) {
            rule = e.getValue().isEmpty() ? rule.whereLayer(e.getKey()).mayNotAccessAnyLayer()
                    : rule.whereLayer(e.getKey()).mayOnlyAccessLayers(e.getValue().toArray(String[]::new));
        }
        rule.check(classes);
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        slices().matching("org.catchment.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noCyclesBetweenTheFormatPackages() {
        slices().matching("org.catchment.io.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noCyclesBetweenTheUiPackagesBelowItsRoot() {
        slices().matching("org.catchment.ui.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void uiFeaturePackagesAreFreeOfCycles() {
        slices().matching("org.catchment.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void viewModelsUseNeitherJavaFxNorTheViews() {
        noClasses().that().resideInAPackage("org.catchment.ui..model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .orShould().dependOnClassesThat().resideInAnyPackage(VIEWS)
                .check(classes);
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
                .should().dependOnClassesThat().resideInAnyPackage("com.graphhopper..", "com.carrotsearch..")
                .check(classes);
    }

    @Test
    void onlyIoReadsAndWritesFormats() {
        noClasses().that().resideOutsideOfPackage("org.catchment.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.h2gis..", "org.h2..", "mil.nga..",
                        "org.sqlite..", "org.apache.commons.csv..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineUsesPicocli() {
        noClasses().that().resideOutsideOfPackage("org.catchment.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "me.tongfei..")
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
