package org.catchment.servicearea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

class CoveredFacesTest {

    private static final GeometryFactory GF = new GeometryFactory();

    private static LineString line(double x0, double y0, double x1, double y1) {
        return GF.createLineString(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y1)});
    }

    /*
     *  (0,100) ---- (100,100) ---- (200,100)
     *     |             |              |      two 100 m blocks; trim 100 m fills both,
     *     |             | mid          |      so the middle street is inside U and need not be buffered
     *  (0,0) ------ (100,0) ------- (200,0)
     */
    private static List<LineString> twoBlocks() {
        return new ArrayList<>(List.of(line(0, 0, 100, 0), line(100, 0, 200, 0), line(0, 100, 100, 100),
                line(100, 100, 200, 100), line(0, 0, 0, 100), line(100, 0, 100, 100), line(200, 0, 200, 100)));
    }

    @Test
    void blocksNarrowerThanTwiceTheTrimAreFilledAndTheirInnerStreetDropped() {
        CoveredFaces.Split split = CoveredFaces.split(twoBlocks(), 100, 8, GF);
        assertThat(split.filledAreaM2()).isCloseTo(20_000, offset(1e-9));
        assertThat(split.toBuffer()).hasSize(6).noneMatch(l -> l.equalsExact(line(100, 0, 100, 100)));
    }

    /* With a 40 m trim a 100 m block is not filled (its centre is 50 m from every street): nothing is dropped. */
    @Test
    void blocksWiderThanTwiceTheTrimAreNotFilled() {
        CoveredFaces.Split split = CoveredFaces.split(twoBlocks(), 40, 8, GF);
        assertThat(split.filled()).isEmpty();
        assertThat(split.toBuffer()).hasSize(7);
    }

    /* A bridge from (50,-50) to (50,150) crosses the left block's streets without a node: that block is left out. */
    @Test
    void linesCrossingWithoutANodeAreKeptOutOfTheFaces() {
        List<LineString> lines = twoBlocks();
        lines.add(line(50, -50, 50, 150));
        CoveredFaces.Split split = CoveredFaces.split(lines, 100, 8, GF);
        assertThat(split.filledAreaM2()).isCloseTo(10_000, offset(1e-9));
        assertThat(split.filled()).singleElement().satisfies(u -> assertThat(u.getEnvelopeInternal().getMinX()).isEqualTo(100));
        assertThat(split.toBuffer()).hasSize(8);
    }

    /*
     * Eight 100 m wide blocks around a 400 m square that the 100 m trim does not fill (0-100-500-600 on
     * both axes), the corner block at (cx, cy) left out: the ring of blocks closes only at one point, the
     * inner corner of the missing block. JTS's coverage union of such blocks gives a shell that touches
     * itself there (invalid); the filled part must still be one valid polygon holding the square as a
     * hole, and the six streets between two filled blocks are dropped.
     */
    @ParameterizedTest
    @CsvSource({"0, 0", "600, 0", "0, 600", "600, 600"})
    void aRingOfBlocksClosedAtOnePointIsOneValidPolygonAroundItsHole(double cx, double cy) {
        double[] at = {0, 100, 500, 600};
        List<LineString> lines = new ArrayList<>();
        for (double fixed : at) {
            for (int j = 0; j < 3; j++) {
                lines.add(line(at[j], fixed, at[j + 1], fixed));
                lines.add(line(fixed, at[j], fixed, at[j + 1]));
            }
        }
        double ix = cx == 0 ? 100 : 500;
        double iy = cy == 0 ? 100 : 500;
        lines.removeIf(l -> l.equalsExact(line(Math.min(cx, ix), cy, Math.max(cx, ix), cy))
                || l.equalsExact(line(cx, Math.min(cy, iy), cx, Math.max(cy, iy))));
        CoveredFaces.Split split = CoveredFaces.split(lines, 100, 8, GF);
        assertThat(split.filled()).singleElement().satisfies(u -> {
            assertThat(u.isValid()).isTrue();
            assertThat(u.getArea()).isCloseTo(600 * 600 - 400 * 400 - 100 * 100, offset(1e-9));
            assertThat(u.covers(GF.createPoint(new Coordinate(300, 300)))).isFalse();
        });
        assertThat(split.toBuffer()).hasSize(22 - 6);
    }
}
