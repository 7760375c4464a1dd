package org.catchment.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.catchment.InputException;
import org.catchment.io.geopackage.GeoPackageReader;
import org.catchment.io.geopackage.GeoPackageWriter;
import org.catchment.io.shapefile.ShapefileWriter;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.catchment.layer.Reprojector;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/**
 * Reading with an extent ({@link ReadOptions#withExtent}) on the hand-made tiles of
 * {@link RoadTiles}: exactly the records whose envelope meets the clip come back, with their own
 * attributes and record numbers; a tile wholly outside is recognised from its header; a
 * shapefile in another CRS and a GeoPackage with or without an R-tree keep the same links.
 */
class ExtentReadTest {

    private static final CoordinateReferenceSystem BNG = Crs.epsg(27700);

    static final Envelope CLIP = new Envelope(RoadTiles.CLIP[0], RoadTiles.CLIP[1], RoadTiles.CLIP[2], RoadTiles.CLIP[3]);

    @TempDir
    static Path dir;

    @BeforeAll
    static void write() throws Exception {
        RoadTiles.write(dir);
    }

    @Test
    void onlyTheRecordsWhoseEnvelopeMeetsTheExtentAreReadWithTheirOwnAttributes() {
        Layer kept = LayerReader.read(dir.resolve("SA_RoadLink.shp"), ReadOptions.in(BNG).withExtent(CLIP));
        assertThat(kept.features()).extracting(SimpleFeature::getID)
                .containsExactly("SA_RoadLink.2", "SA_RoadLink.3", "SA_RoadLink.4");
        assertThat(column(kept, "identifier")).containsExactly("A1", "A4", "A2");
        assertThat(column(kept, "startNode")).containsExactly("n1", "n41", "n2");
        assertThat(column(kept, "function")).containsExactly("A Road", "Minor Road", "B Road");
        assertThat(column(kept, "name1")).containsExactly("High Street", "Corner Lane", "Mill Road");
        assertThat(column(kept, "length")).containsExactly(1000.0, 282.8, 700.0);
        assertThat(Layer.geometry(kept.features().get(0)).toText()).isEqualTo("MULTILINESTRING ((400000 300500, 401000 300500))");

        Layer sub = LayerReader.read(dir.resolve("sub/sb_roadlink.shp"), ReadOptions.in(BNG).withExtent(CLIP));
        assertThat(column(sub, "identifier")).containsExactly("B1");
        assertThat(column(sub, "name1")).containsExactly("Church Lane");
    }

    @Test
    void theAttributeRowOfASkippedRecordIsNeverDecoded() throws Exception {
        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        for (String ext : List.of("shp", "shx", "dbf", "prj", "cpg")) {
            Files.copy(dir.resolve("SA_RoadLink." + ext), bad.resolve("SA_RoadLink." + ext));
        }
        breakText(bad.resolve("SA_RoadLink.dbf"), 0, "name1");
        Path shp = bad.resolve("SA_RoadLink.shp");
        assertThatThrownBy(() -> LayerReader.read(shp, ReadOptions.defaults())).isInstanceOf(InputException.class)
                .hasMessageContaining("record 1").hasMessageContaining("UTF-8");
        assertThat(column(LayerReader.read(shp, ReadOptions.in(BNG).withExtent(CLIP)), "identifier"))
                .containsExactly("A1", "A4", "A2");
    }

    /** Overwrites a text field of one record (0-based) with bytes that are not UTF-8. */
    private static void breakText(Path dbf, int record, String field) throws Exception {
        byte[] b = Files.readAllBytes(dbf);
        ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int headerBytes = h.getShort(8) & 0xffff;
        int recordBytes = h.getShort(10) & 0xffff;
        int offset = 1;
        for (int d = 32; b[d] != 0x0D; d += 32) {
            String name = new String(b, d, 11, StandardCharsets.US_ASCII).trim().replace("\0", "");
            if (name.equalsIgnoreCase(field)) {
                int at = headerBytes + record * recordBytes + offset;
                b[at] = (byte) 0xFF;
                b[at + 1] = (byte) 0xFE;
                Files.write(dbf, b);
                return;
            }
            offset += b[d + 16] & 0xff;
        }
        throw new AssertionError("no field " + field);
    }

