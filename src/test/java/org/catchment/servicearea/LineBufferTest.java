package org.catchment.servicearea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.catchment.bench.SyntheticNetwork;
import org.catchment.network.MultiSourceSearch;
import org.catchment.network.SearchResult;
import org.catchment.network.TestNetworks;
import org.catchment.network.WalkingNetwork;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The tiled buffer and the per-edge joining of pieces give the same polygon as one plain JTS
 * buffer of all the reached pieces, on a random jittered street grid (about 800 links, 1.9 km
 * square) reached within 5 and 10 minutes from three facilities.
 */
class LineBufferTest {

    private static final GeometryFactory GF = new GeometryFactory();

    private static WalkingNetwork randomNetwork() {
        SyntheticNetwork synthetic = SyntheticNetwork.generate(800, 7);
        return TestNetworks.build(synthetic.links());
    }

    private static List<ReachablePiece> reached(WalkingNetwork net, double... bands) {
        List<Facility> facilities = new ArrayList<>();
        double[][] at = {{300, 300}, {1500, 600}, {900, 1500}};
        for (double[] xy : at) {
            facilities.add(new Facility(facilities.size(), "f", "F", GF.createPoint(
                    new org.locationtech.jts.geom.Coordinate(SyntheticNetwork.E0 + xy[0], SyntheticNetwork.N0 + xy[1]))));
        }
        CatchmentOptions options = CatchmentOptions.defaults().withBands(bands);
        SearchResult search = new MultiSourceSearch(net, 4.8).run(StartPoints.of(net, facilities, options).starts(),
                options.maxBandMin());
        return ReachableNetwork.of(search, bands);
    }

    private static Geometry plainBuffer(WalkingNetwork net, List<ReachablePiece> pieces, double trimM) {
        List<LineString> lines = new ArrayList<>();
        for (ReachablePiece p : pieces) {
            LineString line = net.geometries().subLine(p.edge(), p.fromAlongM(), p.toAlongM(), GF);
            if (line != null) {
                lines.add(line);
            }
        }
        return BufferOp.bufferOp(GF.buildGeometry(lines), trimM);
    }

    private static double differenceArea(Geometry a, Geometry b) {
        return OverlayNGRobust.overlay(a, b, OverlayNG.SYMDIFFERENCE).getArea();
    }

    /** The reached lines of the random network within 10 minutes, and one plain 100 m buffer of them. */
    private record TenMinutes(List<LineString> lines, Geometry plain) {
    }

    private static TenMinutes tenMinutes() {
        WalkingNetwork net = randomNetwork();
        List<ReachablePiece> pieces = reached(net, 10);
        return new TenMinutes(ReachedLines.byBand(net, pieces, 1).get(0), plainBuffer(net, pieces, 100));
    }

    /*
     * JTS simplifies buffer input by 1 % of the distance (1 m here), so ways of buffering differ by
     * slivers along the outline: less than 5 cm wide on average, far below the trim.
     */
    private static void assertSameAsPlain(Geometry g, Geometry plain, String what) {
        assertThat(differenceArea(g, plain)).as(what).isLessThan(0.05 * plain.getLength());
        assertThat(g.getArea()).as(what).isCloseTo(plain.getArea(), offset(1e-4 * plain.getArea()));
    }

    @Test
    void tiledBufferEqualsOnePlainBufferWithinBufferPrecision() {
        TenMinutes ten = tenMinutes();
        List<LineString> lines = ten.lines();
        Geometry plain = ten.plain();
        for (double tileM : new double[] {150, 400, 5000}) {
            Geometry tiled = LineBuffer.buffer(lines, 100, tileM, GF);
            assertThat(tiled.isValid()).isTrue();
            assertSameAsPlain(tiled, plain, "tile " + tileM + " m");
        }
    }

    /* Faces found in two halves at once: a face needing lines of both halves is not found, so its lines are buffered. */
    @Test
    void facesFoundInTwoHalvesGiveTheSameBuffer() {
        TenMinutes ten = tenMinutes();
        List<LineString> lines = ten.lines();
        Geometry plain = ten.plain();
        CoveredFaces.Split one = CoveredFaces.split(new ArrayList<>(lines), 100, 8, GF, 1);
        CoveredFaces.Split two = CoveredFaces.split(new ArrayList<>(lines), 100, 8, GF, 2);
        assertThat(one.filled()).hasSize(1);
        assertThat(two.filled()).as("filled faces in each half").hasSize(2);
        assertThat(two.toBuffer().size()).isGreaterThanOrEqualTo(one.toBuffer().size()).isLessThan(lines.size());
        List<Geometry> parts = new ArrayList<>(two.filled());
        parts.add(BufferOp.bufferOp(GF.buildGeometry(two.toBuffer()), 100));
        Geometry assembled = OverlayNGRobust.union(parts);
        assertSameAsPlain(assembled, plain, "two halves");
    }

    @Test
    void disksOfTwoBandsMatchPlainBuffersOfTheirPieces() {
        WalkingNetwork net = randomNetwork();
        List<ReachablePiece> pieces = reached(net, 5, 10);
        List<Geometry> disks = ServiceAreas.disks(net, pieces, 2, 100, List.of());
        Geometry plain5 = plainBuffer(net, pieces.stream().filter(p -> p.band() == 0).toList(), 100);
        Geometry plain10 = plainBuffer(net, pieces, 100);
        assertThat(differenceArea(disks.get(0), plain5)).isLessThan(0.05 * plain5.getLength());
        assertThat(differenceArea(disks.get(1), plain10)).isLessThan(0.05 * plain10.getLength());
    }

    /* a ===== b, 1,000 m, F0 at a and F1 at b, both reaching 600 m: the two pieces become the edge itself. */
    @Test
    void piecesOfOneEdgeFromBothEndsBecomeTheWholeEdge() {
        WalkingNetwork net = TestNetworks.build(TestNetworks.road("ab", "a", "b", 0, 0, 1000, 0));
        List<ReachablePiece> pieces = List.of(
                new ReachablePiece(0, 0, 500, 0, 0, 0, 6.25),
                new ReachablePiece(0, 1000, 500, 0, 1, 0, 6.25),
                new ReachablePiece(0, 0, 200, 1, 0, 0, 2.5));
        List<List<LineString>> lines = ReachedLines.byBand(net, pieces, 2);
        assertThat(lines.get(0)).hasSize(1);
        assertThat(lines.get(0).get(0).equalsExact(net.edgeLine(0))).isTrue();
        assertThat(lines.get(1)).hasSize(1);
        assertThat(lines.get(1).get(0).getLength()).isCloseTo(200, offset(1e-9));
    }

    /* Two pieces 100 m apart on one edge stay two lines: [0, 300] and [400, 1000]. */
    @Test
    void separatePiecesOfOneEdgeStaySeparate() {
        WalkingNetwork net = TestNetworks.build(TestNetworks.road("ab", "a", "b", 0, 0, 1000, 0));
        List<ReachablePiece> pieces = List.of(
                new ReachablePiece(0, 1000, 400, 0, 1, 0, 7.5),
                new ReachablePiece(0, 0, 300, 0, 0, 0, 3.75));
        List<LineString> lines = ReachedLines.byBand(net, pieces, 1).get(0);
        assertThat(lines).extracting(LineString::getLength).containsExactly(300.0, 600.0);
    }
}
