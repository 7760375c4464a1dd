package org.catchment.ui.layers.model;

import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.catchment.layer.GeometryKind;
import org.catchment.render.Style;
import org.catchment.render.Symbol;

/**
 * The view model of the Style dialog: edits a layer's {@link Style} field by field, offering what
 * suits the layer's geometry kind (polygons: fill or none, outline, outline width, opacity; lines:
 * colour, width, dashed or solid, opacity; points: symbol, size, fill, outline, outline width,
 * opacity). Other parts of the style (labels, hatch spacing) are kept as they are.
 *
 * <p>Setters refuse values out of range with an {@link IllegalArgumentException} whose message can
 * be shown beside the field, and leave the style unchanged. Listeners hear every accepted change, so
 * the map can follow while the dialog is open. A hatch drawn in the outline colour (the deserts)
 * follows the outline colour.
 */
public final class StyleForm {

    /** The fields a form can offer. */
    public enum Field { SYMBOL, SIZE, FILL, OUTLINE, WIDTH, DASHED, OPACITY }

    /** Widest outline or line, points. */
    public static final double MAX_WIDTH_PT = 20;
    /** Smallest point symbol, points. */
    public static final double MIN_SIZE_PT = 1;
    /** Largest point symbol, points. */
    public static final double MAX_SIZE_PT = 40;
    /** The dash of a line made dashed that had no dash of its own: 4 pt on, 3 pt off. */
    private static final double[] DEFAULT_DASH_PT = {4, 3};

    private final GeometryKind kind;
    private final Style original;
    private final double[] dashPt;
    private final List<Consumer<Style>> listeners = new ArrayList<>();
    private Style style;

