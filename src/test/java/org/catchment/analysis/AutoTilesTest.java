package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** When a run with no tiles key is tiled: above the area, on the grid, and never when a tiled run cannot do it. */
class AutoTilesTest {

    private static final Envelope BIG = new Envelope(300_000, 360_000, 380_000, 430_000);
    private static final Envelope SMALL = new Envelope(300_000, 340_000, 380_000, 420_000);
    private static AnalysisSpec withScenarios;
    private static AnalysisSpec sample;

    @BeforeAll
    static void read() throws Exception {
        withScenarios = AnalysisFiles.parse(Files.readString(SamplePipelineTest.SAMPLE), SamplePipelineTest.SAMPLE)
                .spec();
        sample = withScenarios.withScenarios(List.of());
    }

    @Test
    void aStudyEnvelopeAboveTheAreaIsTiledOnTheGrid() {
        assertThat(AutoTiles.DEFAULT.choose(sample, false, BIG)).isEqualTo(TilesSpec.grid(20));
        assertThat(AutoTiles.DEFAULT.note(BIG)).startsWith("The study area's envelope covers 3,000 km² (more than 2,500 km²),"
                + " so it was run in tiles on a 20 km grid, as tiles: {grid_km: 20} would");
        assertThat(new AutoTiles(100, 7.5).choose(sample, false, SMALL)).isEqualTo(TilesSpec.grid(7.5));
    }

    @Test
    void aStudyEnvelopeUpToTheAreaRunsInOnePiece() {
        assertThat(AutoTiles.DEFAULT.choose(sample, false, SMALL)).as("1,600 km²").isNull();
        assertThat(new AutoTiles(1_600, 20).choose(sample, false, SMALL)).as("exactly the area").isNull();
        assertThat(AutoTiles.NEVER.choose(sample, false, BIG)).isNull();
        assertThat(AutoTiles.DEFAULT.choose(sample, false, new Envelope())).isNull();
    }

    @Test
    void theAnalysisTilesAreKeptAndWhatATiledRunCannotDoRunsInOnePiece() {
        assertThat(AutoTiles.DEFAULT.choose(sample.withTiles(TilesSpec.byField("LAD")), false, BIG)).isNull();
        assertThat(AutoTiles.DEFAULT.choose(sample, true, BIG)).as("an OpenStreetMap extract").isNull();
        assertThat(AutoTiles.DEFAULT.choose(sample.withNetwork(sample.network().toBuilder().clipToStudyArea(false)
                .build()), false, BIG)).as("no clip").isNull();
        assertThat(withScenarios.scenarios()).isNotEmpty();
        assertThat(AutoTiles.DEFAULT.choose(withScenarios, false, BIG)).as("scenarios").isNull();
        assertThat(AutoTiles.DEFAULT.choose(sample.withCatchments(sample.catchments().toBuilder().perFacility(true)
                .build()), false, BIG)).as("per-facility service areas").isNull();
    }
}
