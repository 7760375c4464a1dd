package org.catchment.ui.layers.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.catchment.analysis.MapSpec;
import org.catchment.analysis.MapSpec.Classes;
import org.catchment.analysis.SpecRules.Limit;
import org.catchment.export.FieldClasses;
import org.catchment.layer.Layer;

/**
 * The view model of the Style dialog's symbology: a single symbol (the {@link StyleForm}), or a
 * style by field, graduated (a numeric field in classes: natural breaks, quantiles, deciles, equal
 * intervals; a colour ramp) or categorized (one colour per value). Every accepted change gives a
 * new {@link MapSpec.FieldStyleSpec} (null for a single symbol) to the listeners, and the classes
 * it makes can be previewed. Values the analysis file would refuse are refused here with the
 * same words ({@link Limit#STYLE_CLASS_COUNT}).
 */
public final class FieldStyleForm {

    /** The symbology of a layer. */
    public enum Symbology {
        /** One style for every feature. */
        SINGLE("Single symbol"),
        /** Numbers in classes along a colour ramp. */
        GRADUATED("Graduated"),
        /** One colour per value. */
        CATEGORIZED("Categorized");

        private final String label;

        Symbology(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * A colour ramp the dialog offers.
     *
     * @param name    its name in the list
     * @param colours its stops, lowest class first, {@code #rrggbb}; null for the default (yellow to blue)
     */
    public record Ramp(String name, List<String> colours) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The ramps offered (ColorBrewer sequential and diverging ends), the default first. */
    public static final List<Ramp> RAMPS = List.of(
            new Ramp("Yellow to blue", null),
            new Ramp("Yellow to red", List.of("#ffffb2", "#fd8d3c", "#bd0026")),
            new Ramp("Greens", List.of("#edf8e9", "#74c476", "#006d2c")),
            new Ramp("Purples", List.of("#f2f0f7", "#9e9ac8", "#54278f")),
            new Ramp("Greys", List.of("#f7f7f7", "#969696", "#252525")),
            new Ramp("Red to blue", List.of("#ca0020", "#f7f7f7", "#0571b0")));

    private final Layer source;
    private final List<String> numericFields;
    private final List<String> allFields;
    private final List<Consumer<MapSpec.FieldStyleSpec>> listeners = new ArrayList<>();
    private Symbology symbology;
    private String field;
    private Classes classes = Classes.NATURAL_BREAKS;
    private Integer count;
    private Ramp ramp = RAMPS.get(0);

    /**
     * @param source  the layer's features
     * @param current its style by field now, or null for a single symbol
     */
    public FieldStyleForm(Layer source, MapSpec.FieldStyleSpec current) {
        this.source = Objects.requireNonNull(source, "source");
        numericFields = FieldClasses.numericFields(source);
        allFields = FieldClasses.fields(source);
        if (current == null) {
            symbology = Symbology.SINGLE;
            field = numericFields.isEmpty() ? null : numericFields.get(0);
        } else {
            symbology = current.classes() == Classes.CATEGORIES ? Symbology.CATEGORIZED : Symbology.GRADUATED;
            field = current.field();
            classes = current.classes() == Classes.CATEGORIES ? classes : current.classes();
            count = current.count();
            ramp = RAMPS.stream().filter(r -> Objects.equals(r.colours(), current.colours())).findFirst()
                    .orElse(current.colours() == null ? RAMPS.get(0) : new Ramp("Own colours", current.colours()));
        }
    }

    /** @param listener told the style by field (null: a single symbol) after every accepted change */
    public void onChange(Consumer<MapSpec.FieldStyleSpec> listener) {
        listeners.add(listener);
    }

    /** @return single, graduated or categorized */
    public Symbology symbology() {
        return symbology;
    }

    /** @return the fields the symbology can use: numbers for graduated, every field for categorized */
    public List<String> fields() {
        return symbology == Symbology.GRADUATED ? numericFields : symbology == Symbology.CATEGORIZED ? allFields
                : List.of();
    }

    /** @return the field chosen, or null */
    public String field() {
        return field;
    }

    /** @return the classification of a graduated style */
    public Classes classes() {
        return classes;
    }

    /** @return the number of classes (or of categories), as given or the default */
    public int count() {
        return count != null ? count : symbology == Symbology.CATEGORIZED ? Classes.CATEGORIES.defaultCount()
                : classes.defaultCount();
    }

    /** @return the colour ramp of a graduated style */
    public Ramp ramp() {
        return ramp;
    }

    /**
     * @param s the symbology; a field the new one cannot use is replaced by its first field, and the
     *          number of classes goes back to the new one's default
     * @throws IllegalArgumentException for graduated when the layer has no field of numbers
     */
    public void setSymbology(Symbology s) {
        Symbology before = symbology;
        symbology = Objects.requireNonNull(s, "symbology");
        if (s != Symbology.SINGLE && !fields().contains(field)) {
            if (fields().isEmpty()) {
                symbology = before;
                throw new IllegalArgumentException(source.name() + " has no field of numbers to put in classes");
            }
            field = fields().get(0);
        }
        if (s != before) {
            count = null;
        }
        changed();
    }

    /** @param name one of {@link #fields()} */
    public void setField(String name) {
        if (!fields().contains(name)) {
            throw new IllegalArgumentException(source.name() + " has no field " + name + " to style by here");
        }
        field = name;
        changed();
    }

    /** @param method how a graduated style's classes are made (not categories) */
    public void setClasses(Classes method) {
        if (method == Classes.CATEGORIES) {
            throw new IllegalArgumentException("categories are a symbology of their own");
        }
        classes = method;
        changed();
    }

    /** @param n the number of classes ({@link Limit#STYLE_CLASS_COUNT}) */
    public void setCount(int n) {
        Limit.STYLE_CLASS_COUNT.require(n);
        count = n;
        changed();
    }

    /** @param r the colour ramp of a graduated style */
    public void setRamp(Ramp r) {
        ramp = Objects.requireNonNull(r, "ramp");
        changed();
    }

    /** @return the style by field as chosen, or null for a single symbol */
    public MapSpec.FieldStyleSpec spec() {
        return switch (symbology) {
            case SINGLE -> null;
            case GRADUATED -> new MapSpec.FieldStyleSpec(field, classes, count, ramp.colours());
            case CATEGORIZED -> new MapSpec.FieldStyleSpec(field, Classes.CATEGORIES, count, null);
        };
    }

    /**
     * @return the classes the style makes of the layer, to preview, or null for a single symbol
     * @throws IllegalArgumentException naming what is wrong with the field's values
     */
    public FieldClasses preview() {
        MapSpec.FieldStyleSpec s = spec();
        return s == null ? null : FieldClasses.of(source, s);
    }

    private void changed() {
        MapSpec.FieldStyleSpec s = spec();
        listeners.forEach(l -> l.accept(s));
    }
}
