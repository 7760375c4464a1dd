package org.catchment.network;

import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.DecimalEncodedValue;
import com.graphhopper.routing.ev.VehicleAccess;
import com.graphhopper.routing.ev.VehicleSpeed;
import com.graphhopper.routing.util.EncodingManager;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.storage.RAMDirectory;
import com.graphhopper.storage.index.LocationIndexTree;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.PointList;
import java.util.BitSet;

/**
 * Writes a {@link NetworkDraft} into GraphHopper's own storage: a {@link BaseGraph} with the
 * {@code foot_access} and {@code foot_average_speed} encoded values, pillar-node geometry in
 * WGS 84, and a {@link LocationIndexTree} for snapping.
 *
 * <p>GraphHopper's edge distance is set to the exact length in the working CRS (GraphHopper rounds it to
 * millimetres; searches use the exact value kept in {@link EdgeGeometries}). Walkable links are
 * open both ways at the nominal {@link WalkingNetwork#NOMINAL_SPEED_KMH}; motorways are stored
 * closed, so they appear in the graph but nothing walks them. A link that starts and ends at the
 * same node (a cul-de-sac loop) is split in two at its middle vertex first, so the graph has no
 * self-loops and every point on an edge has one unambiguous distance from each end.
 */
final class GraphWriter {

    /** Name of the walking vehicle in GraphHopper's encoded values ({@code foot_access}, ...). */
    static final String VEHICLE = "foot";

    private GraphWriter() {
    }

    /** @return the encoding manager shared by every network Catchment builds */
    static EncodingManager encodingManager() {
        return EncodingManager.start()
                .add(VehicleAccess.create(VEHICLE))
                .add(VehicleSpeed.create(VEHICLE, 4, 1, false))
                .build();
    }

    /**
     * @param storeDir null to keep the graph in memory only, or a folder where GraphHopper may store
     *                 it (for {@link NetworkCache#save}, which writes the files)
     */
    static WalkingNetwork write(NetworkDraft draft, NetworkProjection projection, java.nio.file.Path storeDir) {
        draft.splitLoops();
        EncodingManager em = encodingManager();
        BooleanEncodedValue access = em.getBooleanEncodedValue(VehicleAccess.key(VEHICLE));
        DecimalEncodedValue speed = em.getDecimalEncodedValue(VehicleSpeed.key(VEHICLE));
        RAMDirectory dir = storeDir == null ? new RAMDirectory() : new RAMDirectory(storeDir.toString(), true);
        BaseGraph graph = new BaseGraph.Builder(em).setDir(dir).create();

        int nodes = draft.nodeCount();
        double[] nodeXy = new double[2 * nodes];
        String[] nodeIds = new String[nodes];
        for (int n = 0; n < nodes; n++) {
            nodeXy[2 * n] = draft.nodeX(n);
            nodeXy[2 * n + 1] = draft.nodeY(n);
            nodeIds[n] = draft.nodeId(n);
        }
        double[] lonLat = projection.toLonLat(nodeXy, nodes);
        NodeAccess na = graph.getNodeAccess();
        for (int n = nodes - 1; n >= 0; n--) {
            na.setNode(n, lonLat[2 * n + 1], lonLat[2 * n]);
        }

        int links = draft.linkCount();
        double[] pillarLonLat = projection.toLonLat(pillars(draft), pillarCount(draft));
        EdgeGeometries.Builder geometries = new EdgeGeometries.Builder();
        String[] edgeIds = new String[links];
        BitSet footpaths = new BitSet(links);
        int next = 0;
        for (int i = 0; i < links; i++) {
            NetworkDraft.Link link = draft.link(i);
            int count = link.pointCount();
            double lengthM = geometries.add(link.xy, count);
            EdgeIteratorState edge = graph.edge(link.startNode, link.endNode);
            edge.setDistance(lengthM);
            edge.set(access, link.walkable, link.walkable);
            edge.set(speed, NOMINAL_SPEED);
            if (count > 2) {
                PointList pillars = new PointList(count - 2, false);
                for (int k = 0; k < count - 2; k++, next++) {
                    pillars.add(pillarLonLat[2 * next + 1], pillarLonLat[2 * next]);
                }
                edge.setWayGeometry(pillars);
            }
            edgeIds[i] = link.id;
            footpaths.set(i, link.kind == NetworkLink.Kind.FOOTPATH);
        }
        LocationIndexTree index = new LocationIndexTree(graph, dir);
        index.prepareIndex();
        return new WalkingNetwork(WalkingNetwork.Source.OS_OPEN_ROADS, graph, em, access, speed, index,
                geometries.build(), nodeXy, nodeIds, edgeIds, footpaths, projection);
    }

    /** @return the number of inner vertices (GraphHopper's pillar nodes) of all links */
    private static int pillarCount(NetworkDraft draft) {
        int n = 0;
        for (int i = 0; i < draft.linkCount(); i++) {
            n += Math.max(0, draft.link(i).pointCount() - 2);
        }
        return n;
    }

    /**
     * @return the inner vertices of all links, in link order, as x,y pairs: converted to WGS 84
     *     in one call rather than link by link (the per-call cost of the transform dominated)
     */
    private static double[] pillars(NetworkDraft draft) {
        double[] xy = new double[2 * pillarCount(draft)];
        int at = 0;
        for (int i = 0; i < draft.linkCount(); i++) {
            NetworkDraft.Link link = draft.link(i);
            int inner = 2 * (link.pointCount() - 2);
            if (inner > 0) {
                System.arraycopy(link.xy, 2, xy, at, inner);
                at += inner;
            }
        }
        return xy;
    }

    private static final double NOMINAL_SPEED = WalkingNetwork.NOMINAL_SPEED_KMH;
}
