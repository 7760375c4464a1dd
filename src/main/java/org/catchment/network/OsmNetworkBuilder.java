package org.catchment.network;

import com.carrotsearch.hppc.LongLongHashMap;
import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.json.Statement;
import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.DecimalEncodedValue;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.IntEncodedValue;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.routing.util.EncodingManager;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.storage.index.LocationIndexTree;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.Set;
import org.catchment.InputException;

/**
 * Builds a walking network from an OpenStreetMap {@code .osm.pbf} extract with GraphHopper's own
 * OSM import and its foot profile: footways, paths, steps, pedestrian areas, tracks, residential
 * streets and roads with pavements are walkable; motorways and ways tagged {@code foot=no} are not
 * (GraphHopper's {@code FootAccessParser}). Way geometry is kept whole (no simplification), small
 * islands are kept (Catchment reports them itself), and GraphHopper's foot speeds are kept: 5 km/h
 * nominal, 3 km/h on steps.
 *
 * <p>GraphHopper does not keep OpenStreetMap node ids, so they are recovered by a second pass over
 * the file, matching node positions (OSM and GraphHopper both store 1e-7 degrees). A node
 * GraphHopper invented (the second node of a barrier it split) shares its twin's id.
 */
public final class OsmNetworkBuilder {

    private static final String ENCODED_VALUES = "foot_access, foot_average_speed, foot_priority, road_class, osm_way_id";
    private static final Set<RoadClass> PATH_CLASSES = EnumSet.of(RoadClass.FOOTWAY, RoadClass.PATH, RoadClass.STEPS,
            RoadClass.PEDESTRIAN, RoadClass.BRIDLEWAY, RoadClass.CYCLEWAY, RoadClass.TRACK);

    private OsmNetworkBuilder() {
    }

    /**
     * @param pbf        the OpenStreetMap extract
     * @param graphDir   an empty or absent folder GraphHopper may use while importing
     * @param projection the coordinate transform shared with later snapping
     * @param store      true to keep GraphHopper's files in {@code graphDir} for {@link NetworkCache}
     * @return the network
     * @throws InputException if the file is missing or not an OSM extract
     */
    public static WalkingNetwork build(Path pbf, Path graphDir, NetworkProjection projection, boolean store) {
        if (!Files.isRegularFile(pbf)) {
            throw new InputException(pbf, null, "the OpenStreetMap file does not exist", "Check the path in the analysis file");
        }
        GraphHopper hopper = configured(graphDir);
        hopper.setOSMFile(pbf.toString());
        hopper.setStoreOnFlush(store);
        try {
            hopper.importOrLoad();
        } catch (RuntimeException e) {
            hopper.close();
            throw new InputException(pbf, null, "cannot read the OpenStreetMap extract (" + e.getMessage() + ")",
                    "Check that it is an .osm.pbf file, e.g. a Geofabrik extract, and is not truncated", e);
        }
        BaseGraph graph = hopper.getBaseGraph();
        return wrap(hopper, nodeIds(pbf, nodeLonLat(graph), graph.getNodes()), projection);
    }

    /** As {@link #build(Path, Path, NetworkProjection, boolean)}, keeping nothing on disk. */
    public static WalkingNetwork build(Path pbf, Path graphDir, NetworkProjection projection) {
        return build(pbf, graphDir, projection, false);
    }

    /** Loads a graph this builder stored earlier; the node ids come from the cache's own file. */
    static WalkingNetwork load(Path graphDir, String[] nodeIds, NetworkProjection projection) {
        GraphHopper hopper = configured(graphDir);
        hopper.setAllowWrites(false);
        if (!hopper.load()) {
            return null;
        }
        return wrap(hopper, nodeIds, projection);
    }

    private static GraphHopper configured(Path graphDir) {
        GraphHopper hopper = new GraphHopper();
        hopper.setGraphHopperLocation(graphDir.toString());
        hopper.setEncodedValuesString(ENCODED_VALUES);
        CustomModel model = new CustomModel();
        model.addToPriority(Statement.If("!foot_access", Statement.Op.MULTIPLY, "0"));
        model.addToSpeed(Statement.If("true", Statement.Op.LIMIT, "foot_average_speed"));
        hopper.setProfiles(new Profile("foot").setCustomModel(model));
        hopper.setMinNetworkSize(0);
        hopper.getReaderConfig().setMaxWayPointDistance(0);
        hopper.setElevation(false);
        return hopper;
    }

