package org.catchment.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchment.overlay.Fixtures.box;
import static org.catchment.overlay.Fixtures.row;

import java.util.List;
import org.catchment.layer.Layer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.junit.jupiter.api.Test;

/**
 * Which zones of a further zone layer a run reports: those sharing area with the study area, on a
 * study area of two 10 m squares side by side, (0..20) × (0..10).
 */
class StudyOverlapTest {

    private static final List<Zone> STUDY = List.of(new Zone("West", null, box(0, 0, 10, 10)),
            new Zone("East", null, box(10, 0, 20, 10)));

    @Test
    void keepsTheZonesSharingAreaWithTheStudyArea() {
        Layer zones = Fixtures.wards(
                row(box(2, 2, 8, 8), "inside West", "A"),
                row(box(5, 2, 15, 8), "across the wards' seam", "B"),
                row(box(15, 2, 25, 8), "partly outside", "C"),
                row(box(20, 0, 30, 10), "touching the edge only", "D"),
                row(box(100, 100, 110, 110), "far away", "E"),
                row(box(19.999, 0, 30, 10), "a 1 mm sliver inside", "F"),
                row(box(-10, -10, 30, 20), "around the whole study area", "G"));

        StudyOverlap.Kept kept = StudyOverlap.of(zones, STUDY);

        assertThat(names(kept.layer())).containsExactly("inside West", "across the wards' seam", "partly outside",
                "a 1 mm sliver inside", "around the whole study area");
        assertThat(kept.leftOut()).isEqualTo(2);
        assertThat(kept.meeting()).isEqualTo(5);
    }

    /**
     * A zone of two parts, the larger far away: its interior point lies outside the study area, so
     * only the overlay of its small part finds that it shares area (1 m²) with the study area.
     */
    @Test
    void aZoneWhoseInteriorPointIsOutsideIsKeptByItsArea() {
        Geometry twoParts = Fixtures.wkt("MULTIPOLYGON(((100 100, 200 100, 200 200, 100 200, 100 100)),"
                + " ((1 1, 2 1, 2 2, 1 2, 1 1)))");
        Geometry farParts = Fixtures.wkt("MULTIPOLYGON(((100 100, 200 100, 200 200, 100 200, 100 100)),"
                + " ((20 1, 21 1, 21 2, 20 2, 20 1)))");
        assertThat(STUDY.get(0).geometry().contains(twoParts.getInteriorPoint())).isFalse();
        Layer zones = Fixtures.layer("lsoa", MultiPolygon.class, new String[] {"WD22NM"}, new Class<?>[] {String.class},
                row(twoParts, "one part inside"), row(farParts, "one part touching"));

        StudyOverlap.Kept kept = StudyOverlap.of(zones, STUDY);

        assertThat(names(kept.layer())).containsExactly("one part inside");
        assertThat(kept.leftOut()).isEqualTo(1);
    }

    /**
     * Holes: a zone inside a ward's hole shares no area with it, nor does a zone whose hole holds
     * the whole study area; a zone across the hole's edge does.
     */
    @Test
    void holesShareNoArea() {
        List<Zone> holed = List.of(new Zone("Ring", null, Fixtures.wkt(
                "POLYGON((0 0, 30 0, 30 30, 0 30, 0 0), (10 10, 20 10, 20 20, 10 20, 10 10))")));
        Layer zones = Fixtures.wards(
                row(box(12, 12, 18, 18), "in the hole", "A"),
                row(box(10, 10, 20, 20), "filling the hole", "B"),
                row(Fixtures.wkt("POLYGON((-10 -10, 40 -10, 40 40, -10 40, -10 -10), (-5 -5, 35 -5, 35 35, -5 35, -5 -5))"),
                        "around the ward, the ward in its hole", "C"),
                row(box(15, 15, 25, 25), "across the hole's edge", "D"));

        StudyOverlap.Kept kept = StudyOverlap.of(zones, holed);

        assertThat(names(kept.layer())).containsExactly("across the hole's edge");
        assertThat(kept.leftOut()).isEqualTo(3);
        assertThat(kept.meeting()).isEqualTo(1);
    }

    /** Zones without an area are kept for the zone reader, which says it drops them; points are not zones to test. */
    @Test
    void leavesWhatIsNotAZoneWithAnAreaToTheZoneReader() {
        Layer flat = Fixtures.wards(row(Fixtures.wkt("POLYGON((50 50, 60 50, 70 50, 50 50))"), "no area", "Z"),
                row(null, "no geometry", "Y"));
        StudyOverlap.Kept flatKept = StudyOverlap.of(flat, STUDY);
        assertThat(flatKept.leftOut()).isZero();
        assertThat(flatKept.meeting()).isZero();

        Layer points = Fixtures.layer("points", Point.class, new String[] {"name"}, new Class<?>[] {String.class},
                row(Fixtures.wkt("POINT (500 500)"), "far"));
        StudyOverlap.Kept kept = StudyOverlap.of(points, STUDY);
        assertThat(kept.layer()).isSameAs(points);
        assertThat(kept.leftOut()).isZero();
    }

    private static List<Object> names(Layer layer) {
        return layer.features().stream().map(f -> f.getAttribute("WD22NM")).toList();
    }
}
