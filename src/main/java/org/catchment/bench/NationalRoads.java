package org.catchment.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.catchment.network.NetworkLink;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * The road links of a {@link NationalLand}, written as OS Open Roads writes its national
 * download: one {@code XX_RoadLink.shp} per 100 km grid square ({@link GridSquares}) in one
 * folder, each link in the square of its first node, with OS-style fields ({@code identifier},
 * {@code startNode}, {@code endNode} as upper-case GUIDs, {@code function}).
 *
 * <p>Each 1 km cell holds a street grid at its own spacing ({@link NationalLand#spacingM}); the
 * grids of neighbouring cells meet on their shared edge, which is split at the nodes of both, so
 * a coarse village grid joins a dense town grid without gaps. Nodes sit on a 100 m lattice with a
 * jitter of up to 20 m drawn from their lattice position alone, and links bend by a few metres
 * (several vertices each, as OS links do), so the links of one cell are the same whichever tile
 * or order they are made in. About {@value NationalLand#MISSING} of the street links are left
 * out; every 10 km line is an A road, every 5 km a B road, and every 40 km east-west line a
 * motorway, which nobody may walk. Memory is bounded by one tile's links: tiles are made and
 * written one at a time.
 */
final class NationalRoads {

    private static final int LATTICE_M = 100;
    private static final int PER_CELL = NationalLand.CELL_M / LATTICE_M;

    private final NationalLand land;
    private final long seed;
    private final GeometryFactory gf = new GeometryFactory();

    NationalRoads(NationalLand land, long seed) {
        this.land = land;
        this.seed = seed;
    }

    /**
     * Writes every tile into a folder.
     *
     * @return links per tile name, in the order written
     */
    Map<String, Integer> write(Path folder) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int cellsPerTile = GridSquares.SQUARE_M / NationalLand.CELL_M;
        int tx0 = (int) Math.floor(NationalLand.E0 / GridSquares.SQUARE_M);
        int ty0 = (int) Math.floor(NationalLand.N0 / GridSquares.SQUARE_M);
        int offsetX = (int) Math.round(NationalLand.E0 / NationalLand.CELL_M) - tx0 * cellsPerTile;
        int offsetY = (int) Math.round(NationalLand.N0 / NationalLand.CELL_M) - ty0 * cellsPerTile;
        int tilesX = (offsetX + land.columns()) / cellsPerTile + 1;
        int tilesY = (offsetY + land.rows()) / cellsPerTile + 1;
        for (int ty = 0; ty < tilesY; ty++) {
            for (int tx = 0; tx < tilesX; tx++) {
                List<NetworkLink> links = new ArrayList<>();
                List<String> functions = new ArrayList<>();
                for (int cy = ty * cellsPerTile - offsetY; cy < (ty + 1) * cellsPerTile - offsetY; cy++) {
                    for (int cx = tx * cellsPerTile - offsetX; cx < (tx + 1) * cellsPerTile - offsetX; cx++) {
                        cell(cx, cy, links, functions);
                    }
                }
                if (!links.isEmpty()) {
                    String name = GridSquares.name((tx0 + tx + 0.5) * GridSquares.SQUARE_M,
                            (ty0 + ty + 0.5) * GridSquares.SQUARE_M) + "_RoadLink";
                    BenchFiles.writeRoadLinks(links, functions, name, folder.resolve(name + ".shp"));
                    counts.put(name, links.size());
                }
            }
        }
        return counts;
    }

    /** Adds a cell's links: its south and west edges (shared with the neighbours) and its inner streets. */
    void cell(int cx, int cy, List<NetworkLink> links, List<String> functions) {
        if (cx < 0 || cy < 0 || cx > land.columns() || cy > land.rows()) {
            return;
        }
        int k = land.cellSpacingM(cx, cy) / LATTICE_M;
        int south = land.cellSpacingM(cx, cy - 1) / LATTICE_M;
        int west = land.cellSpacingM(cx - 1, cy) / LATTICE_M;
        int i0 = cx * PER_CELL;
        int j0 = cy * PER_CELL;
        SplittableRandom random = new SplittableRandom(seed * 31 + (long) cx * 1_000_003L + cy);
        if (k > 0 || south > 0) {
            edge(i0, j0, true, k, south, random, links, functions);
        }
        if (k > 0 || west > 0) {
            edge(i0, j0, false, k, west, random, links, functions);
        }
        if (k == 0) {
            return;
        }
        for (int b = k; b < PER_CELL; b += k) {
            for (int a = 0; a < PER_CELL; a += k) {
                link(i0 + a, j0 + b, i0 + a + k, j0 + b, random, links, functions);
                link(i0 + b, j0 + a, i0 + b, j0 + a + k, random, links, functions);
            }
        }
    }

    /** A cell edge, split at the lattice positions of the spacings on either side. */
    private void edge(int i0, int j0, boolean eastWest, int k, int other, SplittableRandom random,
            List<NetworkLink> links, List<String> functions) {
        int from = 0;
        for (int a = 1; a <= PER_CELL; a++) {
            if ((k > 0 && a % k == 0) || (other > 0 && a % other == 0)) {
                if (eastWest) {
                    link(i0 + from, j0, i0 + a, j0, random, links, functions);
                } else {
                    link(i0, j0 + from, i0, j0 + a, random, links, functions);
                }
                from = a;
            }
        }
    }

    private void link(int i1, int j1, int i2, int j2, SplittableRandom random, List<NetworkLink> links,
            List<String> functions) {
        String function = function(i1, j1, j1 == j2);
        boolean street = function.equals("Local Road");
        if (street && random.nextDouble() < NationalLand.MISSING) {
            return;
        }
        double x1 = x(i1, j1);
        double y1 = y(i1, j1);
        double x2 = x(i2, j2);
        double y2 = y(i2, j2);
        int inner = 2 + random.nextInt(7);
        double[] xy = new double[2 * (inner + 2)];
        xy[0] = x1;
        xy[1] = y1;
        double length = Math.hypot(x2 - x1, y2 - y1);
        double bend = (random.nextDouble() - 0.5) * Math.min(16, 0.16 * length);
        for (int v = 1; v <= inner; v++) {
            double t = (double) v / (inner + 1);
            double off = bend * Math.sin(Math.PI * t);
            xy[2 * v] = x1 + t * (x2 - x1) + (j1 == j2 ? 0 : off);
            xy[2 * v + 1] = y1 + t * (y2 - y1) + (j1 == j2 ? off : 0);
        }
        xy[xy.length - 2] = x2;
        xy[xy.length - 1] = y2;
        links.add(new NetworkLink(guid(i1, j1, i2, j2), nodeId(i1, j1), nodeId(i2, j2),
                gf.createLineString(new PackedCoordinateSequence.Double(xy, 2, 0)), !function.equals("Motorway"),
                NetworkLink.Kind.ROAD));
        functions.add(function);
    }

    /** @return the OS road function of a link on lattice line {@code i} (north-south) or {@code j} (east-west) */
    private static String function(int i, int j, boolean eastWest) {
        int line = eastWest ? j : i;
        if (eastWest && line % 400 == 200) {
            return "Motorway";
        }
        if (line % 100 == 0) {
            return "A Road";
        }
        if (line % 50 == 0) {
            return "B Road";
        }
        return line % 10 == 0 ? "Minor Road" : "Local Road";
    }

    private double x(int i, int j) {
        return NationalLand.E0 + (double) i * LATTICE_M + jitter(i, j, 1);
    }

    private double y(int i, int j) {
        return NationalLand.N0 + (double) j * LATTICE_M + jitter(i, j, 2);
    }

    /** @return up to 20 m either way, from the lattice position alone */
    private double jitter(int i, int j, int axis) {
        long h = mix(seed + axis * 0x9E3779B97F4A7C15L + ((long) i << 32) + j);
        return ((h >>> 11) * 0x1.0p-53 - 0.5) * 40;
    }

    private String nodeId(int i, int j) {
        return guid(i, j, -1, -1);
    }

    private String guid(int i1, int j1, int i2, int j2) {
        long a = mix(seed ^ (((long) i1 << 32) | (j1 & 0xFFFFFFFFL)));
        long b = mix(a ^ (((long) i2 << 32) | (j2 & 0xFFFFFFFFL)));
        return new UUID(a, b).toString().toUpperCase(Locale.ROOT);
    }

    /** SplitMix64's finaliser: a well-spread 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
