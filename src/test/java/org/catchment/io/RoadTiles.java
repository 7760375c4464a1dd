package org.catchment.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.catchment.io.TestLayers.Attr;
import org.catchment.io.shapefile.ShapefileWriter;
import org.catchment.layer.Layer;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/**
 * Three small OS Open Roads RoadLink tiles around a one-kilometre study ward (E 400000-401000,
 * N 300000-301000), for the clip tests. With bands of 5 minutes at 4.8 km/h, a trim of 100 m and
 * a snap tolerance of 250 m the clip is the ward widened by R = 400 + 100 + 250 = 750 m:
 * {@link #CLIP}. Records in file order (kept: inside the clip by their envelope):
 *
 * <pre>
 *  SA_RoadLink.shp   A3  E 401800-402000, N 300500   out (starts 50 m east of the clip)
 *                    A1  E 400000-401000, N 300500   kept
 *                    A4  E 401700-401900, N 301900-301700 (diagonal) kept: its envelope meets the
 *                        clip's north-east corner though the line itself passes outside it
 *                    A2  E 401000-401700, N 300500   kept
 *  sub/sb_roadlink.shp (lower case, in a subfolder)
 *                    B2  E 400000, N 301760-302500  out (starts 10 m north of the clip)
 *                    B1  E 400000, N 300500-301740  kept
 *  SC_RoadLink.shp   C1  E 450000-450500, N 350000  wholly outside; its .shx and .dbf are garbage,
 *                        so reading it fails: with the clip it must never be opened beyond the header
 *  RoadNode.shp      points; not a RoadLink file, so a folder never expands to it
 * </pre>
 */
public final class RoadTiles {

    /** The study ward, WKT, EPSG:27700. */
    public static final String WARD = "MULTIPOLYGON (((400000 300000, 400000 301000, 401000 301000, 401000 300000,"
            + " 400000 300000)))";
    /** Minimum and maximum easting and northing of the clip: the ward widened by 750 m. */
    public static final double[] CLIP = {399_250, 401_750, 299_250, 301_750};

    private static final List<Attr> ATTRS = List.of(new Attr("identifier", String.class),
            new Attr("startNode", String.class), new Attr("endNode", String.class), new Attr("function", String.class),
            new Attr("name1", String.class), new Attr("length", Double.class));

    private RoadTiles() {
    }

    /** Writes the tiles into {@code dir} (created) and corrupts the far tile's index and table. */
    public static void write(Path dir) throws IOException {
        ShapefileWriter.write(tile("SA_RoadLink",
                List.of("MULTILINESTRING ((401800 300500, 402000 300500))",
                        "MULTILINESTRING ((400000 300500, 401000 300500))",
                        "MULTILINESTRING ((401700 301900, 401900 301700))",
                        "MULTILINESTRING ((401000 300500, 401700 300500))"),
                List.of(List.of("A3", "n31", "n32", "Local Road", "Quay Street", 200.0),
                        List.of("A1", "n1", "n2", "A Road", "High Street", 1000.0),
                        List.of("A4", "n41", "n42", "Minor Road", "Corner Lane", 282.8),
                        List.of("A2", "n2", "n3", "B Road", "Mill Road", 700.0))), dir.resolve("SA_RoadLink.shp"));
        ShapefileWriter.write(tile("sb_roadlink",
                List.of("MULTILINESTRING ((400000 301760, 400000 302500))",
                        "MULTILINESTRING ((400000 300500, 400000 301740))"),
                List.of(List.of("B2", "n11", "n12", "Local Road", "North Lane", 740.0),
                        List.of("B1", "n1", "n11b", "Local Road", "Church Lane", 1240.0))),
                dir.resolve("sub").resolve("sb_roadlink.shp"));
        Path far = dir.resolve("SC_RoadLink.shp");
        ShapefileWriter.write(tile("SC_RoadLink", List.of("MULTILINESTRING ((450000 350000, 450500 350000))"),
                List.of(List.of("C1", "n21", "n22", "Local Road", "Far Road", 500.0))), far);
        Files.write(dir.resolve("SC_RoadLink.shx"), new byte[] {1, 2, 3});
        Files.write(dir.resolve("SC_RoadLink.dbf"), new byte[] {1, 2, 3});
        ShapefileWriter.write(TestLayers.layer("RoadNode", Point.class, List.of("POINT (400000 300500)"),
                List.of(new Attr("identifier", String.class)), List.of(List.of("n1"))), dir.resolve("RoadNode.shp"));
    }

    /** Writes the study ward (field {@code name}: "Quayside") as a shapefile. */
    public static void writeWard(Path shp) {
        ShapefileWriter.write(TestLayers.layer("ward", MultiPolygon.class, List.of(WARD),
                List.of(new Attr("name", String.class)), List.of(List.of("Quayside"))), shp);
    }

    /** Writes facility points (WKT) with a {@code name} field as a shapefile. */
    public static void writePoints(Path shp, List<String> names, List<String> wkts) {
        ShapefileWriter.write(TestLayers.layer(Features.layerName(shp), Point.class, wkts,
                List.of(new Attr("name", String.class)), names.stream().map(n -> List.<Object>of(n)).toList()), shp);
    }

    /** Writes facility polygons (WKT) with a {@code name} field as a shapefile. */
    public static void writeAreas(Path shp, List<String> names, List<String> wkts) {
        ShapefileWriter.write(TestLayers.layer(Features.layerName(shp), MultiPolygon.class, wkts,
                List.of(new Attr("name", String.class)), names.stream().map(n -> List.<Object>of(n)).toList()), shp);
    }

    /** @return a RoadLink layer with the OS fields (identifier, startNode, endNode, function, name1, length) */
    public static Layer tile(String name, List<String> wkts, List<List<Object>> values) {
        return TestLayers.layer(name, MultiLineString.class, wkts, ATTRS, values);
    }
}
