package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.catchment.export.StraightRoad;
import org.catchment.overlay.Desert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live desert rule on {@link StraightRoad}: a study area of 2,000 x 1,000 m (wards West and
 * East) along one 2 km road, the GP serving x 0..970 and the library x 1200..2000 at 10 minutes.
 * Within the study area each served area is its stretch's 200 m wide strip plus one half cap (the
 * other cap lies beyond x = 0 or x = 2000): GP {@code 200 x 970 + C/2}, library
 * {@code 200 x 800 + C/2}, with C the two caps ({@link StraightRoad#CAPS_M2}); they do not meet
 * (x 1070 to 1100 lies between), so the places missing both are the rectangle less both, one
 * connected region.
 */
class LiveDesertRuleTest {

    private static final double STUDY_M2 = 2_000_000;
    private static final double GP_M2 = 200 * 970 + StraightRoad.CAPS_M2 / 2;
    private static final double LIBRARY_M2 = 200 * 800 + StraightRoad.CAPS_M2 / 2;

    @TempDir
    static Path dir;
    private static Path file;
    private static AnalysisResult result;

    @BeforeAll
    static void run() throws Exception {
        file = StraightRoad.write(dir.resolve("road"), "");
        result = AnalysisRunner.run(AnalysisFiles.read(file));
    }

    @AfterAll
    static void close() {
        result.close();
    }

    private static AnalysisSpec.DesertSpec rule(int minMissing, List<String> types) {
        return result.analysis().spec().deserts().withMinMissing(minMissing).withTypes(types);
    }

    @Test
    void theFileRuleFindsThePlacesMissingBoth() {
        assertThat(result.deserts().deserts()).singleElement().satisfies(d -> {
            assertThat(d.areaM2()).isCloseTo(STUDY_M2 - GP_M2 - LIBRARY_M2, within(1.0));
            assertThat(d.missingTypes()).containsExactly("gp", "libraries");
            assertThat(d.wards()).containsExactly("West", "East");
        });
    }

    @Test
    void countingOneTypeMakesEveryPlaceItMissesADesert() {
        AnalysisResult gp = result.withDesertRule(rule(1, List.of("gp")));
        assertThat(gp.deserts().deserts()).singleElement().satisfies(d -> {
            assertThat(d.areaM2()).as("the study area less the GP's 10 minutes").isCloseTo(STUDY_M2 - GP_M2, within(1.0));
            assertThat(d.missingTypes()).as("the library is not counted").containsExactly("gp");
            assertThat(d.partlyMissingTypes()).isEmpty();
        });
        AnalysisResult library = result.withDesertRule(rule(1, List.of("libraries")));
        assertThat(library.deserts().deserts()).singleElement().extracting(Desert::areaM2, org.assertj.core.api
                .InstanceOfAssertFactories.DOUBLE).isCloseTo(STUDY_M2 - LIBRARY_M2, within(1.0));
        assertThat(gp.wardCoverage()).as("coverage does not depend on the rule").isSameAs(result.wardCoverage());
        assertThat(gp.types()).as("no search again").isSameAs(result.types());
        assertThat(gp.analysis().spec().deserts().types()).containsExactly("gp");
    }

    @Test
    void aThresholdOfOneOfTwoTypesMakesTheWholeStudyAreaOneDesert() {
        AnalysisResult one = result.withDesertRule(rule(1, null));
        assertThat(one.deserts().deserts()).singleElement().satisfies(d -> {
            assertThat(d.areaM2()).isCloseTo(STUDY_M2, within(1.0));
            assertThat(d.missingTypes()).as("no type is missing throughout").isEmpty();
            assertThat(d.partlyMissingTypes()).containsExactly("gp", "libraries");
        });
    }

    @Test
    void aThresholdAboveTheTypesCountedFindsNoDesertAndSaysWhy() {
        AnalysisResult three = result.withDesertRule(rule(3, null));
        assertThat(three.deserts().deserts()).isEmpty();
        assertThat(three.notes()).contains("Deserts: the rule needs 3 or more types missing but counts only 2 types,"
                + " so no place can be a desert. Lower deserts.min_missing to 2 or count more types to find deserts.");
        AnalysisResult back = three.withDesertRule(rule(2, null));
        assertThat(back.notes()).as("the note goes when the rule can be met again").noneMatch(n -> n.startsWith("Deserts:"));
        assertThat(back.deserts().deserts()).singleElement().extracting(Desert::areaM2, org.assertj.core.api
                .InstanceOfAssertFactories.DOUBLE).isCloseTo(STUDY_M2 - GP_M2 - LIBRARY_M2, within(1.0));
        assertThat(result.withDesertRule(rule(2, List.of("gp"))).notes()).anyMatch(n -> n.contains("counts only 1 type"
                + " (deserts.types)"));
    }

    @Test
    void theLiveRuleGivesWhatARunOfTheSameFileGives() throws Exception {
        Path changed = dir.resolve("road/types.yml");
        Files.writeString(changed, Files.readString(file).replace("min_missing: 2", "min_missing: 1\n  types: [gp]"));
        try (AnalysisResult rerun = AnalysisRunner.run(AnalysisFiles.read(changed))) {
            AnalysisResult live = result.withDesertRule(rerun.analysis().spec().deserts());
            assertThat(live.deserts().deserts()).extracting(Desert::areaM2)
                    .isEqualTo(rerun.deserts().deserts().stream().map(Desert::areaM2).toList());
            assertThat(live.deserts().deserts()).extracting(Desert::missingTypes)
                    .isEqualTo(rerun.deserts().deserts().stream().map(Desert::missingTypes).toList());
        }
    }

    @Test
    void anAnalysisOfTwoTypesRunsOnTheDefaultThresholdWithANote() throws Exception {
        Path defaults = dir.resolve("road/defaults.yml");
        Files.writeString(defaults, Files.readString(file).replace("deserts:\n  min_missing: 2\n", ""));
        try (AnalysisResult run = AnalysisRunner.run(AnalysisFiles.read(defaults))) {
            assertThat(run.analysis().spec().deserts().minMissing()).isEqualTo(3);
            assertThat(run.deserts().deserts()).isEmpty();
            assertThat(run.notes()).anyMatch(n -> n.startsWith("Deserts: the rule needs 3 or more types missing but"
                    + " counts only 2 types"));
        }
    }

    @Test
    void aRuleNamingATypeTheResultLacksIsRefused() {
        assertThatThrownBy(() -> result.withDesertRule(rule(1, List.of("parks"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parks");
    }
}
