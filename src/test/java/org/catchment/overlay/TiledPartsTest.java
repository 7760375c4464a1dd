package org.catchment.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.catchment.overlay.Fixtures.box;
import static org.catchment.overlay.Fixtures.row;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The overlay pieces a tiled run merges from its tiles: served surfaces side by side, the coverage
 * of a zone summed over the cells it lies in, and a resident point on a seam counted by one tile.
 */
class TiledPartsTest {

    private static final GeometryFactory GF = new GeometryFactory();
    /* A ward [0,100]x[0,100] cut by the seam x = 50 into two cells; the band [25,75]x[0,100]. */
    private static final Zone WARD = new Zone("Parr", "E05000002", box(0, 0, 100, 100));
    private static final BandArea BAND = new BandArea("gp", "GP surgeries", 10, box(25, 0, 75, 100));

    @Test
    void aZoneCoveredInTwoCellsHasTheSumOfItsPartsAndEachSeamPointCountedOnce() {
        // 10 residents at (50, 50), on the seam; 5 at (30, 10) west of it; 2 at (90, 90) outside the band
        Population all = Population.fromPoints(Fixtures.counts(Point.class, row("POINT(50 50)", 10),
                row("POINT(30 10)", 5), row("POINT(90 90)", 2)), "pop");
        List<Zone> west = List.of(new Zone("Parr", null, box(0, 0, 50, 100)));
        List<Zone> east = List.of(new Zone("Parr", null, box(50, 0, 100, 100)));
        // the tile of x < 50 counts the points west of the seam, the other those on it or east
        Coverage.Covered w = Coverage.covered(List.of(west), List.of(new BandArea("gp", "GP surgeries", 10,
                box(25, 0, 50, 100))), all.countingOnly(c -> c.x < 50), () -> { }).get(0);
        Coverage.Covered e = Coverage.covered(List.of(east), List.of(new BandArea("gp", "GP surgeries", 10,
                box(50, 0, 75, 100))), all.countingOnly(c -> c.x >= 50), () -> { }).get(0);
        assertThat(w.areaM2()[0][0]).isEqualTo(2500.0);
        assertThat(w.residents()[0][0]).isEqualTo(5.0);
        assertThat(e.residents()[0][0]).isEqualTo(10.0);
        double[][] area = {{w.areaM2()[0][0] + e.areaM2()[0][0]}};
        double[][] residents = {{w.residents()[0][0] + e.residents()[0][0]}};
        CoverageRow summed = Coverage.rows(List.of(WARD), List.of(BAND), new Coverage.Covered(area, residents), all).get(0);
        CoverageRow whole = Coverage.compute(List.of(WARD), List.of(BAND), all).get(0);
        assertThat(summed).isEqualTo(whole);
        assertThat(whole).isEqualTo(new CoverageRow("Parr", "gp", "GP surgeries", 10, 10_000, 5_000, 0.5, 17.0, 15.0,
                15.0 / 17));
        // both views see the seam point inside their closed cell; only one counts it
        assertThat(all.countingOnly(c -> c.x < 50).residentsIn(box(0, 0, 50, 100))).isEqualTo(5.0);
        assertThat(all.residentsIn(box(0, 0, 50, 100))).isEqualTo(15.0);
    }

    @Test
    void theSurfacesOfTwoTilesSideBySideKeepOnePiecePerSetWithTheSummedArea() {
        List<TypeArea> westTypes = List.of(new TypeArea("gp", "GP", box(0, 0, 50, 50)), new TypeArea("lib", "Libraries",
                box(0, 0, 0, 0)));
        List<TypeArea> eastTypes = List.of(new TypeArea("gp", "GP", box(50, 0, 100, 50)), new TypeArea("lib", "Libraries",
                box(80, 0, 100, 100)));
        ServedSurface west = ServedSurface.of(box(0, 0, 50, 100), westTypes);
        ServedSurface east = ServedSurface.of(box(50, 0, 100, 100), eastTypes);
        ServedSurface whole = ServedSurface.of(box(0, 0, 100, 100), List.of(new TypeArea("gp", "GP", box(0, 0, 100, 50)),
                new TypeArea("lib", "Libraries", box(80, 0, 100, 100))));
        ServedSurface side = ServedSurface.sideBySide(List.of(west.pieces(), east.pieces()), List.of("gp", "lib"), GF);
        assertThat(side.pieces()).extracting(ServedSurface.Piece::missingTypes)
                .isEqualTo(whole.pieces().stream().map(ServedSurface.Piece::missingTypes).toList());
        assertThat(side.pieces()).extracting(ServedSurface.Piece::missingTypes)
                .containsExactly(Set.of(), Set.of("gp"), Set.of("lib"), Set.of("gp", "lib"));
        for (int i = 0; i < whole.pieces().size(); i++) {
            assertThat(side.pieces().get(i).geometry().getArea()).isCloseTo(whole.pieces().get(i).geometry().getArea(),
                    within(1e-9));
            assertThat(side.pieces().get(i).servedCount()).isEqualTo(whole.pieces().get(i).servedCount());
        }
        // not dissolved: the piece missing only the library, [0,80]x[0,50], is a polygon from each tile
        assertThat(side.pieces().get(2).geometry().getNumGeometries()).isEqualTo(2);
        assertThat(side.pieces().get(2).geometry().getArea()).isEqualTo(4000.0);
    }
}
