package org.catchment.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.junit.jupiter.api.Test;

/** The sample town's OS Open Roads network is the same whether read from the shapefile or the GeoPackage. */
class SampleNetworkTest {

    private static final Path SAMPLE = Path.of("data", "sample");

    @Test
    void shapefileAndGeoPackageGiveTheSameNetwork() {
        Layer shp = LayerReader.read(SAMPLE.resolve("RoadLink.shp"), ReadOptions.defaults());
        Layer gpkg = LayerReader.read(SAMPLE.resolve("open_roads.gpkg"), ReadOptions.defaults().withTable("road_link"));
        try (WalkingNetwork a = new OpenRoadsNetworkBuilder(Crs.epsg(27700)).addRoads(shp).build().network();
             WalkingNetwork b = new OpenRoadsNetworkBuilder(Crs.epsg(27700)).addRoads(gpkg).build().network()) {
            assertThat(a.nodeCount()).isEqualTo(b.nodeCount()).isEqualTo(1551);
            assertThat(a.edgeCount()).isEqualTo(b.edgeCount()).isEqualTo(1696);
            Connectivity ca = Connectivity.of(a);
            Connectivity cb = Connectivity.of(b);
            assertThat(ca.walkableEdges()).isEqualTo(cb.walkableEdges()).isEqualTo(1696 - 5);
            assertThat(ca.totalLengthM()).isCloseTo(cb.totalLengthM(), within(1e-6));
            double length = 0;
            for (int e = 0; e < a.edgeCount(); e++) {
                length += a.edgeLengthM(e);
                assertThat(a.edgeLengthM(e)).isEqualTo(b.edgeLengthM(e));
            }
            double fromGeometry = shp.features().stream().mapToDouble(f -> Layer.geometry(f).getLength()).sum();
            assertThat(length).isCloseTo(fromGeometry, within(1e-6 * fromGeometry));
        }
    }
}
