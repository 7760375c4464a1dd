package org.catchment.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catchment.network.OsmElements;
import org.catchment.network.OsmElements.Kind;
import org.locationtech.jts.geom.Envelope;

/**
 * What an OpenStreetMap file holds, for {@code catchment inspect}: its elements counted by kind
 * (nodes, ways, relations) and by the layers a run can take from it (tagged nodes as points, open
 * ways as lines, closed ways and multipolygon relations as areas, other relations), its extent in
 * longitude/latitude, and its most used tag keys with their commonest values, read in one pass.
 *
 * @param nodes         every node
 * @param taggedNodes   nodes with at least one tag (the points {@code osm_tags} can pick)
 * @param ways          every way
 * @param closedWays    ways whose last node is their first (areas)
 * @param relations     every relation
 * @param multipolygons relations of {@code type=multipolygon} (areas)
 * @param extent        the nodes' extent, longitude as x; null envelope when there is no node
 * @param keys          the most used keys, most used first
 */
public record OsmSummary(long nodes, long taggedNodes, long ways, long closedWays, long relations, long multipolygons,
                         Envelope extent, List<Key> keys) {

    /** The keys listed, at most. */
    static final int KEYS = 15;
    /** The values listed per key, at most. */
    static final int VALUES = 5;
    /** Distinct values counted per key; a key with more (names, references) is said to have many. */
    static final int DISTINCT = 200;

    /**
     * One tag key.
     *
     * @param key      the key
     * @param elements the elements that carry it
     * @param values   its commonest values with their counts, commonest first
     * @param many     true when it has more distinct values than were counted ({@value #DISTINCT})
     */
    public record Key(String key, long elements, List<Map.Entry<String, Long>> values, boolean many) {
    }

    /** @return true when a file is an OpenStreetMap file by its name ({@code .osm.pbf}, {@code .pbf}, {@code .osm}) */
    public static boolean isOsm(Path file) {
        return OsmFacilities.isOsm(file);
    }

    /**
     * @param file an {@code .osm.pbf} or {@code .osm} file
     * @return what it holds
     * @throws org.catchment.InputException when it cannot be read
     */
    public static OsmSummary of(Path file) {
        Counter c = new Counter();
        OsmElements.read(file, EnumSet.allOf(Kind.class), c);
        return c.summary();
    }

    /** Counts the elements as they come. */
    private static final class Counter implements OsmElements.Visitor {
        private long nodes;
        private long taggedNodes;
        private long ways;
        private long closedWays;
        private long relations;
        private long multipolygons;
        private final Envelope extent = new Envelope();
        private final Map<String, long[]> keyCounts = new HashMap<>();
        private final Map<String, Map<String, Long>> valueCounts = new HashMap<>();
        private final Map<String, Boolean> many = new HashMap<>();

        @Override
        public void node(long id, double lon, double lat, Map<String, String> tags) {
            nodes++;
            extent.expandToInclude(lon, lat);
            if (!tags.isEmpty()) {
                taggedNodes++;
                count(tags);
            }
        }

        @Override
        public void way(long id, long[] refs, Map<String, String> tags) {
            ways++;
            if (refs.length >= 4 && refs[0] == refs[refs.length - 1]) {
                closedWays++;
            }
            count(tags);
        }

        @Override
        public void relation(long id, List<OsmElements.Member> members, Map<String, String> tags) {
            relations++;
            if ("multipolygon".equals(tags.get("type"))) {
                multipolygons++;
            }
            count(tags);
        }

        private void count(Map<String, String> tags) {
            tags.forEach((k, v) -> {
                keyCounts.computeIfAbsent(k, x -> new long[1])[0]++;
                Map<String, Long> values = valueCounts.computeIfAbsent(k, x -> new HashMap<>());
                if (values.containsKey(v) || values.size() < DISTINCT) {
                    values.merge(v, 1L, Long::sum);
                } else {
                    many.put(k, true);
                }
            });
        }

        OsmSummary summary() {
            List<Key> keys = new ArrayList<>();
            keyCounts.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                            .thenComparing(Map.Entry::getKey))
                    .limit(KEYS)
                    .forEach(e -> keys.add(new Key(e.getKey(), e.getValue()[0], valueCounts.get(e.getKey()).entrySet()
                            .stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                                    .thenComparing(Map.Entry::getKey))
                            .limit(VALUES).map(v -> Map.entry(v.getKey(), v.getValue())).toList(),
                            many.getOrDefault(e.getKey(), false))));
            return new OsmSummary(nodes, taggedNodes, ways, closedWays, relations, multipolygons, extent, keys);
        }
    }

    /** @return the file's format by its name, for the report */
    public static String format(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pbf") ? "OpenStreetMap PBF"
                : "OpenStreetMap XML";
    }
}