    /**
     * A file larger than the readers' buffers (60,000 lines: 5.3 MB of shapes, whose record heads are
     * read a megabyte at a time, and 64 KB reads of the attribute table): reading with an extent keeps
     * exactly the records a full read keeps when filtered by their envelopes, in file order, each with
     * its own attributes (line i runs from (i mod 300) x 10 m east, (i / 300) x 10 m north, and is named
     * "L" + i).
     */
    @Test
    void aLargeFileReadWithAnExtentKeepsWhatAFullReadFilteredKeeps() {
        List<String> wkts = new java.util.ArrayList<>();
        List<List<Object>> values = new java.util.ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            double x = 400_000 + (i % 300) * 10.0;
            double y = 300_000 + (i / 300) * 10.0;
            wkts.add("LINESTRING (" + x + " " + y + ", " + (x + 7) + " " + (y + 3) + ")");
            values.add(List.of("L" + i));
        }
        Path shp = dir.resolve("large.shp");
        ShapefileWriter.write(TestLayers.layer("large", org.locationtech.jts.geom.LineString.class, wkts,
                List.of(new TestLayers.Attr("name", String.class)), values), shp);
        Envelope box = new Envelope(400_500, 401_200, 300_100, 301_900);
        Layer all = LayerReader.read(shp, ReadOptions.defaults());
        List<String> expected = all.features().stream()
                .filter(f -> Layer.geometry(f).getEnvelopeInternal().intersects(box))
                .map(f -> f.getID() + " " + f.getAttribute("name")).toList();
        Layer kept = LayerReader.read(shp, ReadOptions.in(BNG).withExtent(box));
        assertThat(kept.features()).extracting(f -> f.getID() + " " + f.getAttribute("name"))
                .containsExactlyElementsOf(expected);
        // rows 10..190 (row 9 ends 3 m north at 300,093) by columns 50..120 (column 49 ends 7 m east at 400,497)
        assertThat(expected).hasSize(181 * 71).contains("large.3051 L3050", "large.57121 L57120");
    }

    /**
     * The 29 genuine OS Open Roads links near Bristol (written by OS, not by this project): an
     * extent over the south-corner quarter of their envelope keeps exactly the links whose own geometry's
     * envelope meets it, as decided from the decoded geometries of a full read.
     */
    @Test
    void realOsRecordsAreKeptByTheirBoundingBoxes() {
        Path shp = Path.of("src/test/resources/real/os-open-roads/os_roads_bristol_RoadLink_27700.shp");
        Layer all = LayerReader.read(shp, ReadOptions.defaults());
        Envelope whole = all.envelope();
        Envelope corner = new Envelope(whole.getMinX() - 1, whole.getMinX() + whole.getWidth() / 4, whole.getMinY() - 1,
                whole.getMinY() + whole.getHeight() / 4);
        List<String> expected = all.features().stream()
                .filter(f -> Layer.geometry(f).getEnvelopeInternal().intersects(corner)).map(SimpleFeature::getID).toList();
        assertThat(expected).hasSizeBetween(1, all.size() - 1);
        Layer kept = LayerReader.read(shp, ReadOptions.in(BNG).withExtent(corner));
        assertThat(kept.features()).extracting(SimpleFeature::getID).containsExactlyElementsOf(expected);
        assertThat(column(kept, "identifier")).containsExactlyElementsOf(all.features().stream()
                .filter(f -> expected.contains(f.getID())).map(f -> f.getAttribute("identifier")).toList());
        assertThat(LayerReader.mayIntersect(shp, corner, BNG)).isTrue();
        assertThat(LayerReader.mayIntersect(shp, new Envelope(whole.getMaxX() + 10, whole.getMaxX() + 20,
                whole.getMinY(), whole.getMaxY()), BNG)).isFalse();
    }

    @Test
    void withoutAnExtentEveryRecordIsRead() {
        Layer all = LayerReader.read(dir.resolve("SA_RoadLink.shp"), ReadOptions.defaults());
        assertThat(column(all, "identifier")).containsExactly("A3", "A1", "A4", "A2");
    }

    @Test
    void aTileWhollyOutsideIsToldFromItsHeaderAndItsDamagedPartsAreNeverRead() {
        Path far = dir.resolve("SC_RoadLink.shp");
        assertThat(LayerReader.mayIntersect(far, CLIP, BNG)).isFalse();
        assertThat(LayerReader.mayIntersect(far, new Envelope(449_000, 451_000, 349_000, 351_000), BNG)).isTrue();
        assertThat(LayerReader.mayIntersect(dir.resolve("SA_RoadLink.shp"), CLIP, BNG)).isTrue();
        assertThat(LayerReader.mayIntersect(dir.resolve("wards.gpkg"), CLIP, BNG)).as("other formats cannot be told").isTrue();
        assertThatThrownBy(() -> LayerReader.read(far, ReadOptions.defaults())).isInstanceOf(InputException.class)
                .hasMessageContaining("SC_RoadLink");
    }

    @Test
    void withoutAPrjPlainBngCoordinatesAreComparedAndTheRecordsFilteredAfterTheGuess() throws Exception {
        Path noPrj = dir.resolve("noprj");
        Files.createDirectories(noPrj);
        for (String ext : List.of("shp", "shx", "dbf", "cpg")) {
            Files.copy(dir.resolve("SA_RoadLink." + ext), noPrj.resolve("SA_RoadLink." + ext));
        }
        Path shp = noPrj.resolve("SA_RoadLink.shp");
        assertThat(LayerReader.mayIntersect(shp, CLIP, BNG)).isTrue();
        assertThat(LayerReader.mayIntersect(shp, new Envelope(449_000, 451_000, 349_000, 351_000), BNG)).isFalse();
        Layer kept = LayerReader.read(shp, ReadOptions.in(BNG).withExtent(CLIP));
        assertThat(column(kept, "identifier")).containsExactly("A1", "A4", "A2");
        assertThat(kept.warnings()).anyMatch(w -> w.contains("guessed"));
    }

    @Test
    void aShapefileInAnotherCrsIsFilteredAfterReprojectionToTheSameLinks() {
        Layer sa = LayerReader.read(dir.resolve("SA_RoadLink.shp"), ReadOptions.defaults());
        Path lonLat = dir.resolve("lonlat/SA_RoadLink.shp");
        ShapefileWriter.write(Reprojector.toCrs(sa, Crs.wgs84()), lonLat);
        assertThat(LayerReader.mayIntersect(lonLat, CLIP, BNG)).as("the header box is compared once in BNG").isTrue();
        assertThat(LayerReader.mayIntersect(lonLat, new Envelope(449_000, 451_000, 349_000, 351_000), BNG)).isFalse();
        Layer kept = LayerReader.read(lonLat, ReadOptions.in(BNG).withExtent(CLIP));
        assertThat(column(kept, "identifier")).containsExactly("A1", "A4", "A2");
        assertThat(column(kept, "name1")).containsExactly("High Street", "Corner Lane", "Mill Road");
    }

    @Test
    void aGeoPackageKeepsTheSameLinksWithAndWithoutItsRtree() throws Exception {
        Layer sa = LayerReader.read(dir.resolve("SA_RoadLink.shp"), ReadOptions.defaults());
        Path gpkg = dir.resolve("roads.gpkg");
        GeoPackageWriter.write(gpkg, List.of(sa.renamed("road_link")), Map.of());
        ReadOptions clip = ReadOptions.in(BNG).withTable("road_link").withExtent(CLIP);

        Layer noIndex = LayerReader.read(gpkg, clip);
        assertThat(column(noIndex, "identifier")).containsExactly("A1", "A4", "A2");
        assertThat(column(noIndex, "name1")).containsExactly("High Street", "Corner Lane", "Mill Road");
        assertThat(column(LayerReader.read(gpkg, ReadOptions.defaults().withTable("road_link")), "identifier"))
                .containsExactly("A3", "A1", "A4", "A2");

        String rtree = addRtree(gpkg);
        Layer indexed = LayerReader.read(gpkg, clip);
        assertThat(indexed.features()).extracting(SimpleFeature::getID)
                .containsExactlyElementsOf(noIndex.features().stream().map(SimpleFeature::getID).toList());
        assertThat(column(indexed, "name1")).containsExactly("High Street", "Corner Lane", "Mill Road");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
             PreparedStatement ps = c.prepareStatement("DELETE FROM " + rtree + " WHERE id = ?")) {
            ps.setLong(1, fid(indexed.features().get(1)));
            ps.executeUpdate();
        }
        assertThat(column(LayerReader.read(gpkg, clip), "identifier")).as("the R-tree selects the rows")
                .containsExactly("A1", "A2");
    }

    /** Adds the R-tree index GDAL would write, filled from the features' envelopes; @return its name */
    private static String addRtree(Path gpkg) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement s = c.createStatement()) {
            String geom;
            try (ResultSet rs = s.executeQuery("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = 'road_link'")) {
                rs.next();
                geom = rs.getString(1);
            }
            String name = "rtree_road_link_" + geom;
            s.execute("CREATE VIRTUAL TABLE " + name + " USING rtree(id, minx, maxx, miny, maxy)");
            Layer all = GeoPackageReader.read(gpkg, ReadOptions.defaults().withTable("road_link"));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + name + " VALUES (?, ?, ?, ?, ?)")) {
                for (SimpleFeature f : all.features()) {
                    Envelope e = Layer.geometry(f).getEnvelopeInternal();
                    ps.setLong(1, fid(f));
                    ps.setDouble(2, e.getMinX());
                    ps.setDouble(3, e.getMaxX());
                    ps.setDouble(4, e.getMinY());
                    ps.setDouble(5, e.getMaxY());
                    ps.executeUpdate();
                }
            }
            return name;
        }
    }

    private static long fid(SimpleFeature f) {
        return Long.parseLong(f.getID().substring(f.getID().lastIndexOf('.') + 1));
    }

    private static List<Object> column(Layer layer, String name) {
        return layer.features().stream().map(f -> f.getAttribute(name)).toList();
    }
}
