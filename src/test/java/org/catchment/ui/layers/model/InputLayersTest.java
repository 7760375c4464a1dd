package org.catchment.ui.layers.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.RunZones;
import org.catchment.overlay.Zone;
import org.catchment.ui.TinyTown;
import org.catchment.ui.form.model.AnalysisForm;
import org.geotools.api.feature.simple.SimpleFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inputs the app draws as the run reads them: roads only within walking reach of the wards, the wards filtered. */
class InputLayersTest {

    @TempDir
    Path dir;

    @Test
    void roadsFarFromTheWardsAreNotDrawnWhileTheRunClipsThem() throws Exception {
        Analysis tiny = AnalysisFiles.read(TinyTown.write(dir));
        String roads = Files.readString(dir.resolve("roads.geojson"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("far.geojson"), roads.replace("[35", "[40"), StandardCharsets.UTF_8);
        AnalysisForm form = new AnalysisForm(tiny.spec());
        form.addRoads("far.geojson");
        AtomicLong ids = new AtomicLong();

        Analysis clipped = new Analysis(form.spec(), tiny.file(), dir);
        assertThat(clipped.networkReachM()).as("10 min at 80 m/min + 100 m trim + 250 m snap")
                .isEqualTo(10 * 80 + 100 + 250.0);
        InputLayers.Loaded near = InputLayers.read(clipped, ids::incrementAndGet, () -> false);
        assertThat(near.layers()).filteredOn(i -> i.name().equals(InputLayers.ROADS)).singleElement()
                .satisfies(i -> assertThat(i.source().size()).isEqualTo(24))
                .satisfies(i -> assertThat(i.envelope().getMaxX()).isLessThan(TinyTown.E0 + 1300));

        form.setClipToStudyArea(false);
        InputLayers.Loaded all = InputLayers.read(new Analysis(form.spec(), tiny.file(), dir), ids::incrementAndGet,
                () -> false);
        assertThat(all.layers()).filteredOn(i -> i.name().equals(InputLayers.ROADS)).hasSize(2);
    }

    /*
     * Rutland's study area is OpenStreetMap's residential land (study_area.filter: fclass =
     * 'residential', 139 of the 2,125 landuse polygons, 130 of them unnamed): the app draws and lists
     * exactly those, named as the run names them (issue 16, defect 1: it drew every landuse polygon
     * and listed nature reserves and recreation grounds).
     */
    @Test
    void rutlandsWardsAreTheZonesTheRunUses() {
        Analysis rutland = AnalysisFiles.read(Path.of("data/rutland/analysis.yml"));
        InputLayers.Loaded loaded = InputLayers.read(rutland, new AtomicLong()::incrementAndGet, () -> false);

        LayerItem wards = loaded.layers().stream().filter(i -> i.name().equals("Wards")).findFirst().orElseThrow();
        assertThat(wards.source().features()).extracting(SimpleFeature::getID).hasSize(139)
                .containsExactlyElementsOf(RunZones.layer(rutland).features().stream().map(SimpleFeature::getID).toList());
        assertThat(wards.source().features()).allMatch(f -> "residential".equals(f.getAttribute("fclass")));
        List<Zone> zones = RunZones.zones(rutland);
        assertThat(loaded.wardNames()).containsExactlyElementsOf(zones.stream().map(Zone::name).distinct().toList())
                .contains("Wing", "Lonsdale Park", "895060504").doesNotContain("Rutland Water Nature Reserve");
    }
}
