package org.catchment.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.catchment.layer.WorkingCrs;
import org.catchment.network.NetworkLink;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * Generates OS Open Roads-like networks of a chosen size for benchmarks: a jittered street grid
 * with 100 m blocks whose links curve (several vertices each, as OS links do), about one link in
 * ten missing (cul-de-sacs and blocks), and a motorway every 10 km that nobody may walk. Node and
 * link identifiers are OS-style strings. The same seed and size give the same network.
 */
public final class SyntheticNetwork {

    /** Where the synthetic networks are placed: easting of the south-west corner, in {@link #crs()}. */
    public static final double E0 = 300_000;
    /** Northing of the south-west corner, in {@link #crs()}. */
    public static final double N0 = 300_000;
    private static final double SPACING_M = 100;

    private final int side;
    private final List<NetworkLink> links;

    private SyntheticNetwork(int side, List<NetworkLink> links) {
        this.side = side;
        this.links = links;
    }

    /**
     * @param targetLinks about how many links to make (20,000, 200,000, 1,000,000...)
     * @param seed        the random seed
     */
    public static SyntheticNetwork generate(int targetLinks, long seed) {
        int side = (int) Math.ceil(Math.sqrt(targetLinks / (2 * 0.9)));
        Random random = new Random(seed);
        GeometryFactory gf = new GeometryFactory();
        double[][] nx = new double[side][side];
        double[][] ny = new double[side][side];
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                nx[i][j] = E0 + i * SPACING_M + (random.nextDouble() - 0.5) * 20;
                ny[i][j] = N0 + j * SPACING_M + (random.nextDouble() - 0.5) * 20;
            }
        }
        List<NetworkLink> links = new ArrayList<>(2 * side * side);
        int motorwayEvery = (int) (10_000 / SPACING_M);
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                for (int dir = 0; dir < 2; dir++) {
                    int i2 = dir == 0 ? i + 1 : i;
                    int j2 = dir == 0 ? j : j + 1;
                    if (i2 >= side || j2 >= side) {
                        continue;
                    }
                    boolean motorway = dir == 0 && j % motorwayEvery == motorwayEvery / 2;
                    if (!motorway && random.nextInt(10) == 0) {
                        continue;
                    }
                    int inner = 2 + random.nextInt(7);
                    double[] xy = new double[2 * (inner + 2)];
                    xy[0] = nx[i][j];
                    xy[1] = ny[i][j];
                    double bend = (random.nextDouble() - 0.5) * 16;
                    for (int k = 1; k <= inner; k++) {
                        double t = (double) k / (inner + 1);
                        double x = nx[i][j] + t * (nx[i2][j2] - nx[i][j]);
                        double y = ny[i][j] + t * (ny[i2][j2] - ny[i][j]);
                        double off = bend * Math.sin(Math.PI * t);
                        xy[2 * k] = x + (dir == 0 ? 0 : off);
                        xy[2 * k + 1] = y + (dir == 0 ? off : 0);
                    }
                    xy[xy.length - 2] = nx[i2][j2];
                    xy[xy.length - 1] = ny[i2][j2];
                    links.add(new NetworkLink(String.format(Locale.ROOT, "L%08d", links.size()), nodeId(i, j),
                            nodeId(i2, j2), gf.createLineString(new PackedCoordinateSequence.Double(xy, 2, 0)), !motorway,
                            NetworkLink.Kind.ROAD));
                }
            }
        }
        return new SyntheticNetwork(side, links);
    }

    private static String nodeId(int i, int j) {
        return "N" + i + "_" + j;
    }

    /** @return the links */
    public List<NetworkLink> links() {
        return links;
    }

    /** @return the CRS of the synthetic networks: British National Grid, so they lie in England (Shropshire) */
    public static CoordinateReferenceSystem crs() {
        return WorkingCrs.britishNationalGrid();
    }

    /** @return the area covered, in {@link #crs()} */
    public Envelope extent() {
        return new Envelope(E0, E0 + (side - 1) * SPACING_M, N0, N0 + (side - 1) * SPACING_M);
    }

    /**
     * @param count how many points
     * @param seed  the random seed
     * @return points spread uniformly over the network's area (facilities for benchmarks)
     */
    public List<Coordinate> randomPoints(int count, long seed) {
        Random random = new Random(seed);
        Envelope e = extent();
        List<Coordinate> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new Coordinate(e.getMinX() + random.nextDouble() * e.getWidth(),
                    e.getMinY() + random.nextDouble() * e.getHeight()));
        }
        return out;
    }
}
