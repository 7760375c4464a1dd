package org.catchment.ui.results.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catchment.layer.Layer;
import org.catchment.ui.layers.model.LayerItem;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.api.feature.type.GeometryDescriptor;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Finds the features under the cursor: in every visible layer with features, those whose
 * geometry lies within a tolerance of the clicked point (a few pixels, in metres), top layer first.
 */
public final class Identify {

    private static final GeometryFactory GF = new GeometryFactory();

    /**
     * One feature found.
     *
     * @param layer      the layer's name
     * @param feature    the feature's id
     * @param attributes its attributes in the layer's field order, geometry left out
     * @param geometry   its geometry, for highlighting
     */
    public record Hit(String layer, String feature, Map<String, Object> attributes, Geometry geometry) {
    }

    private Identify() {
    }

    /**
     * @param layers     the layer panel's layers, top first
     * @param at         the clicked point, in the map's CRS
     * @param toleranceM how far from the point a feature may be, metres
     * @param max        the most hits to return
     * @return the hits, top layer first, in each layer in feature order
     */
    public static List<Hit> at(List<LayerItem> layers, Coordinate at, double toleranceM, int max) {
        List<Hit> hits = new ArrayList<>();
        Point p = GF.createPoint(at);
        Envelope near = new Envelope(at);
        near.expandBy(toleranceM);
        for (LayerItem item : layers) {
            Layer source = item.source();
            if (!item.visible() || source == null || !item.extent().intersects(near)) {
                continue;
            }
            for (SimpleFeature f : source.features()) {
                Geometry g = Layer.geometry(f);
                if (g != null && !g.isEmpty() && g.getEnvelopeInternal().intersects(near)
                        && g.isWithinDistance(p, toleranceM)) {
                    hits.add(new Hit(item.name(), f.getID(), attributes(f), g));
                    if (hits.size() >= max) {
                        return hits;
                    }
                }
            }
        }
        return hits;
    }

    /** @return a feature's attributes in field order, without its geometry */
    static Map<String, Object> attributes(SimpleFeature f) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (AttributeDescriptor d : f.getFeatureType().getAttributeDescriptors()) {
            if (!(d instanceof GeometryDescriptor)) {
                out.put(d.getLocalName(), f.getAttribute(d.getLocalName()));
            }
        }
        return out;
    }
}
