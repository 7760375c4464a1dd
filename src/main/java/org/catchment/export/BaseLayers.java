package org.catchment.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import org.catchment.layer.Layer;
import org.catchment.network.Walkability;
import org.catchment.network.WalkingNetwork;
import org.catchment.render.MapLayer;
import org.catchment.render.Palette;
import org.catchment.render.Style;
import org.geotools.api.feature.simple.SimpleFeature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The layers under the results on every map of an analysis: roads and streets, the links closed
 * to walkers (motorways, drawn as the barriers they are), footpaths and the analysis's backdrop
 * lines ({@code output.backdrop}, such as a railway), each in its palette style and with its
 * legend words. The command line's maps draw them from the built network after a run, the app
 * from the input files before one: both through here, so they look and read the same.
 */
public final class BaseLayers {

    /** The legend's words for walkable roads. */
    public static final String ROADS = "Roads and streets";
    /** The legend's words for lines a walkability rule other than OS Open Roads' closes. */
    private static final String NOT_WALKABLE = "Not walkable";
    /** The legend's words for footpaths. */
    public static final String FOOTPATHS = "Footpaths";

    /**
     * A base layer: what is drawn and the features behind it.
     *
     * @param layer    the map layer (geometries, style, legend words)
     * @param features the features with their attributes, or null when drawn from the network
     */
    public record Part(MapLayer layer, Layer features) {
    }

    private BaseLayers() {
    }

    /**
     * @param roads road links as read from a file
     * @param rule  {@code network.walkable}: the rule saying which may be walked, or null for the
     *              preset the roads' fields point to
     * @return the walkable roads and the others (not walkable) as two parts, an empty one left out
     */
    public static List<Part> roadLinks(Layer roads, String rule) {
        Walkability walkable = Walkability.of(rule, roads);
        Predicate<SimpleFeature> open = walkable.on(roads);
        List<SimpleFeature> walked = new ArrayList<>();
        List<SimpleFeature> closed = new ArrayList<>();
        for (SimpleFeature f : roads.features()) {
            (open.test(f) ? walked : closed).add(f);
        }
        List<Part> out = new ArrayList<>();
        if (!walked.isEmpty()) {
            out.add(part(Layer.of(roads.name(), roads.featureType(), walked), ROADS, Palette.roads()));
        }
        if (!closed.isEmpty()) {
            boolean motorways = walkable.preset().orElse(null) == Walkability.Preset.OS_OPEN_ROADS;
            out.add(part(Layer.of(roads.name(), roads.featureType(), closed), closedLabel(motorways
                    ? WalkingNetwork.Source.OS_OPEN_ROADS : WalkingNetwork.Source.LINES), Palette.motorway()));
        }
        return out;
    }

    /** @return footpaths read from a file, thin and dashed */
    public static Part footpaths(Layer paths) {
        return part(paths, FOOTPATHS, Palette.footpaths());
    }

    /**
     * @param backdrop an {@code output.backdrop} layer, named by its legend words
     * @param view     the lines meeting this area are drawn; null for all
     * @return the lines, dark grey and dashed (a railway's style)
     */
    public static Part backdrop(Layer backdrop, Envelope view) {
        List<SimpleFeature> kept = backdrop.features().stream().filter(f -> Layer.geometry(f) != null
                && (view == null || Layer.geometry(f).getEnvelopeInternal().intersects(view))).toList();
        return part(Layer.of(backdrop.name(), backdrop.featureType(), kept), backdrop.name(), Palette.railway());
    }

    /**
     * @param net  the walking network
     * @param view the edges meeting this area are drawn; null for all
     * @return roads, links closed to walkers and footpaths, bottom first, empty ones left out
     */
    public static List<MapLayer> network(WalkingNetwork net, Envelope view) {
        List<Geometry> roads = new ArrayList<>();
        List<Geometry> paths = new ArrayList<>();
        List<Geometry> closed = new ArrayList<>();
        IntConsumer sort = e -> (!net.isWalkable(e) ? closed : net.isFootpath(e) ? paths : roads).add(net.edgeLine(e));
        if (view == null) {
            for (int e = 0; e < net.edgeCount(); e++) {
                sort.accept(e);
            }
        } else {
            net.forEachEdgeNear(view, sort);
        }
        List<MapLayer> out = new ArrayList<>();
        out.add(MapLayer.of(ROADS, roads, Palette.roads()));
        if (!closed.isEmpty()) {
            out.add(MapLayer.of(closedLabel(net.source()), closed, Palette.motorway()));
        }
        if (!paths.isEmpty()) {
            out.add(MapLayer.of(FOOTPATHS, paths, Palette.footpaths()));
        }
        return out;
    }

    /**
     * @return the legend's words for the links closed to walkers: in OS Open Roads only motorways
     *     are; in OpenStreetMap also private and no-foot ways; in other line layers whatever the
     *     walkability rule closes
     */
    public static String closedLabel(WalkingNetwork.Source source) {
        return switch (source) {
            case OPENSTREETMAP -> "Closed to walkers (private, no-foot)";
            case OS_OPEN_ROADS -> "Motorway (not walkable)";
            case LINES -> NOT_WALKABLE;
        };
    }

    private static Part part(Layer features, String label, Style style) {
        List<Geometry> shapes = features.features().stream().map(Layer::geometry)
                .filter(g -> g != null && !g.isEmpty()).toList();
        return new Part(MapLayer.of(label, shapes, style), features);
    }
}
