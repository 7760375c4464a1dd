package org.catchment.export;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.catchment.analysis.MapSpec;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.catchment.overlay.ClassMethod;
import org.catchment.overlay.Classifier;
import org.catchment.render.Palette;
import org.catchment.render.Style;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.api.feature.type.GeometryType;

/**
 * The classes of a style by field ({@code map.layers[].style}, docs/analysis-file.md#map): every
 * feature of a layer put in one class by the value of one field, each class with its colour and
 * legend text. Graduated classes come from {@link Classifier} (natural breaks, quantiles, deciles,
 * equal intervals) and are coloured along a ramp, light to dark; categories are the most frequent
 * values, one colour each, the rest "other values". Features without a value are "no value".
 * Both front ends draw from the same classes: the app's map and legend ({@link #styleOf}), and the
 * QGIS style of the GeoPackage layer ({@link QgisStyles}, one rule per class), so QGIS shows the
 * same choropleth.
 *
 * <p>Immutable. Natural breaks of more than {@value #NATURAL_BREAKS_SAMPLE} values are sought
 * among that many values evenly spaced in their order (the exact method grows with the square of
 * the number of values); the smallest and largest are always among them.
 */
public final class FieldClasses {

    /** The most values natural breaks are sought among. */
    public static final int NATURAL_BREAKS_SAMPLE = 3000;
    /** The colour of features without a value. */
    public static final Color NO_VALUE = new Color(0xd9d9d9);
    /** The colour of the values beyond the categories listed. */
    public static final Color OTHER = new Color(0x969696);
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /** The legend text of features without a value. */
    public static final String NO_VALUE_LABEL = "no value";
    /** The legend text of the values beyond the categories listed. */
    public static final String OTHER_LABEL = "other values";

    /**
     * One class, in legend order.
     *
     * @param label    the legend text: "0.25 – 0.5", a category's value, "other values", "no value"
     * @param colour   its colour
     * @param features how many features it holds
     * @param filter   the QGIS expression (also ECQL) selecting its features, or {@code ELSE}
     */
    public record Entry(String label, Color colour, int features, String filter) {
    }

    private final MapSpec.FieldStyleSpec spec;
    private final String field;
    private final List<Entry> entries;
    private final int[] classOf;

    private FieldClasses(MapSpec.FieldStyleSpec spec, String field, List<Entry> entries, int[] classOf) {
        this.spec = spec;
        this.field = field;
        this.entries = List.copyOf(entries);
        this.classOf = classOf;
    }

    /**
     * @param layer the layer, features in the order {@link #classOf(int)} counts them
     * @param spec  the style
     * @return the classes of the layer's features
     * @throws IllegalArgumentException naming the layer and the field when the field is missing,
     *     holds no value, or (for classes) holds text that is not a number
     */
    public static FieldClasses of(Layer layer, MapSpec.FieldStyleSpec spec) {
        String field = fieldOf(layer, spec.field());
        int index = layer.featureType().indexOf(field);
        boolean categories = spec.classes() == MapSpec.Classes.CATEGORIES;
        Object[] values = new Object[layer.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(layer.features().get(i).getAttribute(index), !categories);
        }
        if (Arrays.stream(values).allMatch(v -> v == null)) {
            throw new IllegalArgumentException(layer.name() + " has no value in its field " + field
                    + " to style by");
        }
        return categories ? categories(spec, field, values) : graduated(layer, spec, field, values);
    }

    /** @return the fields of a layer a style may use: every attribute but the geometry, in order */
    public static List<String> fields(Layer layer) {
        return layer.featureType().getAttributeDescriptors().stream()
                .filter(d -> !(d.getType() instanceof GeometryType)).map(AttributeDescriptor::getLocalName).toList();
    }

    /** @return the fields of a layer whose values are all numbers (or empty), the fields classes can use */
    public static List<String> numericFields(Layer layer) {
        List<String> out = new ArrayList<>();
        for (String f : fields(layer)) {
            int index = layer.featureType().indexOf(f);
            boolean any = false;
            boolean numbers = true;
            for (SimpleFeature feature : layer.features()) {
                Object v = value(feature.getAttribute(index), true);
                any |= v != null;
                numbers &= v == null || v instanceof Double;
            }
            if (any && numbers) {
                out.add(f);
            }
        }
        return out;
    }

