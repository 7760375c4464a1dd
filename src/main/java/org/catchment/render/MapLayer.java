package org.catchment.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.catchment.layer.GeometryKind;
import org.locationtech.jts.geom.Geometry;

/**
 * One layer of a map: its geometries (in the map's CRS), optional labels, style, and whether it is
 * shown and listed in the legend.
 *
 * <p>The geometry list is copied once into an indexed list that builds an STRtree lazily, so a
 * view draws only the geometries that meet it; copies made by the {@code with...} methods share
 * that index. A streamed layer ({@link #streamed}) holds no geometries: its lines come from a
 * {@link LineSource} each time it is drawn.
 *
 * @param name        the layer's name (also the legend label unless one is given)
 * @param legendLabel the text in the legend; null means {@code name}
 * @param geometries  the geometries, no nulls
 * @param labels      null for none, else one label per geometry (a null entry draws nothing);
 *                    polygons are labelled at an interior point, lines on the line, points beside
 *                    the symbol
 * @param style       how to draw it
 * @param visible     false draws nothing and leaves it out of the legend
 * @param inLegend    false keeps a visible layer out of the legend
 * @param lines       for a streamed layer, where its lines come from at draw time (its geometries
 *                    and labels are then empty); null for a layer of geometries
 */
public record MapLayer(String name, String legendLabel, List<Geometry> geometries, List<String> labels,
                       Style style, boolean visible, boolean inLegend, LineSource lines) {

    /** Checks the components and replaces the geometries with an indexed immutable copy. */
    public MapLayer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(style, "style");
        legendLabel = legendLabel == null ? name : legendLabel;
        geometries = GeometryList.of(Objects.requireNonNull(geometries, "geometries"));
        if (labels != null) {
            if (labels.size() != geometries.size()) {
                throw new IllegalArgumentException("layer " + name + ": " + labels.size() + " labels for "
                        + geometries.size() + " geometries");
            }
            labels = Collections.unmodifiableList(new ArrayList<>(labels));
        }
    }

    /** @return a visible layer listed in the legend under its name, without labels */
    public static MapLayer of(String name, List<Geometry> geometries, Style style) {
        return new MapLayer(name, name, geometries, null, style, true, true, null);
    }

    /**
     * @return a visible layer of lines listed in the legend under its name, drawn from a source each
     *     time it is drawn and never held (a whole country's roads)
     */
    public static MapLayer streamed(String name, LineSource lines, Style style) {
        return new MapLayer(name, name, List.of(), null, style, true, true, java.util.Objects.requireNonNull(lines));
    }

    /** @return this layer with one label per geometry (null: none) */
    public MapLayer withLabels(List<String> labels) {
        return new MapLayer(name, legendLabel, geometries, labels, style, visible, inLegend, lines);
    }

    /** @return this layer with another legend text */
    public MapLayer withLegendLabel(String legendLabel) {
        return new MapLayer(name, legendLabel, geometries, labels, style, visible, inLegend, lines);
    }

    /** @return this layer shown or hidden */
    public MapLayer withVisible(boolean visible) {
        return new MapLayer(name, legendLabel, geometries, labels, style, visible, inLegend, lines);
    }

    /** @return this layer listed in the legend or not */
    public MapLayer withInLegend(boolean inLegend) {
        return new MapLayer(name, legendLabel, geometries, labels, style, visible, inLegend, lines);
    }

    /** @return this layer with another style */
    public MapLayer withStyle(Style style) {
        return new MapLayer(name, legendLabel, geometries, labels, style, visible, inLegend, lines);
    }

    /** @return the kind of the first non-empty geometry, or null for an empty layer or a mixed collection */
    public GeometryKind geometryKind() {
        return lines != null ? GeometryKind.LINE : indexed().kind();
    }

    GeometryList indexed() {
        return (GeometryList) geometries;
    }
}
