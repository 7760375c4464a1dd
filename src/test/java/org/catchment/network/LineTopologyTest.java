package org.catchment.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.catchment.network.TestNetworks.E0;
import static org.catchment.network.TestNetworks.N0;
import static org.catchment.network.TestNetworks.at;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions;
import org.catchment.io.TestLayers;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * Line layers without node identifiers, joined where lines share a vertex ({@link LineTopology}).
 * Coordinates are metres from {@link TestNetworks#E0}, {@link TestNetworks#N0}.
 */
class LineTopologyTest {

    private static final double SPEED_KMH = 4.8;
    private static final double MPM = SPEED_KMH * 1000 / 60;

    /** @return a line layer with a {@code name} field, one line per WKT of relative "x y" vertices */
    static Layer lines(String... relative) {
        List<String> wkts = new ArrayList<>();
        List<List<Object>> values = new ArrayList<>();
        for (String r : relative) {
            wkts.add("LINESTRING (" + String.join(", ", Arrays.stream(r.split(",")).map(String::trim).map(p -> {
                String[] xy = p.split(" ");
                return String.format(Locale.ROOT, "%.3f %.3f", E0 + Double.parseDouble(xy[0]),
                        N0 + Double.parseDouble(xy[1]));
            }).toList()) + ")");
            values.add(List.of(r));
        }
        return TestLayers.layer("paths", LineString.class, wkts, List.of(new TestLayers.Attr("name", String.class)),
                values);
    }

    private static WalkingNetwork build(Layer layer, boolean nodeCrossings) {
        return new OpenRoadsNetworkBuilder(Crs.epsg(27700)).footpathOptions(new FootpathMerger.Options(10, nodeCrossings))
                .addRoads(layer).build().network();
    }

    /** @return the minutes to every node from a facility at a point, by the node's position */
    private static Map<Coordinate, Double> times(WalkingNetwork net, Coordinate facility, double limit) {
        SnapPoint s = new Snapper(net, 250).snap("F", facility);
        SearchResult r = new MultiSourceSearch(net, SPEED_KMH).run(List.of(new SearchStart(s, 0, s.offsetM() / MPM)),
                limit);
        Map<Coordinate, Double> out = new HashMap<>();
        for (int n = 0; n < net.nodeCount(); n++) {
            out.put(new Coordinate(net.nodeX(n), net.nodeY(n)), r.minutes(n));
        }
        return out;
    }

    @Test
    void aLineIsSplitWhereAnotherSharesItsInnerVertexAndOnlyThere() {
        // a street (0,0)-(100,0)-(200,0)-(300,0); a lane leaves it at its vertex (100,0); (200,0) is a bend only
        try (WalkingNetwork net = build(lines("0 0, 100 0, 200 0, 300 0", "100 0, 100 80"), false)) {
            assertThat(net.nodeCount()).isEqualTo(4);
            assertThat(net.edgeCount()).isEqualTo(3);
            Map<Coordinate, Double> t = times(net, at(0, 0), 60);
            assertThat(t.get(at(100, 80))).isCloseTo(180 / MPM, offset(1e-9));
            assertThat(t.get(at(300, 0))).isCloseTo(300 / MPM, offset(1e-9));
        }
    }

    @Test
    void aBridgeIsNotAJunction() {
        // the street runs under a footbridge at (150, 0): the bridge has no vertex there, the street has one
        Layer layer = lines("0 0, 150 0, 300 0", "150 -100, 150 100", "300 0, 300 60");
        try (WalkingNetwork net = build(layer, false)) {
            assertThat(net.nodeCount()).as("street ends, bridge ends, the lane's end").isEqualTo(5);
            Map<Coordinate, Double> t = times(net, at(0, 0), 60);
            assertThat(t.get(at(150, 100))).as("the bridge's end is not reached from the street").isInfinite();
            assertThat(t.get(at(150, -100))).isInfinite();
            assertThat(t.get(at(300, 60))).isCloseTo(360 / MPM, offset(1e-9));
        }
        try (WalkingNetwork net = build(layer, true)) {
            Map<Coordinate, Double> t = times(net, at(0, 0), 60);
            assertThat(t.get(at(150, 100))).as("node_crossings makes the crossing a junction")
                    .isCloseTo(250 / MPM, offset(1e-9));
        }
    }

    @Test
    void linesCrossingWithoutAVertexJoinWithNodeCrossings() {
        // two lines drawn as single segments crossing at (50, 50), as in networks drawn without shared vertices
        Layer layer = lines("0 0, 100 100", "0 100, 100 0");
        try (WalkingNetwork net = build(layer, true)) {
            assertThat(net.nodeCount()).isEqualTo(5);
            assertThat(net.edgeCount()).isEqualTo(4);
            Map<Coordinate, Double> t = times(net, at(0, 0), 60);
            assertThat(t.get(at(0, 100))).isCloseTo(2 * Math.hypot(50, 50) / MPM, offset(1e-9));
        }
    }

    @Test
    void verticesWithinTheToleranceAreOneNodeAndFartherOnesAreNot() {
        // the lane starts 4 mm from the street's end vertex (joined); the path starts 5 cm from it (not joined)
        Layer layer = lines("0 0, 100 0", "100.004 0, 100 50", "100.05 0, 100 -50");
        try (WalkingNetwork net = build(layer, false)) {
            Map<Coordinate, Double> t = times(net, at(0, 0), 60);
            assertThat(t.get(at(100, 50))).isCloseTo((100 + 50) / MPM, offset(1e-9));
            assertThat(t.get(at(100, -50))).isInfinite();
        }
        assertThat(LineTopology.VERTEX_TOLERANCE_M).isEqualTo(0.01);
    }

    @Test
    void aWayCrossingItselfAtAVertexIsAJunctionThere() {
        // a loop leaving the street at (100,0), going round and back through (100,0), then on to (200,0)
        Layer layer = lines("0 0, 100 0, 100 100, 50 50, 100 0, 200 0");
        try (WalkingNetwork net = build(layer, false)) {
            Map<Coordinate, Double> t = times(net, at(0, 0), 60);
            assertThat(t.get(at(200, 0))).as("straight through the shared vertex").isCloseTo(200 / MPM, offset(1e-9));
        }
    }

    /**
     * The sample town's OS Open Roads links, stripped of every identifier and strung into long lines
     * that run through junctions (as OpenStreetMap ways do), give the same time at every node as
     * the links joined by their node identifiers. The function field stays, so the same motorways
     * are closed (the OS Open Roads preset, picked from it).
     */
    @Test
    void theSampleTownWithoutIdentifiersGivesTheSameNodeTimes() {
        Layer os = LayerReader.read(Path.of("data", "sample", "RoadLink.shp"), ReadOptions.defaults());
        Layer plain = strung(os);
        assertThat(Walkability.fieldNames(plain)).containsExactly("function");
        assertThat(plain.size()).as("fewer, longer lines").isLessThan(os.size() / 2);
        Coordinate[] facilities = {firstVertex(os, 100), firstVertex(os, 700), firstVertex(os, 1500)};
        try (WalkingNetwork byIds = new OpenRoadsNetworkBuilder(Crs.epsg(27700)).addRoads(os).build().network();
             WalkingNetwork byVertices = new OpenRoadsNetworkBuilder(Crs.epsg(27700)).addRoads(plain).build().network()) {
            assertThat(Connectivity.of(byVertices).walkableEdges()).isLessThanOrEqualTo(Connectivity.of(byIds).walkableEdges());
            assertThat(Connectivity.of(byVertices).totalLengthM()).isCloseTo(Connectivity.of(byIds).totalLengthM(),
                    offset(1e-6));
            int compared = 0;
            for (Coordinate f : facilities) {
                Map<Coordinate, Double> want = times(byIds, f, 30);
                Map<Coordinate, Double> got = times(byVertices, f, 30);
                assertThat(want.keySet()).containsAll(got.keySet());
                for (Map.Entry<Coordinate, Double> e : got.entrySet()) {
                    Double w = want.get(e.getKey());
                    if (w.isInfinite()) {
                        assertThat(e.getValue()).as("node %s", e.getKey()).isInfinite();
                    } else {
                        assertThat(e.getValue()).as("node %s", e.getKey()).isCloseTo(w, offset(1e-9));
                        compared++;
                    }
                }
            }
            assertThat(compared).isGreaterThan(600);
        }
    }

    private static Coordinate firstVertex(Layer layer, int feature) {
        return Layer.geometry(layer.features().get(feature)).getCoordinates()[1];
    }

    /**
     * @return the links strung into lines: each line starts at an unused link and goes on through
     *     its end node into any unused link of the same function there, whatever the node's degree
     */
    private static Layer strung(Layer os) {
        Map<String, List<SimpleFeature>> byNode = new HashMap<>();
        for (SimpleFeature f : os.features()) {
            byNode.computeIfAbsent((String) f.getAttribute("startNode"), k -> new ArrayList<>()).add(f);
            byNode.computeIfAbsent((String) f.getAttribute("endNode"), k -> new ArrayList<>()).add(f);
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        List<String> wkts = new ArrayList<>();
        List<List<Object>> values = new ArrayList<>();
        for (SimpleFeature first : os.features()) {
            if (!used.add(first.getID())) {
                continue;
            }
            String function = (String) first.getAttribute("function");
            List<Coordinate> line = new ArrayList<>(List.of(Layer.geometry(first).getCoordinates()));
            String end = (String) first.getAttribute("endNode");
            while (true) {
                SimpleFeature next = null;
                for (SimpleFeature f : byNode.get(end)) {
                    if (!used.contains(f.getID()) && function.equals(f.getAttribute("function"))) {
                        next = f;
                        break;
                    }
                }
                if (next == null) {
                    break;
                }
                used.add(next.getID());
                List<Coordinate> c = new ArrayList<>(List.of(Layer.geometry(next).getCoordinates()));
                if (end.equals(next.getAttribute("endNode"))) {
                    java.util.Collections.reverse(c);
                    end = (String) next.getAttribute("startNode");
                } else {
                    end = (String) next.getAttribute("endNode");
                }
                line.addAll(c.subList(1, c.size()));
            }
            wkts.add("LINESTRING (" + String.join(", ", line.stream()
                    .map(c -> String.format(Locale.ROOT, "%s %s", c.x, c.y)).toList()) + ")");
            values.add(List.of(function));
        }
        return TestLayers.layer("lines", LineString.class, wkts, List.of(new TestLayers.Attr("function", String.class)),
                values);
    }
}
