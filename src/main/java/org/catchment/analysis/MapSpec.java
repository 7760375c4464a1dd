package org.catchment.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.catchment.overlay.ClassMethod;

/**
 * The map as the desktop app shows it, saved with the analysis ({@code map:} in the file,
 * docs/analysis-file.md#map): the extent shown, and the layers top of the layer panel first, each
 * with whether it is shown and, optionally, a style by one of its fields (a choropleth). The
 * command line uses the styles: a layer of the GeoPackage written by a run gets the style of the
 * layer named like it, so QGIS shows the same choropleth. A missing section leaves the app's
 * defaults.
 *
 * @param extent the area shown, {@code [min_x, min_y, max_x, max_y]} in the analysis's working CRS
 *               (metres), or null to show every layer
 * @param layers the layers, top first; layers not listed keep their place and visibility
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"extent", "layers"})
public record MapSpec(List<Double> extent, List<LayerSpec> layers) {

    public MapSpec {
        extent = extent == null ? null : Collections.unmodifiableList(new ArrayList<>(extent));
        layers = layers == null ? List.of() : List.copyOf(layers);
    }

    /** @return the entry of the layer of that name, or null */
    public LayerSpec layer(String name) {
        return layers.stream().filter(l -> l.name() != null && l.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * One layer of the map.
     *
     * @param name    the layer's name as the layer panel shows it ({@code Wards}, {@code Ward coverage},
     *                a facility type's label, an added file's name), or a GeoPackage table's name
     * @param visible whether it is drawn; null leaves the app's default
     * @param style   a style by field, or null for the layer's own single style
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "visible", "style"})
    public record LayerSpec(String name, Boolean visible, FieldStyleSpec style) {
    }

    /**
     * A style by the values of one field: graduated (numbers in classes, coloured along a ramp) or
     * categorized (one colour per value).
     *
     * @param field   the field whose values decide the colour
     * @param classes how the values are grouped (default {@code natural_breaks})
     * @param count   the number of classes (default 10 for deciles, 5 for other classes and 12 for
     *                categories, the most categories listed before the rest are "other values")
     * @param colours the colours as {@code #rrggbb}: for classes, the stops of the ramp from the
     *                lowest class to the highest (at least two); for categories, the colours given
     *                in turn; null for the defaults
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"field", "classes", "count", "colours"})
    public record FieldStyleSpec(String field, Classes classes, Integer count, List<String> colours) {

        public FieldStyleSpec {
            classes = classes == null ? Classes.NATURAL_BREAKS : classes;
            colours = colours == null ? null : List.copyOf(colours);
        }

        /** @return the number of classes or categories, the default when none is given */
        @JsonIgnore
        public int classCount() {
            return count != null ? count : classes.defaultCount();
        }
    }

    /** How the values of a field are grouped into the classes of a style. */
    public enum Classes {
        /** One class per value (text or numbers): a categorized style. */
        CATEGORIES(null),
        /** Jenks natural breaks. */
        NATURAL_BREAKS(ClassMethod.NATURAL_BREAKS),
        /** Classes with equal numbers of features. */
        QUANTILES(ClassMethod.QUANTILES),
        /** Ten classes with equal numbers of features. */
        DECILES(ClassMethod.DECILES),
        /** Classes of equal width. */
        EQUAL_INTERVALS(ClassMethod.EQUAL_INTERVALS);

        private final ClassMethod method;

        Classes(ClassMethod method) {
            this.method = method;
        }

        /** @return the classifier's method, or null for categories */
        public ClassMethod method() {
            return method;
        }

        /** @return the number of classes when none is given: 10 for deciles, 12 for categories, else 5 */
        public int defaultCount() {
            return this == DECILES ? 10 : this == CATEGORIES ? 12 : 5;
        }
    }
}
