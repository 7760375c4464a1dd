package org.catchment.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import org.catchment.layer.Crs;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/**
 * The OpenStreetMap import takes the working CRS: Rutland built in UTM zone 30N and in British
 * National Grid has the same graph, its nodes where the transform between the two puts them, and
 * its lengths in the ratio of the two scale factors there (0.999892 / 0.999722 at Oakham: UTM
 * lengths 0.017% longer; method.md, "Length and area error").
 */
class OsmWorkingCrsTest {

    @Test
    void rutlandInUtm30IsTheSameGraphMeasuredInUtm(@TempDir Path dir) throws Exception {
        try (WalkingNetwork grid = OsmNetworkBuilder.build(OsmNetworkBuilderTest.RUTLAND, dir.resolve("grid"),
                new NetworkProjection(Crs.epsg(27700)));
             WalkingNetwork utm = OsmNetworkBuilder.build(OsmNetworkBuilderTest.RUTLAND, dir.resolve("utm"),
                     new NetworkProjection(Crs.epsg(32630)))) {
            assertThat(Crs.epsgCode(utm.crs())).isEqualTo(32630);
            assertThat(utm.edgeCount()).isEqualTo(grid.edgeCount());
            MathTransform t = CRS.findMathTransform(Crs.epsg(27700), Crs.epsg(32630), true);
            Coordinate moved = JTS.transform(new Coordinate(grid.nodeX(0), grid.nodeY(0)), null, t);
            assertThat(moved.distance(new Coordinate(utm.nodeX(0), utm.nodeY(0)))).isLessThan(0.01);
            double ratio = Connectivity.of(utm).totalLengthM() / Connectivity.of(grid).totalLengthM();
            assertThat(ratio).isCloseTo(0.999892 / 0.999722, offset(0.00005));
        }
    }
}
