package org.catchment.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * A made-up 6 km x 5 km town for looking at the renderer's output and timing it: a jittered
 * street grid of about 2,000 links, a railway, four wards, ten facilities of two types, 10- and
 * 20-minute bands (800 m and 1,600 m buffers, clipped to the town) and the desert outside them.
 * Deterministic (fixed seed).
 */
final class Millbrook {

    static final double E0 = 350_000;
    static final double N0 = 400_000;
    static final double WIDTH_M = 6_000;
    static final double HEIGHT_M = 5_000;

    private static final GeometryFactory GF = new GeometryFactory();

    private Millbrook() {
    }

    static MapDocument document() {
        Polygon town = rect(E0, N0, E0 + WIDTH_M, N0 + HEIGHT_M);
        List<Geometry> streets = streets(new Random(7));
        Geometry railway = GF.createLineString(new Coordinate[] {
            c(E0 - 200, N0 + 3_900), c(E0 + 1_800, N0 + 3_300), c(E0 + 3_400, N0 + 2_500),
            c(E0 + 4_600, N0 + 1_400), c(E0 + WIDTH_M + 200, N0 + 900)});
        List<Geometry> wards = new ArrayList<>();
        double mx = E0 + 3_100;
        double my = N0 + 2_400;
        wards.add(wigglyRect(E0, my, mx, N0 + HEIGHT_M));
        wards.add(wigglyRect(mx, my, E0 + WIDTH_M, N0 + HEIGHT_M));
        wards.add(wigglyRect(E0, N0, mx, my));
        wards.add(wigglyRect(mx, N0, E0 + WIDTH_M, my));
        List<Geometry> surgeries = new ArrayList<>();
        List<Geometry> walkIns = new ArrayList<>();
        double[][] gp = {{1_200, 3_800}, {2_600, 4_100}, {1_900, 2_700}, {3_600, 3_300}, {4_300, 2_000},
            {1_000, 1_200}, {2_400, 900}};
        double[][] walkIn = {{2_900, 2_300}, {4_900, 4_200}, {3_700, 600}};
        for (double[] p : gp) {
            surgeries.add(GF.createPoint(c(E0 + p[0], N0 + p[1])));
        }
        for (double[] p : walkIn) {
            walkIns.add(GF.createPoint(c(E0 + p[0], N0 + p[1])));
        }
        List<Geometry> all = new ArrayList<>(surgeries);
        all.addAll(walkIns);
        Geometry band10 = buffers(all, 800).intersection(town);
        Geometry band20 = buffers(all, 1_600).intersection(town).difference(band10);
        Geometry desert = town.difference(buffers(all, 1_600));
        List<java.awt.Color> bands = Palette.bands(2);
        return MapDocument.builder("Millbrook: GP surgeries, 10 and 20 minutes walk")
                .subtitle("Walking at 4.8 km/h along streets and footpaths; deserts are more than 20 minutes from any surgery")
                .layer(MapLayer.of("Streets", streets, Palette.roads()))
                .layer(MapLayer.of("20 minutes", List.of(band20), Style.polygon(bands.get(1), null, 0).withOpacity(0.55))
                        .withLegendLabel("Within 20 minutes (1.6 km)"))
                .layer(MapLayer.of("10 minutes", List.of(band10), Style.polygon(bands.get(0), null, 0).withOpacity(0.55))
                        .withLegendLabel("Within 10 minutes (800 m)"))
                .layer(MapLayer.of("Railway", List.of(railway), Palette.railway()))
                .layer(MapLayer.of("Deserts", List.of(desert), Palette.desert())
                        .withLegendLabel("Desert (over 20 minutes)"))
                .layer(MapLayer.of("Wards", wards, Style.polygon(null, Palette.BOUNDARY, 0.8).withLabels(11))
                        .withLabels(List.of("Northfield", "Eastgate", "Westbrook", "Southmoor"))
                        .withLegendLabel("Ward boundary"))
                .layer(MapLayer.of("Study area", List.of(town), Palette.studyArea()))
                .layer(MapLayer.of("GP surgeries", surgeries, Palette.typeStyle(0)))
                .layer(MapLayer.of("Walk-in centres", walkIns, Palette.typeStyle(1)))
                .attribution("Contains OS data \u00a9 Crown copyright and database right 2026")
                .attribution("Synthetic sample town; British National Grid (EPSG:27700)")
                .build();
    }

