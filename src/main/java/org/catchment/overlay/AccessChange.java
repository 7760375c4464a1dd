package org.catchment.overlay;

import java.util.List;
import java.util.Objects;
import org.catchment.layer.PolygonsOnly;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Where a facility type's service area within one band was gained and lost between two results
 * (a baseline and a scenario): gained = after − before, lost = before − after, each clipped to an
 * area (the study area's zones). Parts narrower than {@value #MIN_WIDTH_M} m throughout are
 * dropped: they are not places but the difference between two drawings of the same boundary
 * (floating-point dust of about 1e-9 m² where the two share it, and slivers up to half a metre
 * wide where the same streets' trim was buffered as differently merged lines: a round cap of
 * 100 m drawn with 8 segments a quarter departs from the circle by up to 0.48 m). Residents are counted as {@link Coverage} counts them
 * ({@link Population#residentsIn}), so the residents served after equal those served before plus
 * those gained less those lost, in every zone.
 *
 * @param type            the type's id
 * @param label           its display name
 * @param bandMin         the band, minutes
 * @param gained          the area served after but not before, polygonal (may be empty)
 * @param lost            the area served before but not after, polygonal (may be empty)
 * @param gainedResidents the residents within {@code gained}, or null without population data
 * @param lostResidents   the residents within {@code lost}, or null without population data
 */
public record AccessChange(String type, String label, double bandMin, Geometry gained, Geometry lost,
                           Double gainedResidents, Double lostResidents) {

    /** The narrowest part of a gain or loss kept, metres: a part that an inward buffer of half this removes is dropped. */
    public static final double MIN_WIDTH_M = 1;

    /** Checks that the polygons are given. */
    public AccessChange {
        Objects.requireNonNull(gained, "gained");
        Objects.requireNonNull(lost, "lost");
    }

    /**
     * Gains and losses in one zone.
     *
     * @param gainedAreaM2    the area gained, square metres
     * @param lostAreaM2      the area lost, square metres
     * @param gainedResidents the residents gained, or null without population data
     * @param lostResidents   the residents lost, or null without population data
     */
    public record InZone(double gainedAreaM2, double lostAreaM2, Double gainedResidents, Double lostResidents) {
    }

    /**
     * @param before     the service area before
     * @param after      the service area after
     * @param within     the area to count in (the study area's zones)
     * @param population residents, or null
     * @return the change, clipped to {@code within}
     */
    public static AccessChange of(String type, String label, double bandMin, Geometry before, Geometry after,
                                  Geometry within, Population population) {
        Geometry gained = places(Polygons.intersection(Polygons.difference(after, before), within));
        Geometry lost = places(Polygons.intersection(Polygons.difference(before, after), within));
        return new AccessChange(type, label, bandMin, gained, lost, residents(gained, population),
                residents(lost, population));
    }

    /**
     * @param g an area (its points and lines are ignored)
     * @return its polygons at least {@value #MIN_WIDTH_M} m wide somewhere: the places of a gain or
     *     loss, without the slivers two drawings of one boundary leave
     */
    public static Geometry places(Geometry g) {
        List<Polygon> parts = PolygonsOnly.parts(g).stream().filter(AccessChange::isPlace).toList();
        return PolygonsOnly.of(g.getFactory().createMultiPolygon(parts.toArray(new Polygon[0])), g.getFactory());
    }

    /**
     * A part whose area is at least its perimeter times the width is wide enough somewhere (a strip
     * of width w has about w/2); only thinner-looking parts are tested by the inward buffer.
     */
    private static boolean isPlace(Polygon p) {
        return p.getArea() >= MIN_WIDTH_M * p.getLength() || !p.buffer(-MIN_WIDTH_M / 2).isEmpty();
    }

    /** @return the area gained, square metres */
    public double gainedAreaM2() {
        return gained.getArea();
    }

    /** @return the area lost, square metres */
    public double lostAreaM2() {
        return lost.getArea();
    }

    /** @return true when nothing was gained or lost */
    public boolean isEmpty() {
        return gained.isEmpty() && lost.isEmpty();
    }

    /**
     * @return the gains and losses cut into pieces once ({@link AreaPieces}), to be clipped to many
     *     zones: each zone is overlaid only with the pieces near it
     */
    public ByZone byZone() {
        return new ByZone(AreaPieces.of(gained), AreaPieces.of(lost));
    }

    /** The gains and losses of one change, cut into pieces to be clipped to many zones. */
    public static final class ByZone {
        private final AreaPieces gained;
        private final AreaPieces lost;

        private ByZone(AreaPieces gained, AreaPieces lost) {
            this.gained = gained;
            this.lost = lost;
        }

        /** @return the gains and losses within one zone */
        public InZone in(Geometry zone, Population population) {
            Geometry g = gained.intersection(zone);
            Geometry l = lost.intersection(zone);
            return new InZone(g.getArea(), l.getArea(), residents(g, population), residents(l, population));
        }
    }

    private static Double residents(Geometry area, Population population) {
        return population == null ? null : population.residentsIn(area);
    }
}
