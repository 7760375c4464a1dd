package org.catchment.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Lays out a housing estate the way many British estates of the 1960s-2000s are built: an
 * entrance road leading to a loop road, with closes (cul-de-sacs) off both sides of the loop, all
 * inside a box so that estates never overlap.
 */
final class EstateBuilder {

    /** The roads of one estate. */
    record Estate(String name, StreetPlan.Road spine, StreetPlan.Road loop, List<StreetPlan.Road> branches,
                  List<Coordinate> roadEnds, Envelope box) {
        List<StreetPlan.Road> roads() {
            List<StreetPlan.Road> all = new ArrayList<>();
            all.add(spine);
            all.add(loop);
            all.addAll(branches);
            return all;
        }
    }

    private static final double INSET_M = 60;

    private final StreetPlan plan;
    private final Random random;

    EstateBuilder(StreetPlan plan, long seed) {
        this.plan = plan;
        this.random = new Random(seed);
    }

    /**
     * @param name     the estate's name
     * @param entrance the junction point on the road it joins (already attached)
     * @param box      the area the estate must stay in
     * @param names    street names: entrance road, loop road, then closes
     */
    Estate build(String name, Coordinate entrance, Envelope box, String... names) {
        Envelope inner = new Envelope(box);
        inner.expandBy(-Math.min(INSET_M, Math.min(box.getWidth(), box.getHeight()) / 4));
        List<Coordinate> ring = loopRing(inner);
        StreetPlan.Road loop = plan.add(names[1], StreetPlan.Kind.LOCAL, ring);

        int nearest = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            if (ring.get(i).distance(entrance) < ring.get(nearest).distance(entrance)) {
                nearest = i;
            }
        }
        Coordinate join = ring.get(nearest);
        Coordinate mid = new Coordinate((entrance.x + join.x) / 2 + (random.nextDouble() - 0.5) * 20,
                (entrance.y + join.y) / 2 + (random.nextDouble() - 0.5) * 20);
        List<Coordinate> spinePts = entrance.distance(join) > 30 ? Shapes.curve(List.of(entrance, mid, join), 12)
                : List.of(entrance, join);
        StreetPlan.Road spine = plan.add(names[0], StreetPlan.Kind.LOCAL, spinePts);