    /**
     * @param kind     the layer's geometry kind
     * @param current  the style the layer has now (where editing starts)
     * @param original the style "Reset" returns to (null: {@code current})
     */
    public StyleForm(GeometryKind kind, Style current, Style original) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.style = Objects.requireNonNull(current, "current");
        this.original = original == null ? current : original;
        double[] own = current.dashPt() != null ? current.dashPt() : this.original.dashPt();
        this.dashPt = own != null ? own : DEFAULT_DASH_PT.clone();
    }

    /** @param listener called with the new style after every accepted change */
    public void onChange(Consumer<Style> listener) {
        listeners.add(listener);
    }

    /** @return the layer's geometry kind */
    public GeometryKind kind() {
        return kind;
    }

    /** @return the fields offered for this kind, in the order the dialog shows them */
    public Set<Field> fields() {
        return switch (kind) {
            case POLYGON -> EnumSet.of(Field.FILL, Field.OUTLINE, Field.WIDTH, Field.OPACITY);
            case LINE -> EnumSet.of(Field.OUTLINE, Field.WIDTH, Field.DASHED, Field.OPACITY);
            case POINT -> EnumSet.of(Field.FILL, Field.OUTLINE, Field.WIDTH, Field.SYMBOL, Field.SIZE, Field.OPACITY);
        };
    }

    /** @return the label of a field for this kind ("Outline" for polygons, "Colour" for lines...) */
    public String label(Field field) {
        return switch (field) {
            case FILL -> "Fill";
            case OUTLINE -> kind == GeometryKind.LINE ? "Colour" : "Outline";
            case WIDTH -> kind == GeometryKind.LINE ? "Width (pt)" : "Outline width (pt)";
            case DASHED -> "Dashed";
            case SYMBOL -> "Symbol";
            case SIZE -> "Size (pt)";
            case OPACITY -> "Opacity (%)";
        };
    }

    /** @return the style as edited so far */
    public Style style() {
        return style;
    }

    /** @return the fill colour, or null for none */
    public Color fill() {
        return style.fill();
    }

    /** @return the outline (or line) colour, or null for none */
    public Color outline() {
        return style.stroke();
    }

    /** @return the outline (or line) width, points */
    public double widthPt() {
        return style.strokeWidthPt();
    }

    /** @return true for a dashed line */
    public boolean dashed() {
        return style.dashPt() != null;
    }

    /** @return the point symbol */
    public Symbol symbol() {
        return style.symbol();
    }

    /** @return the point symbol's size, points */
    public double sizePt() {
        return style.symbolSizePt();
    }

    /** @return the opacity, 0 to 100 %, to a tenth of a percent */
    public double opacityPercent() {
        return Math.round(style.opacity() * 1000) / 10.0;
    }

    /** @param fill the fill colour, null for none (polygons and points) */
    public void setFill(Color fill) {
        offers(Field.FILL);
        update(style.toBuilder().fill(fill).build());
    }

    /** @param outline the outline or line colour; null for none (not for lines, which need a colour) */
    public void setOutline(Color outline) {
        offers(Field.OUTLINE);
        if (outline == null && kind == GeometryKind.LINE) {
            throw new IllegalArgumentException("A line needs a colour");
        }
        Style.Builder b = style.toBuilder().stroke(outline);
        if (style.hasHatch() && Objects.equals(style.hatchColour(), style.stroke()) && outline != null) {
            b.hatch(outline, style.hatchSpacingPt(), style.hatchAngleDeg());
        }
        update(b.build());
    }

    /** @param widthPt the outline or line width, 0 to {@value #MAX_WIDTH_PT} pt */
    public void setWidthPt(double widthPt) {
        offers(Field.WIDTH);
        update(style.toBuilder().strokeWidthPt(checked(widthPt, "Width", 0, MAX_WIDTH_PT, "pt")).build());
    }

    /** @param text the width as typed ("1.5", "1.5 pt") */
    public void setWidth(String text) {
        setWidthPt(parse(text, "Width", 0, MAX_WIDTH_PT, "pt"));
    }

    /** @param dashed true for a dashed line (the layer's own dash, else 4 pt on, 3 pt off), false for solid */
    public void setDashed(boolean dashed) {
        offers(Field.DASHED);
        update(style.toBuilder().dashPt(dashed ? dashPt : null).build());
    }

    /** @param symbol the point symbol */
    public void setSymbol(Symbol symbol) {
        offers(Field.SYMBOL);
        update(style.toBuilder().symbol(symbol).build());
    }

    /** @param sizePt the point symbol's size, {@value #MIN_SIZE_PT} to {@value #MAX_SIZE_PT} pt */
    public void setSizePt(double sizePt) {
        offers(Field.SIZE);
        update(style.toBuilder().symbolSizePt(checked(sizePt, "Size", MIN_SIZE_PT, MAX_SIZE_PT, "pt")).build());
    }

    /** @param text the size as typed ("8", "8 pt") */
    public void setSize(String text) {
        setSizePt(parse(text, "Size", MIN_SIZE_PT, MAX_SIZE_PT, "pt"));
    }

    /** @param percent the opacity, 0 (invisible) to 100 % (opaque) */
    public void setOpacityPercent(double percent) {
        offers(Field.OPACITY);
        update(style.withOpacity(checked(percent, "Opacity", 0, 100, "%") / 100));
    }

    /** @param text the opacity as typed ("40", "40 %") */
    public void setOpacity(String text) {
        setOpacityPercent(parse(text, "Opacity", 0, 100, "%"));
    }

    /** Goes back to the layer's original style. */
    public void reset() {
        update(original);
    }

    /** @return a number as the form shows it: no trailing ".0", at most two decimals */
    public static String format(double value) {
        String s = String.format(Locale.UK, "%.2f", value);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** @return a symbol's name as the dialog lists it ("Circle") */
    public static String name(Symbol symbol) {
        String s = symbol.name().toLowerCase(Locale.UK);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void update(Style next) {
        if (!next.equals(style)) {
            style = next;
            listeners.forEach(l -> l.accept(next));
        }
    }

    private void offers(Field field) {
        if (!fields().contains(field)) {
            throw new IllegalArgumentException(kind.plural() + " have no " + field.name().toLowerCase(Locale.UK));
        }
    }

    private static double parse(String text, String what, double min, double max, String unit) {
        String t = text == null ? "" : text.trim();
        if (t.endsWith(unit)) {
            t = t.substring(0, t.length() - unit.length()).trim();
        }
        try {
            return checked(Double.parseDouble(t), what, min, max, unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(rangeMessage(what, min, max, unit), e);
        }
    }

    private static double checked(double value, String what, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(rangeMessage(what, min, max, unit));
        }
        return value;
    }

    private static String rangeMessage(String what, double min, double max, String unit) {
        return what + " must be a number from " + format(min) + " to " + format(max) + " " + unit;
    }
}
