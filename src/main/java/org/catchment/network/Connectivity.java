package org.catchment.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;

/**
 * Connectivity of a walking network: its connected components over walkable edges (walking is
 * two-way, so components are those of the undirected graph), the share of the network's length in
 * the largest one, and the islands outside it.
 *
 * <p>A facility that joins the network on an island can only reach that island, so its catchment
 * is tiny; {@link #warnings(List)} names such facilities.
 */
public final class Connectivity {

    /**
     * A component other than the largest.
     *
     * @param edges   walkable edges in it
     * @param lengthM their total length, metres
     * @param centre  a point of it (the middle of its first edge), in the working CRS
     */
    public record Island(int edges, double lengthM, Coordinate centre) {
    }

    private final WalkingNetwork network;
    private final int[] componentOfNode;
    private final int largest;
    private final int components;
    private final int walkableEdges;
    private final double totalLengthM;
    private final double largestLengthM;
    private final List<Island> islands;
    private final java.util.Map<Integer, Island> islandOfComponent = new java.util.HashMap<>();

    private Connectivity(WalkingNetwork network) {
        this.network = network;
        int nodes = network.nodeCount();
        UnionFind sets = new UnionFind(nodes);
        int walkable = 0;
        for (int e = 0; e < network.edgeCount(); e++) {
            if (network.isWalkable(e)) {
                walkable++;
                sets.union(network.baseNode(e), network.adjNode(e));
            }
        }
        this.walkableEdges = walkable;
        int[] compOfRoot = new int[nodes];
        java.util.Arrays.fill(compOfRoot, -1);
        componentOfNode = new int[nodes];
        int count = 0;
        for (int n = 0; n < nodes; n++) {
            int r = sets.find(n);
            if (compOfRoot[r] < 0) {
                compOfRoot[r] = count++;
            }
            componentOfNode[n] = compOfRoot[r];
        }
        int[] edges = new int[count];
        double[] length = new double[count];
        int[] firstEdge = new int[count];
        java.util.Arrays.fill(firstEdge, -1);
        double total = 0;
        for (int e = 0; e < network.edgeCount(); e++) {
            if (!network.isWalkable(e)) {
                continue;
            }
            int c = componentOfNode[network.baseNode(e)];
            edges[c]++;
            length[c] += network.edgeLengthM(e);
            total += network.edgeLengthM(e);
            if (firstEdge[c] < 0) {
                firstEdge[c] = e;
            }
        }
        int best = -1;
        int withEdges = 0;
        for (int c = 0; c < count; c++) {
            if (edges[c] == 0) {
                continue;
            }
            withEdges++;
            if (best < 0 || length[c] > length[best]) {
                best = c;
            }
        }
        this.components = withEdges;
        this.largest = best;
        this.totalLengthM = total;
        this.largestLengthM = best < 0 ? 0 : length[best];
        List<Island> list = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            if (c != best && edges[c] > 0) {
                int e = firstEdge[c];
                Island island = new Island(edges[c], length[c], network.geometries().pointAt(e, network.edgeLengthM(e) / 2));
                islandOfComponent.put(c, island);
                list.add(island);
            }
        }
        list.sort(Comparator.comparingDouble(Island::lengthM).reversed());
        this.islands = List.copyOf(list);
    }

    /** @return the connectivity of a network */
    public static Connectivity of(WalkingNetwork network) {
        return new Connectivity(network);
    }

    /** @return the number of graph nodes */
    public int nodes() {
        return network.nodeCount();
    }

    /** @return the number of walkable edges */
    public int walkableEdges() {
        return walkableEdges;
    }

    /** @return the number of connected components that hold at least one walkable edge */
    public int components() {
        return components;
    }

    /** @return the total walkable length, metres */
    public double totalLengthM() {
        return totalLengthM;
    }

    /** @return the share (0..1) of the walkable length in the largest component */
    public double largestShare() {
        return totalLengthM == 0 ? 0 : largestLengthM / totalLengthM;
    }

    /** @return the components other than the largest, longest first */
    public List<Island> islands() {
        return islands;
    }

    /** @return the component of edge {@code e}: the same number for every edge connected to it */
    public int component(int e) {
        return componentOfNode[network.baseNode(e)];
    }

    /** @return true if edge {@code e} belongs to the largest component */
    public boolean onMainNetwork(int e) {
        return componentOfNode[network.baseNode(e)] == largest;
    }

    /** Facilities named in one island's warning, at most; the rest are counted. */
    private static final int NAMED = 3;

    /**
     * @param snaps snapped facilities or access points
     * @return one warning for each island (a component other than the largest) that facilities
     *     joined, naming them (the first few, and how many more) and where to look
     */
    public List<String> warnings(List<SnapPoint> snaps) {
        java.util.Map<Integer, java.util.LinkedHashMap<String, SnapPoint>> byIsland = new java.util.LinkedHashMap<>();
        for (SnapPoint s : snaps) {
            if (!onMainNetwork(s.edge())) {
                byIsland.computeIfAbsent(componentOfNode[network.baseNode(s.edge())], c -> new java.util.LinkedHashMap<>())
                        .putIfAbsent(s.name(), s);
            }
        }
        List<String> out = new ArrayList<>();
        for (java.util.Map.Entry<Integer, java.util.LinkedHashMap<String, SnapPoint>> e : byIsland.entrySet()) {
            Island island = islandOfComponent.get(e.getKey());
            List<String> names = new ArrayList<>(e.getValue().keySet());
            SnapPoint first = e.getValue().values().iterator().next();
            String who = names.size() == 1 ? names.get(0) + " joins"
                    : names.size() + " facilities (" + String.join(", ", names.subList(0, Math.min(NAMED, names.size())))
                    + (names.size() > NAMED ? " and " + (names.size() - NAMED) + " more" : "") + ") join";
            out.add(String.format(Locale.ROOT, "%s the network on an island of %d edges (%.0f m) that is"
                    + " not connected to the rest: %s cannot leave that island. Check the network"
                    + " around (%.0f, %.0f) for a missing link.", who, island.edges(), island.lengthM(),
                    names.size() == 1 ? "its catchment" : "their catchments", first.snapped().x, first.snapped().y));
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d nodes, %d walkable edges, %d components, %.1f%% of %.1f km in the largest,"
                + " %d islands", nodes(), walkableEdges, components, 100 * largestShare(), totalLengthM / 1000,
                islands.size());
    }
}