    /** @return the style */
    public MapSpec.FieldStyleSpec spec() {
        return spec;
    }

    /** @return the field, as spelt in the layer */
    public String field() {
        return field;
    }

    /** @return the classes in legend order (graduated lowest first; then other values, then no value) */
    public List<Entry> entries() {
        return entries;
    }

    /** @return the index in {@link #entries()} of the class of the layer's feature at {@code featureIndex} */
    public int classOf(int featureIndex) {
        return classOf[featureIndex];
    }

    /**
     * @param entry the class's index
     * @param base  the layer's own style (outline, width, symbol, opacity are kept)
     * @param kind  the layer's geometry kind
     * @return the class's style: polygons filled, lines stroked, points filled in its colour
     */
    public Style styleOf(int entry, Style base, GeometryKind kind) {
        Color c = entries.get(entry).colour();
        return switch (kind) {
            case POLYGON -> base.toBuilder().fill(c).hatch(null, 0, base.hatchAngleDeg()).build();
            case LINE -> base.toBuilder().stroke(c).build();
            case POINT -> base.toBuilder().fill(c).build();
        };
    }

    private static FieldClasses graduated(Layer layer, MapSpec.FieldStyleSpec spec, String field, Object[] values) {
        double[] numbers = new double[values.length];
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Double d) {
                numbers[n++] = d;
            } else if (values[i] != null) {
                throw new IllegalArgumentException("The field " + field + " of " + layer.name() + " holds text ('"
                        + values[i] + "', feature " + (i + 1) + "): classes need numbers. Style it by categories.");
            }
        }
        double[] sorted = Arrays.copyOf(numbers, n);
        Arrays.sort(sorted);
        ClassMethod method = spec.classes().method();
        double[] breaks = Classifier.breaks(sample(sorted, method), method, spec.classCount());
        breaks[breaks.length - 1] = sorted[n - 1];
        breaks = held(breaks, sorted);
        List<Color> ramp = ramp(spec.colours(), breaks.length);
        String[] text = ClassLabels.bounds(sorted[0], breaks);
        int[] classOf = new int[values.length];
        int[] counts = new int[breaks.length + 1];
        for (int i = 0; i < values.length; i++) {
            classOf[i] = values[i] instanceof Double d ? Classifier.classOf(d, breaks) - 1 : breaks.length;
            counts[classOf[i]]++;
        }
        List<Entry> entries = new ArrayList<>();
        String f = Qml.field(field);
        for (int k = 0; k < breaks.length; k++) {
            String filter = breaks.length == 1 ? f + " IS NOT NULL"
                    : k == 0 ? f + " <= " + Qml.number(breaks[0])
                    : k == breaks.length - 1 ? f + " > " + Qml.number(breaks[k - 1])
                    : f + " > " + Qml.number(breaks[k - 1]) + " AND " + f + " <= " + Qml.number(breaks[k]);
            entries.add(new Entry(text[k] + " \u2013 " + text[k + 1], ramp.get(k), counts[k], filter));
        }
        if (counts[breaks.length] > 0) {
            entries.add(new Entry(NO_VALUE_LABEL, NO_VALUE, counts[breaks.length], f + " IS NULL"));
        }
        return new FieldClasses(spec, field, entries, classOf);
    }

    private static FieldClasses categories(MapSpec.FieldStyleSpec spec, String field, Object[] values) {
        Map<Object, Integer> frequency = new LinkedHashMap<>();
        for (Object v : values) {
            if (v != null) {
                frequency.merge(v, 1, Integer::sum);
            }
        }
        List<Object> kept = frequency.keySet().stream()
                .sorted(Comparator.comparing((Object v) -> -frequency.get(v)).thenComparing(FieldClasses::compare))
                .limit(spec.classCount()).sorted(FieldClasses::compare).toList();
        Map<Object, Integer> index = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        String f = Qml.field(field);
        for (Object v : kept) {
            index.put(v, entries.size());
            Color c = spec.colours() == null ? Palette.typeColour(entries.size())
                    : Color.decode(spec.colours().get(entries.size() % spec.colours().size()));
            String literal = v instanceof Double d ? Qml.number(d) : Qml.text((String) v);
            entries.add(new Entry(ClassLabels.category(v), c, frequency.get(v), f + " = " + literal));
        }
        int listed = entries.size();
        int[] classOf = new int[values.length];
        int others = 0;
        int none = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                none++;
                classOf[i] = -2;
            } else {
                Integer k = index.get(values[i]);
                classOf[i] = k != null ? k : -1;
                others += k == null ? 1 : 0;
            }
        }
        if (others > 0) {
            entries.add(new Entry(OTHER_LABEL, OTHER, others, "ELSE"));
        }
        if (none > 0) {
            entries.add(new Entry(NO_VALUE_LABEL, NO_VALUE, none, f + " IS NULL"));
        }
        for (int i = 0; i < classOf.length; i++) {
            classOf[i] = classOf[i] == -1 ? listed : classOf[i] == -2 ? entries.size() - 1 : classOf[i];
        }
        return new FieldClasses(spec, field, entries, classOf);
    }

    /**
     * @return the breaks of the classes that hold a value: quantiles of tied values repeat a bound
     *     or leave a class empty, which the next class then takes in (it holds the same features)
     */
    private static double[] held(double[] breaks, double[] sorted) {
        double[] out = new double[breaks.length];
        int n = 0;
        int next = 0;
        for (int k = 0; k < breaks.length; k++) {
            int start = next;
            while (next < sorted.length && sorted[next] <= breaks[k]) {
                next++;
            }
            if (next > start || n == 0) {
                out[n++] = breaks[k];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** @return the sorted values, or for natural breaks of many values that many evenly spaced ones */
    private static double[] sample(double[] sorted, ClassMethod method) {
        if (method != ClassMethod.NATURAL_BREAKS || sorted.length <= NATURAL_BREAKS_SAMPLE) {
            return sorted;
        }
        double[] s = new double[NATURAL_BREAKS_SAMPLE];
        for (int i = 0; i < s.length; i++) {
            s[i] = sorted[(int) Math.round((double) i * (sorted.length - 1) / (s.length - 1))];
        }
        return s;
    }

    /** @return n colours along the ramp's stops (default ColorBrewer YlGnBu of n classes), lowest class first */
    static List<Color> ramp(List<String> stops, int n) {
        if (stops == null) {
            List<Color> c = new ArrayList<>(Palette.bands(n));
            Collections.reverse(c);
            return c;
        }
        List<Color> colours = stops.stream().map(Color::decode).toList();
        List<Color> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double t = n == 1 ? colours.size() - 1 : (double) k * (colours.size() - 1) / (n - 1);
            int i = Math.min(colours.size() - 2, (int) Math.floor(t));
            out.add(mix(colours.get(i), colours.get(i + 1), t - i));
        }
        return out;
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }

    /**
     * @param raw        an attribute value
     * @param parseText  true to read text that is a number as the number (classes need numbers);
     *                   false keeps text as text (a category "01" is not 1)
     * @return the value a style reads: a number as a Double, text stripped, null for none (null,
     *     blank, NaN)
     */
    static Object value(Object raw, boolean parseText) {
        if (raw instanceof Number n) {
            double d = n.doubleValue();
            return Double.isNaN(d) ? null : d;
        }
        if (raw == null || raw.toString().isBlank()) {
            return null;
        }
        String s = raw.toString().strip();
        return parseText && NUMBER.matcher(s).matches() ? Double.parseDouble(s) : s;
    }

    private static int compare(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return Double.compare(x, y);
        }
        if (a instanceof Double != b instanceof Double) {
            return a instanceof Double ? -1 : 1;
        }
        return a.toString().compareTo(b.toString());
    }

    private static String fieldOf(Layer layer, String name) {
        List<String> fields = fields(layer);
        return fields.contains(name) ? name : fields.stream().filter(f -> f.equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(layer.name() + " has no field " + name
                        + "; its fields are " + String.join(", ", fields)));
    }

    @Override
    public String toString() {
        return field + " " + spec.classes().name().toLowerCase(Locale.ROOT) + " " + entries.stream().map(Entry::label)
                .toList();
    }
}
