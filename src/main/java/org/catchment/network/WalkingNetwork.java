package org.catchment.network;

import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.DecimalEncodedValue;
import com.graphhopper.routing.util.EncodingManager;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.LocationIndexTree;
import com.graphhopper.util.EdgeIteratorState;
import java.util.BitSet;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * A walking network: a GraphHopper graph plus what Catchment needs beside it.
 *
 * <p>GraphHopper holds the topology, the foot access and speed encoded values, latitude/longitude
 * node positions and edge geometry, and the location index used for snapping. Beside it this
 * class keeps the exact geometry (working CRS) and length of every edge ({@link EdgeGeometries}),
 * every node's easting/northing, and the source data's own identifiers of nodes and edges
 * (OS Open Roads node and link identifiers, or OpenStreetMap ids), so outputs can be traced back
 * to the data. The rest of the pipeline uses only this class, whichever source built it.
 *
 * <p>Instances are immutable once built and safe for concurrent searches.
 */
public final class WalkingNetwork implements AutoCloseable {

    /** GraphHopper's nominal walking speed in km/h; an edge at this speed takes the analysis walking speed. */
    public static final double NOMINAL_SPEED_KMH = 5;

    /** Where a network came from. */
    public enum Source {
        /** OS Open Roads RoadLink/RoadNode, possibly with footpaths merged in. */
        OS_OPEN_ROADS,
        /** An OpenStreetMap extract imported with GraphHopper's foot profile. */
        OPENSTREETMAP,
        /** Line layers without node identifiers, joined at shared vertices, possibly with footpaths merged in. */
        LINES
    }

    private final Source source;
    private final BaseGraph graph;
    private final EncodingManager encodingManager;
    private final BooleanEncodedValue access;
    private final DecimalEncodedValue speed;
    private final LocationIndexTree index;
    private final EdgeGeometries geometries;
    private final int[] edgeNodes;
    private final BitSet walkableEdges;
    private final double[] nodeXy;
    private final String[] nodeIds;
    private final String[] edgeIds;
    private final BitSet footpathEdges;
    private final NetworkProjection projection;
    private final String walkability;
    private final GeometryFactory factory = new GeometryFactory();
    private SegmentGrid segmentGrid;

    WalkingNetwork(Source source, BaseGraph graph, EncodingManager encodingManager, BooleanEncodedValue access,
                   DecimalEncodedValue speed, LocationIndexTree index, EdgeGeometries geometries, double[] nodeXy,
                   String[] nodeIds, String[] edgeIds, BitSet footpathEdges, NetworkProjection projection,
                   String walkability) {
        int edges = graph.getEdges();
        this.edgeNodes = new int[2 * edges];
        this.walkableEdges = new BitSet(edges);
        for (int e = 0; e < edges; e++) {
            EdgeIteratorState s = graph.getEdgeIteratorState(e, Integer.MIN_VALUE);
            edgeNodes[2 * e] = s.getBaseNode();
            edgeNodes[2 * e + 1] = s.getAdjNode();
            walkableEdges.set(e, s.get(access) || s.getReverse(access));
        }
        this.source = source;
        this.graph = graph;
        this.encodingManager = encodingManager;
        this.access = access;
        this.speed = speed;
        this.index = index;
        this.geometries = geometries;
        this.nodeXy = nodeXy;
        this.nodeIds = nodeIds;
        this.edgeIds = edgeIds;
        this.footpathEdges = footpathEdges;
        this.projection = projection;
        this.walkability = walkability;
    }

    /** @return the rule that decided which links may be walked, in words, as a run's summary names it */
    public String walkability() {
        return walkability;
    }

    /** @return where the network came from */
    public Source source() {
        return source;
    }

    /** @return the number of graph nodes */
    public int nodeCount() {
        return graph.getNodes();
    }

    /** @return the number of graph edges (walkable or not) */
    public int edgeCount() {
        return graph.getEdges();
    }

    /** @return the base node of edge {@code e} (where its geometry starts) */
    public int baseNode(int e) {
        return edgeNodes[2 * e];
    }

    /** @return the adjacent node of edge {@code e} (where its geometry ends) */
    public int adjNode(int e) {
        return edgeNodes[2 * e + 1];
    }

    /** @return the walkable segments on a grid, made on first use, for {@link Snapper} */
    synchronized SegmentGrid segmentGrid() {
        if (segmentGrid == null) {
            segmentGrid = SegmentGrid.of(this);
        }
        return segmentGrid;
    }

    /** @return true if edge {@code e} may be walked in at least one direction */
    public boolean isWalkable(int e) {
        return walkableEdges.get(e);
    }

    /**
     * @param e       an edge
     * @param forward true for the direction of its geometry (base node to adjacent node)
     * @return true if the edge may be walked in that direction
     */
    public boolean walkable(int e, boolean forward) {
        EdgeIteratorState s = graph.getEdgeIteratorState(e, Integer.MIN_VALUE);
        return forward ? s.get(access) : s.getReverse(access);
    }

    /** @return the walking speed stored on edge {@code e}, km/h ({@link #NOMINAL_SPEED_KMH} for OS Open Roads) */
    public double speedKmh(int e) {
        return graph.getEdgeIteratorState(e, Integer.MIN_VALUE).get(speed);
    }