    /** @return the graph's node positions as lon, lat pairs, node by node */
    private static double[] nodeLonLat(BaseGraph graph) {
        int nodes = graph.getNodes();
        NodeAccess na = graph.getNodeAccess();
        double[] lonLat = new double[2 * nodes];
        for (int n = 0; n < nodes; n++) {
            lonLat[2 * n] = na.getLon(n);
            lonLat[2 * n + 1] = na.getLat(n);
        }
        return lonLat;
    }

    private static WalkingNetwork wrap(GraphHopper hopper, String[] nodeIds, NetworkProjection projection) {
        BaseGraph graph = hopper.getBaseGraph();
        EncodingManager em = hopper.getEncodingManager();
        BooleanEncodedValue access = em.getBooleanEncodedValue("foot_access");
        DecimalEncodedValue speed = em.getDecimalEncodedValue("foot_average_speed");
        EnumEncodedValue<RoadClass> roadClass = em.getEnumEncodedValue(RoadClass.KEY, RoadClass.class);
        IntEncodedValue wayId = em.getIntEncodedValue("osm_way_id");

        double[] nodeXy = projection.toWorking(nodeLonLat(graph), graph.getNodes());

        int edges = graph.getEdges();
        int[] start = new int[edges + 1];
        int total = 0;
        PointList[] geometry = new PointList[edges];
        for (int e = 0; e < edges; e++) {
            geometry[e] = graph.getEdgeIteratorState(e, Integer.MIN_VALUE).fetchWayGeometry(FetchMode.ALL);
            start[e] = total;
            total += geometry[e].size();
        }
        start[edges] = total;
        double[] ll = new double[2 * total];
        for (int e = 0; e < edges; e++) {
            PointList pl = geometry[e];
            for (int i = 0; i < pl.size(); i++) {
                ll[2 * (start[e] + i)] = pl.getLon(i);
                ll[2 * (start[e] + i) + 1] = pl.getLat(i);
            }
        }
        double[] xy = projection.toWorking(ll, total);
        EdgeGeometries.Builder geometries = new EdgeGeometries.Builder();
        String[] edgeIds = new String[edges];
        BitSet paths = new BitSet(edges);
        for (int e = 0; e < edges; e++) {
            int count = start[e + 1] - start[e];
            double[] part = new double[2 * count];
            System.arraycopy(xy, 2 * start[e], part, 0, part.length);
            geometries.add(part, count);
            EdgeIteratorState s = graph.getEdgeIteratorState(e, Integer.MIN_VALUE);
            edgeIds[e] = "way/" + s.get(wayId);
            paths.set(e, PATH_CLASSES.contains(s.get(roadClass)));
        }
        LocationIndexTree index = (LocationIndexTree) hopper.getLocationIndex();
        return new WalkingNetwork(WalkingNetwork.Source.OPENSTREETMAP, graph, em, access, speed, index,
                geometries.build(), nodeXy, nodeIds, edgeIds, paths, projection);
    }

    /** Recovers OpenStreetMap node ids by position; nodes without a match get "gh:" and their graph id. */
    private static String[] nodeIds(Path pbf, double[] lonLat, int nodes) {
        LongLongHashMap wanted = new LongLongHashMap(nodes * 2);
        for (int n = 0; n < nodes; n++) {
            wanted.put(key(lonLat[2 * n + 1], lonLat[2 * n]), -1L);
        }
        try {
            OSMInputFile in = new OSMInputFile(pbf.toFile()).setWorkerThreads(1).open();
            try {
                ReaderElement element;
                while ((element = in.getNext()) != null) {
                    if (element instanceof ReaderNode node) {
                        long k = key(node.getLat(), node.getLon());
                        int slot = wanted.indexOf(k);
                        if (wanted.indexExists(slot) && wanted.indexGet(slot) < 0) {
                            wanted.indexReplace(slot, node.getId());
                        }
                    } else if (element.getType() == ReaderElement.Type.WAY
                            || element.getType() == ReaderElement.Type.RELATION) {
                        break;
                    }
                }
            } finally {
                in.close();
            }
        } catch (IOException | javax.xml.stream.XMLStreamException e) {
            throw new InputException(pbf, null, "cannot read node ids from the OpenStreetMap extract (" + e.getMessage() + ")",
                    "Check that the file is a complete .osm.pbf extract", e);
        }
        String[] ids = new String[nodes];
        for (int n = 0; n < nodes; n++) {
            long id = wanted.get(key(lonLat[2 * n + 1], lonLat[2 * n]));
            ids[n] = id >= 0 ? "node/" + id : "gh:" + n;
        }
        return ids;
    }

    private static long key(double lat, double lon) {
        long la = Math.round(lat * 1e7);
        long lo = Math.round(lon * 1e7);
        return (la << 32) ^ (lo & 0xffffffffL);
    }
}
