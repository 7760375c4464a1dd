package org.catchment.servicearea;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.catchment.network.WalkingNetwork;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Service-area polygons: the reachable stretches of each band buffered by the trim distance and
 * dissolved, plus the area facilities themselves (a park's interior is served).
 *
 * <p>Each disk is drawn from all the stretches within its band, not as the previous disk plus
 * the new ring of stretches, so that the street blocks at the ring's inner edge close and
 * {@link LineBuffer} can skip the lines inside them. The stretches are first joined per edge
 * ({@link ReachedLines}: pieces of one edge reached from different facilities become one line, a
 * whole edge becomes the edge's own geometry), then buffered in tiles ({@link LineBuffer}).
 *
 * <p>Disks are cumulative (0-10 holds 0-5). Each smaller disk is clipped to the next larger one,
 * so that rings made by difference (5-10 = disk 10 minus disk 5) partition the largest disk
 * exactly: area(0-10) - area(0-5) = area(5-10). Holes survive wherever no reachable street comes
 * within the trim distance (a park, a railway yard), and nothing bridges a barrier the network
 * does not cross except by the trim distance itself.
 */
public final class ServiceAreas {

    private ServiceAreas() {
    }

    /**
     * @param network   the network (for edge geometry)
     * @param pieces    the reachable stretches
     * @param bands     the number of bands
     * @param trimM     the trim distance, metres
     * @param areas     facility polygons counted as served in every band (may be empty)
     * @return one disk per band, smallest first
     */
    public static List<Geometry> disks(WalkingNetwork network, List<ReachablePiece> pieces, int bands, double trimM,
                                       List<Geometry> areas) {
        return disks(network, pieces, bands, trimM, areas, null);
    }

    /**
     * As {@link #disks(WalkingNetwork, List, int, double, List)}, the disks wanted only inside a
     * window: only the parts of each disk that can meet it are drawn ({@link PolygonWindow}), so the
     * disks are the same point sets inside the window and may fall short outside it.
     *
     * @param window the window, or null for the whole disks
     */
    public static List<Geometry> disks(WalkingNetwork network, List<ReachablePiece> pieces, int bands, double trimM,
                                       List<Geometry> areas, PolygonWindow window) {
        GeometryFactory factory = network.geometryFactory();
        List<Geometry> near = window == null ? areas : window.near(areas);
        Geometry areaUnion = near.isEmpty() ? null : OverlayNGRobust.union(near);
        // the bands are drawn at once (each on its own, so the result does not depend on the threads):
        // one band's final union, which runs on one core, then overlaps with another band's work
        List<Geometry> disks = new ArrayList<>(IntStream.range(0, bands).parallel().mapToObj(k -> {
            Geometry disk = LineBuffer.buffer(ReachedLines.within(network, pieces, k), trimM, factory, window);
            return areaUnion == null ? disk : OverlayNGRobust.overlay(disk, areaUnion, OverlayNG.UNION);
        }).toList());
        for (int k = bands - 2; k >= 0; k--) {
            disks.set(k, OverlayNGRobust.overlay(disks.get(k), disks.get(k + 1), OverlayNG.INTERSECTION));
        }
        return disks;
    }

    /** @return rings from disks: the first ring is the first disk, then each disk minus the previous */
    public static List<Geometry> rings(List<Geometry> disks) {
        List<Geometry> rings = new ArrayList<>();
        for (int k = 0; k < disks.size(); k++) {
            rings.add(k == 0 ? disks.get(0) : OverlayNGRobust.overlay(disks.get(k), disks.get(k - 1), OverlayNG.DIFFERENCE));
        }
        return rings;
    }
}
