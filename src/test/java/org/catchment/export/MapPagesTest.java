package org.catchment.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.OutputSpec;
import org.catchment.render.MapDocument;
import org.junit.jupiter.api.Test;

/** The page every map of an analysis is drawn on, by the command line and the app alike. */
class MapPagesTest {

    private static Analysis analysis(List<String> roads, List<String> attribution) {
        AnalysisSpec.NetworkSpec network = roads == null ? null
                : new AnalysisSpec.NetworkSpec(roads, null, null, null, null, null, null, null, null, null);
        AnalysisSpec spec = new AnalysisSpec("Town", network, null, null, null, null, null, null, null,
                OutputSpec.builder().attribution(attribution).build());
        return new Analysis(spec, Path.of("town.yml").toAbsolutePath(), Path.of("").toAbsolutePath());
    }

    @Test
    void theAnalysisCreditReplacesTheNetworksDefault() {
        assertThat(MapPages.credits(analysis(List.of("RoadLink.shp"), List.of("Synthetic data (CC0)", "Second line"))))
                .containsExactly("Synthetic data (CC0)", "Second line");
        assertThat(MapPages.credits(analysis(List.of("RoadLink.shp"), List.of()))).as("an empty list prints none")
                .isEmpty();
    }

    @Test
    void withoutOneTheNetworksDataIsCredited() {
        assertThat(MapPages.credits(analysis(List.of("RoadLink.shp"), null))).containsExactly(
                "Contains OS data \u00a9 Crown copyright and database right " + Year.now().getValue());
        assertThat(MapPages.credits(analysis(List.of("rutland.osm.pbf"), null))).containsExactly(
                "Map data \u00a9 OpenStreetMap contributors (ODbL)");
        assertThat(MapPages.credits(analysis(null, null))).as("no network yet, no data to credit").isEmpty();
    }

    @Test
    void aPageCarriesTitleLegendHeadingAndCredits() {
        MapDocument page = MapPages.page("Town: deserts", analysis(List.of("RoadLink.shp"), List.of("Own data")))
                .extent(new org.locationtech.jts.geom.Envelope(0, 100, 0, 100)).build();
        assertThat(page.title()).isEqualTo("Town: deserts");
        assertThat(page.legendTitle()).isEqualTo("Legend");
        assertThat(page.attribution()).containsExactly("Own data");
    }

    @Test
    void zonesAreLabelledUpToFortyAndNotBeyond() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            names.add("Zone " + i);
        }
        assertThat(MapPages.zoneLabels(names.subList(0, 4))).contains(List.of("Zone 0", "Zone 1", "Zone 2", "Zone 3"));
        assertThat(MapPages.zoneLabels(names.subList(0, 40)).orElseThrow()).hasSize(40);
        assertThat(MapPages.zoneLabels(names)).isEmpty();
    }
}
