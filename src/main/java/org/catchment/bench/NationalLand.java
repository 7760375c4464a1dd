package org.catchment.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The land of a generated GB-like country: a rectangle of 1 km cells, twice as tall as wide, its
 * south-west corner at {@link #E0}, {@link #N0} of British National Grid, with a population
 * density per cell made of towns and countryside. Towns have Zipf-distributed populations (the
 * largest a London, most a few thousand people) whose density falls off exponentially from the
 * centre; the countryside has about 25 people per km², varying smoothly, and a third of that in the
 * northern uplands. The street spacing of a cell follows its density ({@link #spacingM}: 100 m in
 * towns, 200 m in suburbs and villages, 500 m in the lowland countryside and 1 km in the uplands), so the road
 * links, like OS Open Roads', crowd where people live.
 *
 * <p>Everything scales with one number, the links wanted: the national figures (67 million
 * residents in 1,200 towns) are multiplied by {@code links / 4,000,000}, and the land's size is
 * then found (a few passes) that gives about that many links. Population integrals over any
 * rectangle come from a summed-area table, exact for the piecewise constant density.
 */
final class NationalLand {

    /** The national number of links that the national figures go with (OS Open Roads: about 4 million). */
    static final double NATIONAL_LINKS = 4_000_000;
    /** Easting of the land's south-west corner (a 100 km grid line). */
    static final double E0 = 100_000;
    /** Northing of the land's south-west corner. */
    static final double N0 = 0;
    static final int CELL_M = 1000;
    private static final double NATIONAL_POPULATION = 67_000_000;
    private static final int NATIONAL_TOWNS = 1200;
    private static final double URBAN_SHARE = 0.85;
    private static final double RURAL_DENSITY = 25;
    private static final int[] SPACINGS_M = {100, 200, 500, 1000};
    private static final double[] SPACING_DENSITY = {1500, 400, 15, 0};
    /** Share of street links left out at random (cul-de-sacs, blocks without a through road). */
    static final double MISSING = 0.08;

    private final double scale;
    private final int columns;
    private final int rows;
    private final float[] density;
    private final double[] sat;
    private final double[] cumulative;

    private NationalLand(double scale, int columns, int rows, float[] density) {
        this.scale = scale;
        this.columns = columns;
        this.rows = rows;
        this.density = density;
        this.sat = new double[(columns + 1) * (rows + 1)];
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                sat[(j + 1) * (columns + 1) + i + 1] = density[j * columns + i] * (CELL_M / 1000.0) * (CELL_M / 1000.0)
                        + sat[j * (columns + 1) + i + 1] + sat[(j + 1) * (columns + 1) + i] - sat[j * (columns + 1) + i];
            }
        }
        this.cumulative = new double[density.length];
        double sum = 0;
        for (int c = 0; c < density.length; c++) {
            sum += density[c];
            cumulative[c] = sum;
        }
    }

    /**
     * @param links about how many road links the land should carry
     * @param seed  the random seed (towns' places and sizes, countryside variation)
     */
    static NationalLand generate(int links, long seed) {
        double scale = links / NATIONAL_LINKS;
        List<double[]> towns = towns(scale, seed);
        double width = Math.max(2, Math.sqrt(links / 17.0 / 2));
        NationalLand land = null;
        for (int pass = 0; pass < 8; pass++) {
            land = build(scale, (int) Math.ceil(width), towns, seed);
            double ratio = links / land.expectedLinks();
            if (Math.abs(ratio - 1) < 0.02 || (ratio > 1 && land.columns >= 1000)) {
                break;
            }
            width = Math.max(2, width * Math.pow(ratio, 0.75));
        }
        return land;
    }

    /** @return towns as {x, y (0-1 of the land), population}, largest first */
    private static List<double[]> towns(double scale, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int count = Math.max(3, (int) Math.round(NATIONAL_TOWNS * scale));
        double harmonic = 0;
        for (int k = 1; k <= count; k++) {
            harmonic += 1.0 / k;
        }
        double urban = NATIONAL_POPULATION * scale * URBAN_SHARE;
        List<double[]> towns = new ArrayList<>(count);
        for (int k = 1; k <= count; k++) {
            towns.add(new double[] {0.05 + 0.9 * random.nextDouble(), 0.03 + 0.9 * random.nextDouble(),
                urban / harmonic / k});
        }
        return towns;
    }

    private static NationalLand build(double scale, int columns, List<double[]> towns, long seed) {
        int rows = 2 * columns;
        float[] density = new float[columns * rows];
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EEDL);
        double phaseX = random.nextDouble() * 6.28;
        double phaseY = random.nextDouble() * 6.28;
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                double u = (double) i / columns;
                double v = (double) j / rows;
                double rolling = 1 + 0.6 * Math.sin(7 * u + phaseX) * Math.sin(5 * v + phaseY);
                density[j * columns + i] = (float) (RURAL_DENSITY * rolling * (v > 0.65 ? 0.3 : 1));
            }
        }
        for (double[] t : towns) {
            double peak = Math.min(12_000, 4_000 + t[2] / 1_000);
            double r0Km = Math.sqrt(t[2] / (2 * Math.PI * peak));
            double cx = t[0] * columns;
            double cy = t[1] * rows;
            int reach = (int) Math.ceil(5 * r0Km * 1000 / CELL_M);
            for (int j = Math.max(0, (int) cy - reach); j <= Math.min(rows - 1, (int) cy + reach); j++) {
                for (int i = Math.max(0, (int) cx - reach); i <= Math.min(columns - 1, (int) cx + reach); i++) {
                    double dKm = Math.hypot(i + 0.5 - cx, j + 0.5 - cy) * CELL_M / 1000.0;
                    density[j * columns + i] += (float) (peak * Math.exp(-dKm / r0Km));
                }
            }
        }
        return new NationalLand(scale, columns, rows, density);
    }

    /** @return the links the cells' street spacings give (before the random gaps) */
    double expectedLinks() {
        double links = 0;
        for (int c = 0; c < density.length; c++) {
            double perSide = (double) CELL_M / spacingM(density[c]);
            links += 2 * perSide * perSide * (1 - MISSING);
        }
        return links;
    }

    /** @return the street spacing for a density in people per km² */
    static int spacingM(double density) {
        for (int k = 0; k < SPACINGS_M.length; k++) {
            if (density >= SPACING_DENSITY[k]) {
                return SPACINGS_M[k];
            }
        }
        return SPACINGS_M[SPACINGS_M.length - 1];
    }

    /** @return the street spacing of a cell in metres, 0 outside the land */
    int cellSpacingM(int i, int j) {
        if (i < 0 || j < 0 || i >= columns || j >= rows) {
            return 0;
        }
        return spacingM(density[j * columns + i]);
    }

    /** @return the national figures' scale, links / 4 million */
    double scale() {
        return scale;
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    /** @return the land's extent in British National Grid metres */
    Envelope extent() {
        return new Envelope(E0, E0 + (double) columns * CELL_M, N0, N0 + (double) rows * CELL_M);
    }

    /** @return the residents within a rectangle of British National Grid (clipped to the land) */
    double population(Envelope e) {
        return at(e.getMaxX(), e.getMaxY()) - at(e.getMinX(), e.getMaxY()) - at(e.getMaxX(), e.getMinY())
                + at(e.getMinX(), e.getMinY());
    }

    /** The integral of the density from the south-west corner to (x, y): bilinear in the summed-area table. */
    private double at(double x, double y) {
        double fx = Math.max(0, Math.min(columns, (x - E0) / CELL_M));
        double fy = Math.max(0, Math.min(rows, (y - N0) / CELL_M));
        int i = Math.min(columns - 1, (int) fx);
        int j = Math.min(rows - 1, (int) fy);
        double dx = fx - i;
        double dy = fy - j;
        int w = columns + 1;
        double s00 = sat[j * w + i];
        double s10 = sat[j * w + i + 1];
        double s01 = sat[(j + 1) * w + i];
        double s11 = sat[(j + 1) * w + i + 1];
        return s00 + dx * (s10 - s00) + dy * (s01 - s00) + dx * dy * (s11 - s10 - s01 + s00);
    }

    /**
     * @return a random place, drawn in proportion to the residents: a cell by its residents, a point
     *     in it, moved onto the nearer of the cell's street lines (then up to 40 m off it), as homes
     *     and facilities face streets
     */
    Coordinate randomResidence(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int i = lo % columns;
        int j = lo / columns;
        double spacing = spacingM(density[lo]);
        double x = (i + random.nextDouble()) * CELL_M;
        double y = (j + random.nextDouble()) * CELL_M;
        double toX = Math.round(x / spacing) * spacing - x;
        double toY = Math.round(y / spacing) * spacing - y;
        double off = (random.nextDouble() - 0.5) * 80;
        if (Math.abs(toX) < Math.abs(toY)) {
            x += toX + off;
        } else {
            y += toY + off;
        }
        x = Math.max(0, Math.min((double) columns * CELL_M, x));
        y = Math.max(0, Math.min((double) rows * CELL_M, y));
        return new Coordinate(E0 + x, N0 + y);
    }
}
