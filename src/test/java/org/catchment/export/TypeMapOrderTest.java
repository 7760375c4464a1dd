package org.catchment.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.render.MapLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A type map draws the streets and wards over its service areas at a town's scale (streets seen
 * through them) and under them at a region's, where pixels are 10 m or more and a street grid is
 * solid grey: the straight-road town (2.2 km across with its margin) on a 300 x 200 px page (7.3 m
 * a pixel) and on a 200 x 200 px one (11 m a pixel).
 */
class TypeMapOrderTest {

    @TempDir
    Path dir;

    @Test
    void streetsAreOverTheServiceAreasInATownAndUnderThemAtARegionsScale() throws IOException {
        Path file = StraightRoad.write(dir.resolve("input"), "");
        try (AnalysisResult town = AnalysisRunner.run(AnalysisFiles.read(file))) {
            List<String> layers = names(new MapExport(town, null));
            assertThat(layers.indexOf("band 5")).isGreaterThanOrEqualTo(0).isLessThan(layers.indexOf("wards"));
            assertThat(layers.indexOf("band 10")).isLessThan(layers.indexOf("band 5"));
        }
        Files.writeString(file, Files.readString(file).replace("width_px: 300", "width_px: 200")
                );
        try (AnalysisResult region = AnalysisRunner.run(AnalysisFiles.read(file))) {
            List<String> layers = names(new MapExport(region, null));
            assertThat(layers.indexOf("wards")).isGreaterThanOrEqualTo(0).isLessThan(layers.indexOf("band 10"));
            assertThat(layers.indexOf("band 10")).isLessThan(layers.indexOf("band 5"));
            assertThat(layers.get(layers.size() - 1)).isEqualTo("gp");
        }
    }

    private static List<String> names(MapExport maps) {
        return maps.typeMap(0).layers().stream().map(MapLayer::name).toList();
    }
}