        List<StreetPlan.Road> branches = new ArrayList<>();
        List<Coordinate> ends = new ArrayList<>();
        Coordinate centre = inner.centre();
        int nameIndex = 2;
        int step = 6 + random.nextInt(2);
        boolean inward = false;
        for (int i = 3; i < ring.size() - 3; i += step) {
            Coordinate base = ring.get(i);
            if (base.distance(join) < 45) {
                continue;
            }
            double along = Shapes.heading(ring.get(i - 1), ring.get(i + 1));
            double outwardHeading = Shapes.heading(centre, base);
            double normal = along + 90;
            if (Math.cos(Math.toRadians(normal - outwardHeading)) < 0) {
                normal += 180;
            }
            double h = (inward ? normal + 180 : normal) + (random.nextDouble() - 0.5) * 24;
            double room = inward ? Math.min(110, base.distance(centre) - 45) : INSET_M - 12;
            inward = !inward;
            if (room < 35) {
                continue;
            }
            double length = room * (0.75 + random.nextDouble() * 0.25);
            Coordinate end = Shapes.step(base, h, length);
            Coordinate bend = Shapes.step(Shapes.step(base, h, length / 2), h + 90, (random.nextDouble() - 0.5) * 16);
            List<Coordinate> pts = Shapes.curve(List.of(base, bend, end), 12);
            if (!box.contains(pts.get(pts.size() - 1))) {
                continue;
            }
            String street = names[Math.min(nameIndex++, names.length - 1)];
            branches.add(plan.add(street, StreetPlan.Kind.LOCAL, pts));
            ends.add(pts.get(pts.size() - 1));
        }
        crossStreet(ring, inner, join, names, branches, ends);
        return new Estate(name, spine, loop, branches, ends, box);
    }

    /**
     * Adds a street across the loop's longer axis, joining the loop at both ends, with closes off
     * both its sides, so the middle of the estate is built up too.
     */
    private void crossStreet(List<Coordinate> ring, Envelope inner, Coordinate join, String[] names,
                             List<StreetPlan.Road> branches, List<Coordinate> ends) {
        boolean wide = inner.getWidth() >= inner.getHeight();
        Coordinate c = inner.centre();
        Coordinate a = nearestVertex(ring, wide ? new Coordinate(inner.getMinX(), c.y) : new Coordinate(c.x, inner.getMinY()));
        Coordinate b = nearestVertex(ring, wide ? new Coordinate(inner.getMaxX(), c.y) : new Coordinate(c.x, inner.getMaxY()));
        if (a.distance(join) < 30 || b.distance(join) < 30) {
            a = nearestVertex(ring, new Coordinate(c.x + 60, wide ? inner.getMinY() : c.y + 60));
            b = nearestVertex(ring, new Coordinate(c.x - 60, wide ? inner.getMaxY() : c.y - 60));
            wide = !wide;
        }
        if (a.distance(join) < 30 || b.distance(join) < 30 || a.distance(b) < 250) {
            return;
        }
        Coordinate mid = new Coordinate(c.x + (random.nextDouble() - 0.5) * 40, c.y + (random.nextDouble() - 0.5) * 40);
        List<Coordinate> pts = Shapes.curve(List.of(a, mid, b), 12);
        String street = names[Math.min(2 + branches.size(), names.length - 1)];
        branches.add(plan.add(street.replace("Close", "Avenue"), StreetPlan.Kind.LOCAL, pts));
        double half = (wide ? inner.getHeight() : inner.getWidth()) / 2;
        boolean left = true;
        for (int i = 5; i < pts.size() - 5; i += 6) {
            double h = Shapes.heading(pts.get(i - 1), pts.get(i + 1)) + (left ? 90 : -90) + (random.nextDouble() - 0.5) * 20;
            left = !left;
            double length = Math.min(90, half - 45);
            if (length < 35) {
                return;
            }
            Coordinate end = Shapes.step(pts.get(i), h, length);
            List<Coordinate> close = Shapes.curve(List.of(pts.get(i), Shapes.step(pts.get(i), h + 8, length / 2), end), 12);
            branches.add(plan.add(names[Math.min(2 + branches.size(), names.length - 1)], StreetPlan.Kind.LOCAL, close));
            ends.add(end);
        }
    }

    private static Coordinate nearestVertex(List<Coordinate> ring, Coordinate c) {
        Coordinate best = ring.get(0);
        for (Coordinate r : ring) {
            if (r.distance(c) < best.distance(c)) {
                best = r;
            }
        }
        return best;
    }

    /** A rounded, slightly irregular loop just inside the box, closed (first point = last point). */
    private List<Coordinate> loopRing(Envelope e) {
        double r = Math.min(45, Math.min(e.getWidth(), e.getHeight()) / 3);
        double[][] corners = {{e.getMaxX() - r, e.getMaxY() - r, 0}, {e.getMinX() + r, e.getMaxY() - r, 90},
            {e.getMinX() + r, e.getMinY() + r, 180}, {e.getMaxX() - r, e.getMinY() + r, 270}};
        List<Coordinate> controls = new ArrayList<>();
        for (double[] c : corners) {
            for (int k = 0; k <= 2; k++) {
                double a = Math.toRadians(c[2] + 45 * k);
                controls.add(new Coordinate(c[0] + r * Math.cos(a), c[1] + r * Math.sin(a)));
            }
        }
        List<Coordinate> wobbly = new ArrayList<>();
        for (int i = 0; i < controls.size(); i++) {
            Coordinate a = controls.get(i);
            Coordinate b = controls.get((i + 1) % controls.size());
            wobbly.add(a);
            if (a.distance(b) > 150) {
                wobbly.add(new Coordinate((a.x + b.x) / 2 + (random.nextDouble() - 0.5) * 30,
                        (a.y + b.y) / 2 + (random.nextDouble() - 0.5) * 30));
            }
        }
        wobbly.add(wobbly.get(0));
        List<Coordinate> ring = Shapes.curve(wobbly, 14);
        ring.set(ring.size() - 1, ring.get(0));
        return ring;
    }
}
