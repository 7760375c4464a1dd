package org.catchment.overlay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.catchment.InputException;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.catchment.layer.PolygonsOnly;
import org.geotools.api.feature.simple.SimpleFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Where people live, for counting the residents of any area (a desert, a ward's covered part).
 *
 * <p>Either points with a count (address points, population-weighted centroids) or polygons with
 * a count (census output areas, LSOAs) whose count is spread evenly over their area, or over
 * their residential part when residential land is given
 * (docs/method.md#slivers-repairs-and-population-spreading). Spreading evenly makes counts
 * additive: the residents of A plus those of B equal those of A ∪ B for disjoint A and B, so
 * covered plus not covered always equals the total. A polygon with residents but no
 * residential land spreads over its whole area instead, with a warning, so nobody is lost. A
 * point exactly on the boundary of the queried area counts as inside it.
 *
 * <p>Items are held in an STR-tree, so a query costs a look-up plus one overlay per polygon it
 * partly overlaps.
 */
public final class Population {

    private record Item(Geometry spread, double count, double densityPerM2) {
    }

    /**
     * One resident point of a point population.
     *
     * @param at    where, in the working CRS
     * @param count its residents (a multi-point's count shared by its points)
     */
    public record Resident(Coordinate at, double count) {
    }

    /**
     * Residents as points to time them by: the residents and how many polygons were placed at
     * an interior point for want of a candidate place inside them.
     *
     * @param residents       the points, each with its share of residents
     * @param atInteriorPoint polygons with residents and no candidate place inside their residential part
     */
    public record Placed(List<Resident> residents, int atInteriorPoint) {
    }

    private final STRtree index;
    private final List<Item> items;
    private final List<Resident> residents;
    private final double total;
    private final List<String> warnings;
    /** Which resident points residentsIn and residentsBeyond count (all, unless a view says otherwise). */
    private final Predicate<Coordinate> counted;

    private Population(List<Item> items, List<String> warnings, boolean points) {
        this.index = new STRtree();
        this.counted = c -> true;
        this.items = List.copyOf(items);
        this.residents = points ? items.stream().map(it -> new Resident(it.spread().getCoordinate(), it.count())).toList()
                : null;
        double sum = 0;
        for (Item it : items) {
            index.insert(it.spread().getEnvelopeInternal(), it);
            sum += it.count();
        }
        index.build();
        this.total = sum;
        this.warnings = List.copyOf(warnings);
    }

    private Population(Population all, Predicate<Coordinate> counted) {
        this.index = all.index;
        this.items = all.items;
        this.residents = all.residents;
        this.total = all.total;
        this.warnings = all.warnings;
        this.counted = counted;
    }

    /**
     * A view of these residents for one tile of a tiled run, where every resident point must be
     * counted by exactly one tile even when it lies on a seam: {@link #residentsIn} and
     * {@link #residentsBeyond} count only the points {@code counted} accepts (polygons, spread over
     * their area, are additive already). Everything else is the whole population's.
     *
     * @param counted the points to count, e.g. those whose tile is this one
     */
    public Population countingOnly(Predicate<Coordinate> counted) {
        return new Population(this, counted);
    }

    /**
     * @param points     a point layer; a multi-point's count is shared evenly by its points
     * @param countField the field holding each point's number of residents (matched ignoring case)
     * @return the population
     * @throws InputException for a non-point layer, a missing field or a missing or non-numeric count
     */
    public static Population fromPoints(Layer points, String countField) {
        Features.requireKind(points, GeometryKind.POINT, "population points");
        String field = Features.field(points, countField, "population count");
        List<Item> items = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<SimpleFeature> features = points.features();
        for (int i = 0; i < features.size(); i++) {
            SimpleFeature f = features.get(i);
            double count = count(points, i, f, field);
            Geometry g = Layer.geometry(f);
            if (g == null || g.isEmpty()) {
                if (count > 0) {
                    warnings.add(Features.where(points, i, f) + " has " + count + " residents but no location; they are not counted");
                }
                continue;
            }
            int n = g.getNumGeometries();
            for (int j = 0; j < n; j++) {
                Point p = (Point) g.getGeometryN(j);
                items.add(new Item(p, count / n, 0));
            }
        }
        return new Population(items, warnings, true);
    }

    /**
     * @param polygons    a polygon layer
     * @param countField  the field holding each polygon's number of residents (matched ignoring case)
     * @param residential residential land to spread the counts over, or null to spread over whole polygons
     * @return the population
     * @throws InputException for a non-polygon layer, a missing field or a missing or non-numeric count
     */
    public static Population fromPolygons(Layer polygons, String countField, Geometry residential) {
        Features.requireKind(polygons, GeometryKind.POLYGON, "population polygons");
        String field = Features.field(polygons, countField, "population count");
        Geometry land = residential == null ? null : Polygons.repaired(residential);
        PreparedGeometry preparedLand = land == null ? null : PreparedGeometryFactory.prepare(land);
        List<Item> items = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<SimpleFeature> features = polygons.features();
        for (int i = 0; i < features.size(); i++) {
            SimpleFeature f = features.get(i);
            String where = Features.where(polygons, i, f);
            double count = count(polygons, i, f, field);
            Geometry g = Layer.geometry(f);
            if (g != null && !g.isEmpty() && Polygons.invalidity(g) != null) {
                warnings.add(where + " was not a valid polygon (" + Polygons.invalidity(g) + ") and was repaired");
                g = Polygons.repaired(g);
            }
            g = g == null ? null : PolygonsOnly.of(g, g.getFactory());
            if (g == null || g.getArea() == 0) {
                if (count > 0) {
                    warnings.add(where + " has " + count + " residents but no area; they are not counted");
                }
                continue;
            }
            Geometry spread = g;
            if (land != null) {
                spread = preparedLand.intersects(g) ? Polygons.intersection(g, land) : g.getFactory().createPolygon();
                if (spread.getArea() == 0) {
                    if (count > 0) {
                        warnings.add(where + " has " + count
                                + " residents but no residential land; they are spread over the whole polygon");
                    }
                    spread = g;
                }
            }
            items.add(new Item(spread, count, count / spread.getArea()));
        }
        return new Population(items, warnings, false);
    }

    private static double count(Layer layer, int index, SimpleFeature f, String field) {
        Object v = f.getAttribute(field);
        double count;
        if (v instanceof Number n) {
            count = n.doubleValue();
        } else {
            try {
                count = v == null || v.toString().isBlank() ? Double.NaN : new BigDecimal(v.toString().trim()).doubleValue();
            } catch (NumberFormatException e) {
                count = Double.NaN;
            }
        }
        if (!(count >= 0) || Double.isInfinite(count)) {
            throw new InputException(Features.file(layer), Features.where(layer, index, f),
                    "the population count '" + field + "' is " + (v == null ? "empty" : "'" + v + "'")
                            + ", not a number of residents of 0 or more",
                    "Fix the value or choose another count field");
        }
        return count;
    }

    /**
     * @param area a polygonal area, in the working CRS
     * @return the residents within it: whole points inside or on its boundary, and for polygons
     *         their density times the overlapping area
     */
    public double residentsIn(Geometry area) {
        if (area == null || area.isEmpty()) {
            return 0;
        }
        PreparedGeometry query = PreparedGeometryFactory.prepare(area);
        AreaPieces pieces = null;
        double sum = 0;
        for (Object o : index.query(area.getEnvelopeInternal())) {
            Item it = (Item) o;
            if (it.spread() instanceof Point) {
                sum += counted.test(it.spread().getCoordinate()) && query.covers(it.spread()) ? it.count() : 0;
                continue;
            }
            // a polygon against a large area: overlaid with the area's pieces near it, not the whole
            pieces = pieces != null ? pieces : AreaPieces.of(area);
            sum += spreadIn(it, pieces);
        }
        return sum;
    }

    /**
     * @return a polygon's residents within an area: all of them when it lies inside, else its
     *     density times the overlap
     */
    private static double spreadIn(Item it, AreaPieces area) {
        double overlap = area.intersectionArea(it.spread());
        return overlap == it.spread().getArea() ? it.count() : it.densityPerM2() * overlap;
    }

    /**
     * The residents an area adds to another: those in {@code area} and not in {@code taken}, both
     * counted as {@link #residentsIn} counts (a point on the boundary they share is in
     * {@code taken}), so that residentsIn(taken) + residentsBeyond(area, taken) =
     * residentsIn(taken ∪ area).
     *
     * @param area  a polygonal area
     * @param taken a polygonal area, may be empty
     */
    public double residentsBeyond(Geometry area, Geometry taken) {
        if (taken == null || taken.isEmpty() || !taken.getEnvelopeInternal().intersects(area.getEnvelopeInternal())) {
            return residentsIn(area);
        }
        if (area.isEmpty()) {
            return 0;
        }
        PreparedGeometry inArea = PreparedGeometryFactory.prepare(area);
        PreparedGeometry inTaken = PreparedGeometryFactory.prepare(taken);
        Geometry rest = Polygons.difference(area, taken);
        AreaPieces restPieces = null;
        double sum = 0;
        for (Object o : index.query(area.getEnvelopeInternal())) {
            Item it = (Item) o;
            if (it.spread() instanceof Point) {
                sum += counted.test(it.spread().getCoordinate()) && inArea.covers(it.spread())
                        && !inTaken.covers(it.spread()) ? it.count() : 0;
            } else if (!rest.isEmpty()) {
                // as residentsIn(rest) counts a polygon: against the pieces of the rest near it
                restPieces = restPieces != null ? restPieces : AreaPieces.of(rest);
                sum += spreadIn(it, restPieces);
            }
        }
        return sum;
    }

    /** @return the resident points of a point population in the order of the layer, or null for polygons */
    public List<Resident> points() {
        return residents;
    }

    /**
     * Places the residents on points, for the residents-weighted minutes per zone: a point
     * population's own points; for a polygon population, each polygon's residents shared equally
     * among the candidate places its residential part covers (postcode centroids: where the homes
     * are), or, when it covers none, all at one interior point of that part. Every polygon's count
     * is kept whole, so the residents placed add up to {@link #total()}.
     *
     * @param candidates places where residents may be put, in the working CRS, in a stable order
     * @return the resident points, polygon by polygon in layer order, candidates in their order
     */
    public Placed placedAt(List<Coordinate> candidates) {
        if (residents != null) {
            return new Placed(residents, 0);
        }
        STRtree places = new STRtree();
        for (int i = 0; i < candidates.size(); i++) {
            places.insert(new Envelope(candidates.get(i)), i);
        }
        List<Resident> out = new ArrayList<>();
        int interior = 0;
        for (Item it : items) {
            if (it.count() == 0) {
                continue;
            }
            PreparedGeometry spread = PreparedGeometryFactory.prepare(it.spread());
            List<Integer> inside = new ArrayList<>();
            for (Object o : places.query(it.spread().getEnvelopeInternal())) {
                int i = (Integer) o;
                if (spread.covers(it.spread().getFactory().createPoint(candidates.get(i)))) {
                    inside.add(i);
                }
            }
            if (inside.isEmpty()) {
                out.add(new Resident(it.spread().getInteriorPoint().getCoordinate(), it.count()));
                interior++;
            } else {
                inside.sort(null);
                for (int i : inside) {
                    out.add(new Resident(candidates.get(i), it.count() / inside.size()));
                }
            }
        }
        return new Placed(out, interior);
    }

    /** @return all residents counted (those with no location or no area are not) */
    public double total() {
        return total;
    }

    /** @return repairs and residents not counted, one sentence each, in order */
    public List<String> warnings() {
        return warnings;
    }
}