    /** @return true if edge {@code e} came from a footpath layer */
    public boolean isFootpath(int e) {
        return footpathEdges.get(e);
    }

    /** @return the exact length of edge {@code e} in metres, measured in the working CRS */
    public double edgeLengthM(int e) {
        return geometries.lengthM(e);
    }

    /** @return the geometry (working CRS) of edge {@code e}, base node to adjacent node */
    public LineString edgeLine(int e) {
        return geometries.line(e, factory);
    }

    /** @return the packed geometries (working CRS) of all edges */
    public EdgeGeometries geometries() {
        return geometries;
    }

    /** @return the easting of node {@code n} */
    public double nodeX(int n) {
        return nodeXy[2 * n];
    }

    /** @return the northing of node {@code n} */
    public double nodeY(int n) {
        return nodeXy[2 * n + 1];
    }

    /** @return the source data's identifier of node {@code n} (OS RoadNode id, OSM node id, or a made-up id for split points) */
    public String nodeSourceId(int n) {
        return nodeIds[n];
    }

    /** @return the source data's identifier of the link edge {@code e} came from */
    public String edgeSourceId(int e) {
        return edgeIds[e];
    }

    /**
     * Visits each walkable edge whose bounding box (working CRS) meets an envelope, once, using
     * GraphHopper's location index.
     *
     * @param envelope the area, in the working CRS
     * @param edges    receives edge ids
     */
    public void forEachWalkableEdgeNear(Envelope envelope, java.util.function.IntConsumer edges) {
        forEachEdgeNear(envelope, true, edges);
    }

    /**
     * Visits each edge, walkable or not (motorways), whose bounding box (working CRS) meets an
     * envelope, once: for drawing the whole network.
     *
     * @param envelope the area, in the working CRS
     * @param edges    receives edge ids
     */
    public void forEachEdgeNear(Envelope envelope, java.util.function.IntConsumer edges) {
        forEachEdgeNear(envelope, false, edges);
    }

    private void forEachEdgeNear(Envelope envelope, boolean walkableOnly, java.util.function.IntConsumer edges) {
        Envelope grown = new Envelope(envelope);
        grown.expandBy(1);
        double[] corners = {grown.getMinX(), grown.getMinY(), grown.getMaxX(), grown.getMinY(),
            grown.getMaxX(), grown.getMaxY(), grown.getMinX(), grown.getMaxY()};
        double[] ll = projection.toLonLat(corners, 4);
        double minLon = Math.min(Math.min(ll[0], ll[2]), Math.min(ll[4], ll[6]));
        double maxLon = Math.max(Math.max(ll[0], ll[2]), Math.max(ll[4], ll[6]));
        double minLat = Math.min(Math.min(ll[1], ll[3]), Math.min(ll[5], ll[7]));
        double maxLat = Math.max(Math.max(ll[1], ll[3]), Math.max(ll[5], ll[7]));
        double margin = 1e-4;
        BitSet seen = new BitSet();
        index.query(new com.graphhopper.util.shapes.BBox(minLon - margin, maxLon + margin, minLat - margin,
                maxLat + margin), e -> {
                    if (!seen.get(e) && (!walkableOnly || walkableEdges.get(e)) && edgeEnvelope(e).intersects(envelope)) {
                        seen.set(e);
                        edges.accept(e);
                    }
                });
    }

    private Envelope edgeEnvelope(int e) {
        Envelope env = new Envelope();
        for (int i = 0; i < geometries.pointCount(e); i++) {
            env.expandToInclude(geometries.x(e, i), geometries.y(e, i));
        }
        return env;
    }

    /** @return the bounding box of all nodes, in the working CRS */
    public Envelope extent() {
        Envelope env = new Envelope();
        for (int i = 0; i < nodeXy.length; i += 2) {
            env.expandToInclude(nodeXy[i], nodeXy[i + 1]);
        }
        return env;
    }

    /** @return the JTS factory used for edge geometries */
    public GeometryFactory geometryFactory() {
        return factory;
    }

    BaseGraph graph() {
        return graph;
    }

    EncodingManager encodingManager() {
        return encodingManager;
    }

    BooleanEncodedValue access() {
        return access;
    }

    DecimalEncodedValue speed() {
        return speed;
    }

    LocationIndexTree index() {
        return index;
    }

    NetworkProjection projection() {
        return projection;
    }

    /** @return the working CRS, the CRS of every geometry and length of the network */
    public CoordinateReferenceSystem crs() {
        return projection.crs();
    }

    double[] nodeXyArray() {
        return nodeXy;
    }

    String[] nodeIdArray() {
        return nodeIds;
    }

    String[] edgeIdArray() {
        return edgeIds;
    }

    BitSet footpathEdgeSet() {
        return footpathEdges;
    }

    /** Writes GraphHopper's storage into the folder it was created with (a network built to be cached). */
    void flushStorage() {
        graph.flush();
        index.flush();
    }

    /** Releases GraphHopper's storage. */
    @Override
    public void close() {
        index.close();
        graph.close();
    }

    @Override
    public String toString() {
        return source + " network: " + nodeCount() + " nodes, " + edgeCount() + " edges";
    }
}
