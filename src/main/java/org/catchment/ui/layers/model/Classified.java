package org.catchment.ui.layers.model;

import java.util.ArrayList;
import java.util.List;
import org.catchment.export.FieldClasses;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.catchment.render.MapLayer;
import org.catchment.render.Style;
import org.geotools.api.feature.simple.SimpleFeature;
import org.locationtech.jts.geom.Geometry;

/**
 * A layer drawn by a style by field: its {@link FieldClasses} and one map layer per class (named
 * "layer: class", so an exported legend lists the classes), made once when the style is chosen;
 * restyling or hiding the layer makes copies that share their geometry indexes. The classes are
 * drawn highest first, so the legend (top layer first) lists them lowest first.
 *
 * @param classes the classes of the layer's features
 * @param layers  one map layer per class, in the order of {@link FieldClasses#entries()}
 */
public record Classified(FieldClasses classes, List<MapLayer> layers) {

    /** Copies the layer list. */
    public Classified {
        layers = List.copyOf(layers);
    }

    /**
     * @param classes the classes of {@code source}'s features
     * @param drawn   the layer as drawn: one geometry per feature of {@code source} that has one, in order
     * @param source  the features
     * @param kind    the geometry kind
     * @return the class layers, in the classes' styles over {@code drawn}'s style
     * @throws IllegalArgumentException when {@code drawn} does not draw {@code source}'s features one by one
     */
    static Classified of(FieldClasses classes, MapLayer drawn, Layer source, GeometryKind kind) {
        int n = classes.entries().size();
        List<List<Geometry>> geometries = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            geometries.add(new ArrayList<>());
            labels.add(new ArrayList<>());
        }
        int j = 0;
        for (int i = 0; i < source.size(); i++) {
            SimpleFeature f = source.features().get(i);
            Geometry g = Layer.geometry(f);
            if (g == null || g.isEmpty()) {
                continue;
            }
            if (j >= drawn.geometries().size() || drawn.geometries().get(j) != g) {
                throw new IllegalArgumentException(drawn.legendLabel() + " is not drawn feature by feature, so it"
                        + " cannot be styled by a field");
            }
            int k = classes.classOf(i);
            geometries.get(k).add(g);
            labels.get(k).add(drawn.labels() == null ? null : drawn.labels().get(j));
            j++;
        }
        List<MapLayer> layers = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String name = drawn.legendLabel() + ": " + classes.entries().get(k).label();
            MapLayer m = MapLayer.of(name, geometries.get(k), classes.styleOf(k, drawn.style(), kind))
                    .withInLegend(drawn.inLegend());
            layers.add(drawn.labels() == null ? m : m.withLabels(labels.get(k)));
        }
        return new Classified(classes, layers);
    }

    /** @return the class layers over another base style (copies sharing the geometry indexes) */
    Classified withBase(Style base, GeometryKind kind) {
        List<MapLayer> restyled = new ArrayList<>();
        for (int k = 0; k < layers.size(); k++) {
            restyled.add(layers.get(k).withStyle(classes.styleOf(k, base, kind)));
        }
        return new Classified(classes, restyled);
    }

    /** @return the class layers as the renderer draws them, highest class first, shown or hidden */
    List<MapLayer> drawn(boolean visible) {
        List<MapLayer> out = new ArrayList<>();
        for (int k = layers.size() - 1; k >= 0; k--) {
            out.add(layers.get(k).withVisible(visible));
        }
        return out;
    }
}