    /** About 2,000 street links on a jittered 160 m grid, each with three bent inner vertices. */
    static List<Geometry> streets(Random random) {
        double spacing = 160;
        int nx = (int) (WIDTH_M / spacing) + 1;
        int ny = (int) (HEIGHT_M / spacing) + 1;
        double[][] x = new double[nx][ny];
        double[][] y = new double[nx][ny];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                x[i][j] = E0 + i * spacing + (random.nextDouble() - 0.5) * 50;
                y[i][j] = N0 + j * spacing + (random.nextDouble() - 0.5) * 50;
            }
        }
        List<Geometry> out = new ArrayList<>();
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                for (int dir = 0; dir < 2; dir++) {
                    int i2 = dir == 0 ? i + 1 : i;
                    int j2 = dir == 0 ? j : j + 1;
                    if (i2 >= nx || j2 >= ny || random.nextInt(6) == 0) {
                        continue;
                    }
                    Coordinate[] cs = new Coordinate[5];
                    double bend = (random.nextDouble() - 0.5) * 30;
                    for (int k = 0; k < 5; k++) {
                        double t = k / 4.0;
                        double off = bend * Math.sin(Math.PI * t);
                        cs[k] = c(x[i][j] + t * (x[i2][j2] - x[i][j]) + (dir == 0 ? 0 : off),
                                y[i][j] + t * (y[i2][j2] - y[i][j]) + (dir == 0 ? off : 0));
                    }
                    out.add(GF.createLineString(cs));
                }
            }
        }
        return out;
    }

    private static Geometry buffers(List<Geometry> points, double radiusM) {
        List<Geometry> parts = new ArrayList<>();
        for (Geometry p : points) {
            parts.add(((Point) p).buffer(radiusM, 24));
        }
        return UnaryUnionOp.union(parts);
    }

    private static Polygon wigglyRect(double x0, double y0, double x1, double y1) {
        List<Coordinate> cs = new ArrayList<>();
        int n = 12;
        for (int k = 0; k < n; k++) {
            cs.add(c(x0 + (x1 - x0) * k / n, y0 + wiggle(x0 + (x1 - x0) * k / n, y0)));
        }
        for (int k = 0; k < n; k++) {
            cs.add(c(x1 + wiggle(x1, y0 + (y1 - y0) * k / n), y0 + (y1 - y0) * k / n));
        }
        for (int k = 0; k < n; k++) {
            cs.add(c(x1 - (x1 - x0) * k / n, y1 + wiggle(x1 - (x1 - x0) * k / n, y1)));
        }
        for (int k = 0; k < n; k++) {
            cs.add(c(x0 + wiggle(x0, y1 - (y1 - y0) * k / n), y1 - (y1 - y0) * k / n));
        }
        cs.add(cs.get(0));
        return GF.createPolygon(cs.toArray(new Coordinate[0]));
    }

    /** A boundary offset that depends only on the position, so neighbouring wards share edges. */
    private static double wiggle(double x, double y) {
        boolean outer = x <= E0 || x >= E0 + WIDTH_M || y <= N0 || y >= N0 + HEIGHT_M;
        return outer ? 0 : 60 * Math.sin((x + y) / 230.0);
    }

    private static Polygon rect(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(new Coordinate[] {c(x0, y0), c(x1, y0), c(x1, y1), c(x0, y1), c(x0, y0)});
    }

    private static Coordinate c(double x, double y) {
        return new Coordinate(x, y);
    }
}
