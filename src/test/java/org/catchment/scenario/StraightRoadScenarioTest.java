package org.catchment.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.ProgressListener;
import org.catchment.analysis.ScenarioSpec;
import org.catchment.export.StraightRoad;
import org.catchment.io.geojson.GeoJsonText;
import org.catchment.overlay.AccessChange;
import org.catchment.overlay.CoverageRow;
import org.catchment.overlay.Desert;
import org.catchment.overlay.DesertChange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A proposed second surgery on {@link StraightRoad}, worked out by hand. The road runs from x = 0
 * to 2000 (y = 0) through a 2,000 x 1,000 m study area; the surgery at x 200 serves x 0..970 within
 * 10 minutes and the library x 1200..2000, so the one desert (both missing) is the rectangle less
 * both strips. A second surgery on the road at x 1500 reaches x 700..2000: the surgeries' strip
 * now spans the whole road, so access is gained on {@code 200 x (2000 - 970) - C/2} m² (C: the two
 * caps; the first surgery's cap at x 970 was served already), and the places missing both are the
 * rectangle less the 200 m strip: two deserts of 2,000 x 400 m, north and south of the road, one
 * group with the desert before (it split).
 */
class StraightRoadScenarioTest {

    private static final double GAINED_M2 = 200 * (2000 - 970) - StraightRoad.CAPS_M2 / 2;

    @TempDir
    static Path dir;
    private static WhatIfSession session;
    private static ScenarioResult second;

    @BeforeAll
    static void run() throws Exception {
        session = WhatIfSession.of(AnalysisRunner.run(AnalysisFiles.read(StraightRoad.write(dir.resolve("road"), ""))));
        second = session.evaluate(ScenarioSpec.named("second_surgery").withAdd(ScenarioSpec.Add.point("gp",
                StraightRoad.E0 + 1500, StraightRoad.N0, "Riverside Surgery")), ProgressListener.NONE, () -> false);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void theSecondSurgerySplitsTheDesertInTwo() {
        assertThat(second.result().deserts().deserts()).extracting(Desert::areaM2)
                .allSatisfy(a -> assertThat(a).isCloseTo(2000 * 400, within(1.0))).hasSize(2);
        assertThat(second.comparison().deserts()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(DesertChange.Status.CHANGED);
            assertThat(c.before()).hasSize(1);
            assertThat(c.after()).hasSize(2);
            assertThat(c.missingBefore()).containsExactly("gp", "libraries");
            assertThat(c.missingAfter()).containsExactly("gp", "libraries");
        });
    }

    @Test
    void accessIsGainedWhereOnlyTheNewSurgeryReaches() {
        AccessChange gp = second.comparison().servedAccess("gp").orElseThrow();
        assertThat(gp.gainedAreaM2()).isCloseTo(GAINED_M2, within(1.0));
        assertThat(gp.lostAreaM2()).isZero();
        assertThat(gp.gainedResidents()).as("no population data").isNull();
        double byWard = second.comparison().zones().stream().filter(z -> z.change() != null && z.servedBand())
                .mapToDouble(z -> z.change().gainedAreaM2()).sum();
        assertThat(byWard).as("the wards' gains add up").isCloseTo(GAINED_M2, within(1.0));
        assertThat(second.comparison().access()).extracting(AccessChange::type).containsOnly("gp");
        assertThat(second.comparison().facilities()).singleElement().satisfies(f -> {
            assertThat(f.facility().name()).isEqualTo("Riverside Surgery");
            assertThat(f.onNetwork()).isTrue();
        });
    }

    @Test
    void closingAFacilityOfTheBaselineByItsNameIsWhatTheSessionWrites() {
        AnalysisResult.TypeResult libraries = session.baseline().types().get(1);
        ScenarioSpec.Close close = session.closure("libraries", libraries.catchment().facilities().get(0));
        assertThat(close).isEqualTo(ScenarioSpec.Close.ids("libraries", "Central Library"));
        ScenarioResult r = session.setScenario(ScenarioSpec.named("no_library").withClose(close), ProgressListener.NONE,
                () -> false);
        assertThat(session.current()).contains(r);
        assertThat(r.comparison().servedAccess("libraries").orElseThrow().lostAreaM2())
                .isCloseTo(200 * 800 + StraightRoad.CAPS_M2 / 2, within(1.0));
        session.setDesertRule(session.desertRule().withMinMissing(1).withTypes(List.of("libraries")));
        assertThat(session.current().orElseThrow().result().deserts().deserts()).as("no library left: the whole study"
                + " area lacks one").singleElement().satisfies(d -> assertThat(d.areaM2()).isCloseTo(2_000_000, within(1.0)));
        session.setDesertRule(session.desertRule().withMinMissing(2).withTypes(null));
        session.clearScenario();
        assertThat(session.current()).isEmpty();
    }

    @Test
    void theScenarioIsWhatARunOfTheEditedLayerGives() throws Exception {
        Path road = dir.resolve("road");
        GeoJsonText.write(road.resolve("gp2.geojson"), List.of(
                GeoJsonText.feature("{\"name\": \"Elm Road Surgery\"}", GeoJsonText.point(StraightRoad.E0 + 200,
                        StraightRoad.N0 + 30)),
                GeoJsonText.feature("{\"name\": \"Riverside Surgery\"}", GeoJsonText.point(StraightRoad.E0 + 1500,
                        StraightRoad.N0))));
        Path edited = road.resolve("edited.yml");
        Files.writeString(edited, Files.readString(road.resolve("analysis.yml")).replace("layer: gp.geojson",
                "layer: gp2.geojson"));
        try (AnalysisResult run = AnalysisRunner.run(AnalysisFiles.read(edited))) {
            assertThat(second.result().deserts().deserts()).extracting(Desert::areaM2).usingElementComparator(
                    (a, b) -> Math.abs(a - b) < 1e-6 ? 0 : Double.compare(a, b))
                    .isEqualTo(run.deserts().deserts().stream().map(Desert::areaM2).toList());
            List<CoverageRow> mine = second.result().wardCoverage();
            for (int i = 0; i < mine.size(); i++) {
                assertThat(mine.get(i).coveredAreaM2()).as(mine.get(i).zone() + " " + mine.get(i).type() + " "
                        + mine.get(i).bandMin()).isCloseTo(run.wardCoverage().get(i).coveredAreaM2(), within(1e-6));
            }
        }
        AnalysisResult base = session.baseline();
        for (int i = 0; i < base.wardCoverage().size(); i++) {
            if (base.wardCoverage().get(i).type().equals("libraries")) {
                assertThat(second.result().wardCoverage().get(i)).as("unchanged type: the baseline's row, kept")
                        .isSameAs(base.wardCoverage().get(i));
            }
        }
    }
}
