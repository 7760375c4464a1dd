package org.catchment.tiling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Desert places of two tiles either side of the seam x = 10: those meeting across it are joined
 * into one place with the sets of both, even when the seam's vertices differ in their last digits;
 * the others stay as they are. The service areas side by side keep the tiles' polygons.
 */
class SeamUnionTest {

    private static final GeometryFactory GF = new GeometryFactory();

    private static Polygon box(double x0, double y0, double x1, double y1) {
        return (Polygon) GF.toGeometry(new Envelope(x0, x1, y0, y1));
    }

    private static TilePart part(int tile, List<TilePart.DesertPiece> deserts, List<Polygon> disk) {
        return withDisks(tile, deserts, List.of(disk.isEmpty() ? GF.createPolygon()
                : GF.createMultiPolygon(disk.toArray(Polygon[]::new))));
    }

    private static TilePart withDisks(int tile, List<TilePart.DesertPiece> deserts,
                                      List<org.locationtech.jts.geom.Geometry> disks) {
        TilePart.TypePart type = new TilePart.TypePart(disks, List.of(), List.of(), List.of(), List.of(),
                new double[0], new double[0]);
        TilePart.NodeRows none = new TilePart.NodeRows(new String[0], new double[0], new double[0], new double[1][0],
                new int[1][0]);
        return new TilePart(tile, "t" + tile, "", List.of(), List.of(), List.of(type), none, new int[0], new int[0],
                new TilePart.CellOverlay(List.of(), deserts, List.of()));
    }

    @Test
    void placesMeetingAcrossTheSeamAreJoinedWithTheSetsOfBoth() {
        TilePart west = part(0, List.of(
                new TilePart.DesertPiece(box(1, 1, 2, 2), List.of(new int[] {0}), false),
                new TilePart.DesertPiece(box(5, 2, 10, 4), List.of(new int[] {0}), true)), List.of(box(0, 0, 10, 10)));
        // the east place's seam vertices lie 1e-12 m off the seam, as a tile's clipping may leave them
        TilePart east = part(1, List.of(
                new TilePart.DesertPiece(box(10 + 1e-12, 2, 15, 4), List.of(new int[] {0, 1}, new int[] {0}), true),
                new TilePart.DesertPiece(box(10, 6, 12, 8), List.of(new int[] {1}), true)), List.of(box(10, 0, 20, 10)));
        List<SeamUnion.Joined> joined = SeamUnion.deserts(List.of(west, east));
        assertThat(joined).hasSize(3);
        assertThat(joined.get(0).polygon().getArea()).isEqualTo(1.0);
        List<SeamUnion.Joined> bySize = joined.stream()
                .sorted(Comparator.comparingDouble((SeamUnion.Joined j) -> -j.polygon().getArea())).toList();
        SeamUnion.Joined across = bySize.get(0);
        assertThat(across.polygon().getArea()).isCloseTo(20.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(across.polygon().getNumInteriorRing()).isZero();
        assertThat(across.missingSets()).hasSize(2);
        assertThat(across.missingSets().get(0)).containsExactly(0);
        assertThat(across.missingSets().get(1)).containsExactly(0, 1);
        assertThat(bySize.get(1).polygon().getArea()).isEqualTo(4.0);
        assertThat(bySize.get(1).missingSets().get(0)).containsExactly(1);
    }

    @Test
    void placesThatOnlyTouchAtACornerOrLieASliverApartStayApart() {
        // the seam is y = 10; in each tile a place west of x = 5 and one east of x = 5 + 1e-9, a
        // served sliver between them, as the run in one piece has two deserts there
        TilePart south = part(0, List.of(
                new TilePart.DesertPiece(box(0, 0, 5, 10), List.of(new int[] {0}), true),
                new TilePart.DesertPiece(box(5 + 1e-9, 0, 10, 10), List.of(new int[] {1}), true)),
                List.<Polygon>of());
        TilePart north = part(1, List.of(
                new TilePart.DesertPiece(box(0, 10, 5, 20), List.of(new int[] {0}), true),
                new TilePart.DesertPiece(box(5 + 1e-9, 10, 10, 20), List.of(new int[] {1}), true),
                new TilePart.DesertPiece(box(10, 20, 12, 22), List.of(new int[] {2}), true)),
                List.<Polygon>of());
        List<SeamUnion.Joined> joined = SeamUnion.deserts(List.of(south, north));
        assertThat(joined).hasSize(3);
        List<Double> areas = joined.stream().map(j -> j.polygon().getArea()).sorted().toList();
        assertThat(areas.get(0)).isEqualTo(4.0);
        assertThat(areas.get(1)).isCloseTo(100.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(areas.get(2)).isCloseTo(100.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(joined).allSatisfy(j -> assertThat(j.missingSets()).hasSize(1));
    }

    @Test
    void theRingsSideBySideAreEachTilesDiskLessItsSmallerDisk() {
        // west cell [0,10]x[0,10]: 5 min [0,10]x[0,4], 10 min the whole cell; east cell [10,20]x[0,10]: 5 min [10,12]x[0,4]
        TilePart west = withDisks(0, List.of(), List.of(box(0, 0, 10, 4), box(0, 0, 10, 10)));
        TilePart east = withDisks(1, List.of(), List.of(box(10, 0, 12, 4), box(10, 0, 20, 10)));
        var rings = TileMosaic.rings(List.of(west, east), GF).get(0);
        assertThat(rings.get(0).getArea()).isEqualTo(48.0);
        assertThat(rings.get(1).getArea()).isEqualTo(200.0 - 48.0);
        assertThat(rings.get(1).getNumGeometries()).isEqualTo(2);
    }

    @Test
    void theServiceAreasSideBySideKeepEachTilesPolygons() {
        TilePart west = part(0, List.of(), List.of(box(0, 0, 10, 10)));
        TilePart east = part(1, List.of(), List.of(box(10, 0, 20, 5), box(12, 7, 13, 8)));
        TilePart none = part(2, List.of(), List.of());
        var disks = TileMosaic.disks(List.of(west, east, none), GF);
        assertThat(disks.get(0).get(0).getNumGeometries()).isEqualTo(3);
        assertThat(disks.get(0).get(0).getArea()).isEqualTo(151.0);
        assertThat(TileMosaic.disks(List.of(none), GF).get(0).get(0).isEmpty()).isTrue();
    }
}
