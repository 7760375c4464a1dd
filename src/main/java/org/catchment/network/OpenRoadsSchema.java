package org.catchment.network;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.catchment.InputException;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

/**
 * Reads OS Open Roads {@code RoadLink} features into {@link NetworkLink}s, joined by their start
 * and end node identifiers.
 *
 * <p>Field names are looked up case-insensitively under both spellings OS publishes: the
 * shapefile product's ({@code identifier}, {@code startNode}, {@code endNode}, {@code function},
 * {@code class}, {@code formOfWay}; some exports write {@code function_}) and the GeoPackage
 * product's ({@code id}, {@code start_node}, {@code end_node}, {@code road_function},
 * {@code road_classification}, {@code form_of_way}). A layer is read this way when it has start
 * and end node fields ({@link #hasNodeFields}); any other line layer is joined at shared vertices
 * ({@link LineTopology}).
 *
 * <p>Walkability is the analysis's rule ({@link Walkability}); OS Open Roads' own preset makes
 * a link not walkable when its function or class is {@code Motorway}. In OS Open Roads, motorway
 * slip roads carry function and class {@code Motorway} with form of way {@code Slip Road}; A-road
 * slip roads carry {@code A Road} and stay walkable, as do dual carriageways (they have
 * pavements; whether they are a barrier depends on where the network crosses them).
 */
public final class OpenRoadsSchema {

    private static final List<String> ID = List.of("identifier", "id", "gml_id", "toid");
    private static final List<String> START = List.of("startNode", "start_node", "startnode");
    private static final List<String> END = List.of("endNode", "end_node", "endnode");
    /** The road function field under its spellings, first found first. */
    static final List<String> FUNCTION = List.of("function", "function_", "road_function", "roadfunction");
    /** The road classification field under its spellings. */
    static final List<String> CLASS = List.of("class", "road_classification", "roadclassification");

    private OpenRoadsSchema() {
    }

    /**
     * @param fields a layer's field names
     * @return true when they name start and end nodes (either spelling): the layer's links join by
     *     node identifiers, OS Open Roads' topology
     */
    public static boolean hasNodeFields(Collection<String> fields) {
        return find(fields, START).isPresent() && find(fields, END).isPresent();
    }

    /**
     * @param layer    a RoadLink layer in the working CRS, with start and end node fields
     * @param walkable whether a link may be walked (the analysis's {@link Walkability} rule)
     * @return one link per feature (multi-part lines are merged when they join, else an error),
     *     named by its identifier field ({@code identifier}, {@code id}...) or else its feature id
     * @throws InputException if a node field is missing or a feature has no usable geometry
     */
    public static List<NetworkLink> links(Layer layer, Predicate<SimpleFeature> walkable) {
        Path file = layer.source().orElse(Path.of(layer.name()));
        if (layer.kind() != GeometryKind.LINE && !layer.isEmpty()) {
            throw new InputException(file, null, "this is a layer of " + layer.kind().plural()
                    + ", not road links", "Give the OS Open Roads RoadLink lines (or the road_link table), or any"
                    + " line layer of roads and paths");
        }
        List<String> fields = Walkability.fieldNames(layer);
        String id = find(fields, ID).orElse(null);
        String start = required(fields, file, START, "start node");
        String end = required(fields, file, END, "end node");
        List<NetworkLink> links = new ArrayList<>(layer.size());
        for (SimpleFeature f : layer.features()) {
            String linkId = id == null ? "" : text(f, id);
            String where = "feature " + f.getID() + (linkId.isEmpty() ? "" : " (" + linkId + ")");
            LineString line = line(Layer.geometry(f), file, where);
            String s = text(f, start);
            String e = text(f, end);
            if (s.isEmpty() || e.isEmpty()) {
                throw new InputException(file, where, "the link has no " + (s.isEmpty() ? START.get(0) : END.get(0)),
                        "OS Open Roads links must name their start and end nodes; check the file is a RoadLink layer");
            }
            links.add(new NetworkLink(linkId.isEmpty() ? f.getID() : linkId, s, e, line, walkable.test(f),
                    NetworkLink.Kind.ROAD));
        }
        return links;
    }

    private static LineString line(Geometry g, Path file, String where) {
        if (g instanceof LineString ls && !ls.isEmpty()) {
            return ls;
        }
        if (g instanceof MultiLineString mls && !mls.isEmpty()) {
            if (mls.getNumGeometries() == 1) {
                return (LineString) mls.getGeometryN(0);
            }
            org.locationtech.jts.operation.linemerge.LineMerger merger = new org.locationtech.jts.operation.linemerge.LineMerger();
            merger.add(mls);
            if (merger.getMergedLineStrings().size() == 1) {
                return (LineString) merger.getMergedLineStrings().iterator().next();
            }
            throw new InputException(file, where, "the link is a line in " + mls.getNumGeometries()
                    + " separate parts", "An OS Open Roads link is one connected line; split it into separate links");
        }
        throw new InputException(file, where, "the link has no line geometry", "Remove the feature or fix its geometry");
    }

    private static String required(List<String> fields, Path file, List<String> names, String what) {
        return find(fields, names).orElseThrow(() -> new InputException(file, null,
                "no " + what + " field (looked for " + String.join(", ", names) + ")",
                "An OS Open Roads RoadLink layer names its links' start and end nodes (startNode, endNode)"));
    }

    private static Optional<String> find(Collection<String> fields, List<String> names) {
        for (String n : names) {
            for (String f : fields) {
                if (f.equalsIgnoreCase(n)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    private static String text(SimpleFeature f, String attribute) {
        Object v = f.getAttribute(attribute);
        return v == null ? "" : v.toString().trim();
    }
}
