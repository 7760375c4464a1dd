package org.catchment.io.geopackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.catchment.CatchmentException;
import org.catchment.io.TestLayers;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKBWriter;

/**
 * The rows of a table made on their own thread ({@link RowFeed}): in order across parts and
 * batches, batches cut by rows and by blob bytes, a failure making them thrown to the writer with
 * no file left, and the thread gone when the writer stops early.
 */
class RowFeedTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    @TempDir
    Path dir;

    @Test
    void rowsOfManyBatchesAndPartsAreWrittenInOrder() throws Exception {
        int perPart = 7_001;
        int parts = 4;
        Layer shape = points(0, 1);
        Path out = dir.resolve("points.gpkg");
        GeoPackageWriter.writeTables(out, List.of(new PartedLayer("Points", shape.featureType(), parts,
                i -> points(i * perPart, perPart))), Map.of());

        int total = parts * perPart;
        assertThat(total).as("more than two batches").isGreaterThan(2 * RowFeed.BATCH_ROWS);
        assertThat(PartedLayerTest.rows(out, "SELECT count(*), min(fid), max(fid) FROM points")).containsExactly(total + "|1|" + total);
        assertThat(PartedLayerTest.rows(out, "SELECT count(*) FROM points WHERE fid != n + 1")).containsExactly("0");
        assertThat(PartedLayerTest.rows(out, "SELECT n, label FROM points WHERE fid IN (1, 10000, 10001, 28004)"))
                .containsExactly("0|p0", "9999|p9999", "10000|p10000", "28003|p28003");
    }

    @Test
    void aBatchEndsAtItsBlobBytesAsWellAsAtItsRows() {
        int lines = 5_000;
        LineString line = zigzag(1_000);
        long blobEach = GeometryBlob.of(27700, line, new WKBWriter(2)).length;
        long perBatch = (RowFeed.BATCH_BLOB_BYTES + blobEach - 1) / blobEach;
        assertThat(perBatch).as("the byte limit is reached before the row limit").isLessThan(RowFeed.BATCH_ROWS);
        Layer layer = lines(line, lines);
        List<Integer> sizes = new ArrayList<>();
        try (RowFeed feed = new RowFeed(List.of(layer), attributes(layer), 27700, Function.identity())) {
            for (List<Object[]> batch = feed.next(); !batch.isEmpty(); batch = feed.next()) {
                sizes.add(batch.size());
            }
        }
        assertThat(sizes).as("each batch but the last as many lines as reach the byte limit")
                .containsExactly((int) perBatch, (int) perBatch, (int) (lines - 2 * perBatch));
    }

    @Test
    void aPartThatCannotBeMadeStopsTheTableWithItsOwnMessageAndNoFile() {
        Layer shape = points(0, 1);
        Path out = dir.resolve("failed.gpkg");
        assertThatThrownBy(() -> GeoPackageWriter.writeTables(out, List.of(new PartedLayer("Points",
                shape.featureType(), 5, i -> {
                    if (i == 3) {
                        throw new CatchmentException("tile 4 of the resume folder cannot be read");
                    }
                    return points(i * 6_000, 6_000);
                })), Map.of())).isInstanceOf(CatchmentException.class)
                .hasMessageContaining("tile 4 of the resume folder cannot be read");
        assertThat(out).doesNotExist();
        assertThat(rowThreads()).as("no thread left making rows").isZero();
    }

    @Test
    void closingBeforeTheEndStopsTheThread() {
        Layer part = points(0, 3_000);
        Iterable<Layer> endless = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Layer next() {
                return part;
            }
        };
        try (RowFeed feed = new RowFeed(endless, attributes(part), 27700, Function.identity())) {
            assertThat(feed.next()).hasSize(RowFeed.BATCH_ROWS);
            assertThat(feed.next()).hasSize(RowFeed.BATCH_ROWS);
        }
        assertThat(rowThreads()).isZero();
    }

    private static long rowThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("catchment-geopackage-rows") && t.isAlive()).count();
    }

    private static List<AttributeDescriptor> attributes(Layer layer) {
        return layer.featureType().getAttributeDescriptors().stream()
                .filter(d -> d != layer.featureType().getGeometryDescriptor()).toList();
    }

    /** @return points n = from .. from + count - 1 at (n, 2n), with their number and a label */
    private static Layer points(int from, int count) {
        List<String> wkts = new ArrayList<>();
        List<List<Object>> values = new ArrayList<>();
        for (int n = from; n < from + count; n++) {
            Point p = FACTORY.createPoint(new Coordinate(n, 2.0 * n));
            wkts.add(p.toText());
            values.add(List.of(n, "p" + n));
        }
        return TestLayers.layer("Points", Point.class, wkts, List.of(new TestLayers.Attr("n", Integer.class),
                new TestLayers.Attr("label", String.class)), values);
    }

    /** @return a line of this many vertices (16 bytes each in WKB) */
    private static LineString zigzag(int vertices) {
        Coordinate[] cs = new Coordinate[vertices];
        for (int i = 0; i < vertices; i++) {
            cs[i] = new Coordinate(i, i % 2);
        }
        return FACTORY.createLineString(cs);
    }

    /** @return a layer of {@code count} features, each this line and its number */
    private static Layer lines(LineString line, int count) {
        SimpleFeatureTypeBuilder b = new SimpleFeatureTypeBuilder();
        b.setName("Lines");
        b.add("geom", LineString.class);
        b.add("k", Integer.class);
        SimpleFeatureType type = b.buildFeatureType();
        SimpleFeatureBuilder fb = new SimpleFeatureBuilder(type);
        List<SimpleFeature> features = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            fb.add(line);
            fb.add(k);
            features.add(fb.buildFeature("Lines." + k));
        }
        return Layer.of("Lines", type, features);
    }
}
