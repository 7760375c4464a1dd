package org.catchment.network;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.catchment.InputException;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

/**
 * Reads OS Open Roads {@code RoadLink} features into {@link NetworkLink}s.
 *
 * <p>Field names are looked up case-insensitively under both spellings OS publishes: the
 * shapefile product's ({@code identifier}, {@code startNode}, {@code endNode}, {@code function},
 * {@code class}, {@code formOfWay}; some exports write {@code function_}) and the GeoPackage
 * product's ({@code id}, {@code start_node}, {@code end_node}, {@code road_function},
 * {@code road_classification}, {@code form_of_way}).
 *
 * <p>Walkability: a link is not walkable when its function or class is {@code Motorway}. In OS
 * Open Roads, motorway slip roads carry function and class {@code Motorway} with form of way
 * {@code Slip Road}; A-road slip roads carry {@code A Road} and stay walkable, as do dual
 * carriageways (they have pavements; whether they are a barrier depends on where the network
 * crosses them). All other links are walkable both ways.
 */
public final class OpenRoadsSchema {

    private static final List<String> ID = List.of("identifier", "id", "gml_id", "toid");
    private static final List<String> START = List.of("startNode", "start_node", "startnode");
    private static final List<String> END = List.of("endNode", "end_node", "endnode");
    private static final List<String> FUNCTION = List.of("function", "function_", "road_function", "roadfunction");
    private static final List<String> CLASS = List.of("class", "road_classification", "roadclassification");
    private static final Set<String> NOT_WALKABLE = Set.of("motorway");

    private OpenRoadsSchema() {
    }

    /**
     * @param layer a RoadLink layer in the working CRS
     * @return one link per feature (multi-part lines are merged when they join, else an error)
     * @throws InputException if a required field is missing or a feature has no usable geometry
     */
    public static List<NetworkLink> links(Layer layer) {
        Path file = layer.source().orElse(Path.of(layer.name()));
        if (layer.kind() != GeometryKind.LINE && !layer.isEmpty()) {
            throw new InputException(file, null, "this is a layer of " + layer.kind().plural()
                    + ", not road links", "Give the OS Open Roads RoadLink lines (or the road_link table)");
        }
        String id = required(layer, file, ID, "link identifier");
        String start = required(layer, file, START, "start node");
        String end = required(layer, file, END, "end node");
        Predicate<SimpleFeature> walkable = walkability(layer);
        List<NetworkLink> links = new ArrayList<>(layer.size());
        for (SimpleFeature f : layer.features()) {
            String linkId = text(f, id);
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

    /**
     * @param layer a RoadLink layer
     * @return whether a link of the layer may be walked (not a motorway by its function or class);
     *     every link of a layer without those fields is walkable. The network and the maps both use it.
     */
    public static Predicate<SimpleFeature> walkability(Layer layer) {
        Optional<String> function = find(layer, FUNCTION);
        Optional<String> roadClass = find(layer, CLASS);
        return f -> !isMotorway(function.map(n -> text(f, n)).orElse(""))
                && !isMotorway(roadClass.map(n -> text(f, n)).orElse(""));
    }

    /** @return true if an OS Open Roads function or class value marks a motorway */
    public static boolean isMotorway(String value) {
        return NOT_WALKABLE.contains(value.trim().toLowerCase(Locale.ROOT));
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

    private static String required(Layer layer, Path file, List<String> names, String what) {
        return find(layer, names).orElseThrow(() -> new InputException(file, null,
                "no " + what + " field (looked for " + String.join(", ", names) + ")",
                "Give an OS Open Roads RoadLink layer; its fields are identifier, startNode, endNode, function, class"));
    }

    private static Optional<String> find(Layer layer, List<String> names) {
        for (String n : names) {
            Optional<String> found = layer.findAttribute(n);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static String text(SimpleFeature f, String attribute) {
        Object v = f.getAttribute(attribute);
        return v == null ? "" : v.toString().trim();
    }
}
