package org.catchment.io.geopackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

class GeometryBlobTest {

    @Test
    void theBlobIsNgasByteForByte() throws Exception {
        WKTReader reader = new WKTReader();
        List<String> shapes = List.of(
                "POINT (354765.25 391745.5)",
                "LINESTRING (350000 400000, 350010.125 400020.5, 350030 399990)",
                "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))",
                "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 7 5, 7 8, 5 5)))",
                "MULTILINESTRING ((0 0, 1 1), (-3 -2, 4 9))",
                "MULTIPOINT ((1 2), (-3 4))",
                "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 3 3))");
        WKBWriter wkb = new WKBWriter(2);
        for (String text : shapes) {
            Geometry g = reader.read(text);
            byte[] nga = GeoPackageGeometryData.createFromWkbAndBuildEnvelope(27700, wkb.write(g)).toBytes();
            assertThat(GeometryBlob.of(27700, g, wkb)).as(text).isEqualTo(nga);
        }
    }
}
