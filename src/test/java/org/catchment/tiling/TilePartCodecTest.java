package org.catchment.tiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.WKTReader;

/** A tile part written and read back is the same, to the last bit of every double; other bytes are refused. */
class TilePartCodecTest {

    private static final GeometryFactory GF = new GeometryFactory();

    private static TilePart part() throws Exception {
        WKTReader wkt = new WKTReader(GF);
        Geometry disk = wkt.read("POLYGON ((0.1 0.2, 10.333333333333334 0, 10 10, 0 10, 0.1 0.2),"
                + " (2 2, 3 2, 3 3, 2 2))");
        LineString line = (LineString) wkt.read("LINESTRING (0.5 0.5, 1.0000000000000002 7)");
        TilePart.TypePart type = new TilePart.TypePart(List.of(GF.createPolygon(), disk),
                List.of(new TilePart.AccessPoint(3, 1.5, 2.25, 0.1, 1.0 / 3)),
                List.of(new TilePart.Failure(4, 9, 9, Double.POSITIVE_INFINITY, 250)), List.of("fallback ü"),
                List.of(new TilePart.Reach(line, 1, 3, 0.0, 4.2, 6.5)),
                new double[] {1.25, Double.POSITIVE_INFINITY, Double.NaN}, new double[0]);
        TilePart.NodeRows nodes = new TilePart.NodeRows(new String[] {"n1", null}, new double[] {1, 2},
                new double[] {3, 4}, new double[][] {{0.5, Double.NaN}}, new int[][] {{3, -1}});
        TilePart.CellOverlay overlay = new TilePart.CellOverlay(
                List.of(new TilePart.ServedPiece(disk, new int[] {0, 2})),
                List.of(new TilePart.DesertPiece((org.locationtech.jts.geom.Polygon) disk, List.of(new int[] {1}, new int[0]),
                        true)),
                List.of(new TilePart.ZoneCover(new int[] {4}, new double[][] {{1.0 / 3}, {2.5}}, null),
                        new TilePart.ZoneCover(new int[] {0, 2}, new double[][] {{1, 2}}, new double[][] {{0.1, 7}})));
        return new TilePart(7, "E350_N390", "network: 2 nodes", List.of("island"), List.of(), List.of(type), nodes,
                new int[] {0, 5, 9}, new int[0], overlay);
    }

    private static byte[] bytes(TilePart p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TilePartCodec.write(p, out);
        return out.toByteArray();
    }

    @Test
    void aPartRoundTripsExactly() throws Exception {
        TilePart p = part();
        byte[] b = bytes(p);
        TilePart q = TilePartCodec.read(new ByteArrayInputStream(b), GF);
        assertThat(bytes(q)).isEqualTo(b);
        assertThat(q.id()).isEqualTo("E350_N390");
        assertThat(q.tile()).isEqualTo(7);
        TilePart.TypePart t = q.types().get(0);
        assertThat(t.disks().get(1).equalsExact(p.types().get(0).disks().get(1), 0)).isTrue();
        assertThat(t.disks().get(0).isEmpty()).isTrue();
        assertThat(t.reach().get(0).line().getCoordinateN(1).x).isEqualTo(1.0000000000000002);
        assertThat(t.access()).isEqualTo(p.types().get(0).access());
        assertThat(t.failures()).isEqualTo(p.types().get(0).failures());
        assertThat(t.notes()).containsExactly("fallback ü");
        assertThat(Arrays.toString(t.postcodeMinutes())).isEqualTo("[1.25, Infinity, NaN]");
        assertThat(q.nodes().sourceIds()).containsExactly("n1", null);
        assertThat(q.nodes().facility()[0]).containsExactly(3, -1);
        assertThat(q.postcodes()).containsExactly(0, 5, 9);
        TilePart.CellOverlay o = q.overlay();
        assertThat(o.served().get(0).geometry().equalsExact(disk(p), 0)).isTrue();
        assertThat(o.served().get(0).missing()).containsExactly(0, 2);
        assertThat(o.deserts().get(0).atSeam()).isTrue();
        assertThat(o.deserts().get(0).missingSets()).hasSize(2);
        assertThat(o.deserts().get(0).missingSets().get(0)).containsExactly(1);
        assertThat(o.coverage().get(0).areaM2()[0][0]).isEqualTo(1.0 / 3);
        assertThat(o.coverage().get(0).residents()).isNull();
        assertThat(o.coverage().get(1).residents()[0]).containsExactly(0.1, 7);
    }

    private static Geometry disk(TilePart p) {
        return p.types().get(0).disks().get(1);
    }

    @Test
    void otherBytesAndACutStreamAreRefused() throws Exception {
        byte[] b = bytes(part());
        assertThatThrownBy(() -> TilePartCodec.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5}), GF))
                .isInstanceOf(IOException.class).hasMessageContaining("not a tile part");
        assertThatThrownBy(() -> TilePartCodec.read(new ByteArrayInputStream(Arrays.copyOf(b, b.length - 3)), GF))
                .isInstanceOf(IOException.class);
    }
}
