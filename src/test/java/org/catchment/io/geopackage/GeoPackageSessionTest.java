package org.catchment.io.geopackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.catchment.io.TestLayers;
import org.catchment.layer.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A GeoPackage written in steps ({@link GeoPackageWriter.Session}) is the file written at once from
 * all its tables: the same bytes once the times SQLite stamps are set alike, a name repeated in a
 * later step numbered as in one list; a session closed unfinished leaves no file.
 */
class GeoPackageSessionTest {

    @TempDir
    Path dir;

    private final Layer wards = TestLayers.layer("Wards", Polygon.class,
            List.of("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", "POLYGON ((10 0, 20 0, 20 10, 10 0))"),
            List.of(new TestLayers.Attr("name", String.class)), List.<List<Object>>of(List.of("West"), List.of("East")));
    private final Layer sites = TestLayers.layer("Sites", Point.class, List.of("POINT (1 2)", "POINT (15 3)", "POINT (4 4)"),
            List.of(new TestLayers.Attr("minutes", Double.class)),
            List.<List<Object>>of(List.of(2.5), List.of(7.0), List.of(0.0)));
    private final Layer moreSites = TestLayers.layer("Sites", Point.class, List.of("POINT (9 9)"),
            List.of(new TestLayers.Attr("minutes", Double.class)), List.<List<Object>>of(List.of(1.25)));
    private final Map<String, String> styles = Map.of("wards", "<qgis>wards</qgis>", "sites_2", "<qgis>more</qgis>");

    @Test
    void tablesWrittenInTwoStepsAreTheFileWrittenAtOnce() throws Exception {
        Path once = dir.resolve("once.gpkg");
        GeoPackageWriter.write(once, List.of(wards, sites, moreSites), styles);
        Path steps = dir.resolve("steps.gpkg");
        try (GeoPackageWriter.Session session = GeoPackageWriter.Session.open(steps)) {
            session.write(List.of(new GeoPackageWriter.Deferred("Wards", () -> wards),
                    new PartedLayer("Sites", sites.featureType(), 1, i -> sites)));
            assertThat(steps).as("in place only when finished").doesNotExist();
            session.write(List.of(new GeoPackageWriter.Deferred("Sites", () -> moreSites)));
            assertThat(session.tableNames()).containsExactly("wards", "sites", "sites_2");
            session.finish(styles);
        }
        assertThat(PartedLayerTest.rows(steps, "SELECT name FROM sqlite_master WHERE type = 'table'"
                + " AND name NOT LIKE 'gpkg%' AND name NOT LIKE 'sqlite%' ORDER BY rowid"))
                .containsExactly("wards", "sites", "sites_2", "layer_styles");
        assertThat(PartedLayerTest.rows(steps, "SELECT fid, minutes FROM sites_2")).containsExactly("1|1.25");
        PartedLayerTest.stampAlike(once);
        PartedLayerTest.stampAlike(steps);
        assertThat(Arrays.equals(Files.readAllBytes(steps), Files.readAllBytes(once))).as("byte for byte").isTrue();
        assertThat(entries()).containsExactly("once.gpkg", "steps.gpkg");
    }

    @Test
    void aSessionClosedUnfinishedLeavesNoFile() throws Exception {
        Path target = dir.resolve("out.gpkg");
        try (GeoPackageWriter.Session session = GeoPackageWriter.Session.open(target)) {
            session.write(List.of(new GeoPackageWriter.Deferred("Wards", () -> wards)));
            assertThat(entries()).as("the temporary file being written, and its journal").isNotEmpty()
                    .allMatch(n -> n.startsWith(".out.gpkg."));
        }
        assertThat(entries()).isEmpty();
    }

    @Test
    void aStyleForATableNotWrittenIsRefusedAndNoFileIsLeft() throws Exception {
        Path target = dir.resolve("out.gpkg");
        try (GeoPackageWriter.Session session = GeoPackageWriter.Session.open(target)) {
            session.write(List.of(new GeoPackageWriter.Deferred("Wards", () -> wards)));
            assertThatThrownBy(() -> session.finish(Map.of("deserts", "<qgis/>")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deserts").hasMessageContaining("wards");
            assertThatThrownBy(() -> session.write(List.of(new GeoPackageWriter.Deferred("Wards", () -> wards))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("no longer being written");
        }
        assertThat(entries()).isEmpty();
    }

    private List<String> entries() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
