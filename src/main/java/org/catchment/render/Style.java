package org.catchment.render;

import java.awt.Color;
import java.util.Arrays;
import java.util.Objects;

/**
 * How a layer (or a legend entry) is drawn: fill, outline, dash, point symbol, hatch, opacity and
 * label size. Immutable; build one with {@link #builder()} or a factory such as
 * {@link #polygon(Color, Color, double)} and adjust it with the {@code with...} methods.
 *
 * <p>All sizes are in points (1/72 inch) and scaled by the output's dpi when drawn. A null colour
 * means "not drawn" (a polygon with a null fill is outline only). Opacity applies to the whole
 * layer, so a translucent fill and its outline fade together.
 */
public final class Style {

    /** Default label size, points. */
    public static final double DEFAULT_LABEL_PT = 9;

    private final Color fill;
    private final Color stroke;
    private final double strokeWidthPt;
    private final double[] dashPt;
    private final Symbol symbol;
    private final double symbolSizePt;
    private final Color hatchColour;
    private final double hatchSpacingPt;
    private final double hatchAngleDeg;
    private final double opacity;
    private final double labelFontPt;

    private Style(Builder b) {
        if (b.strokeWidthPt < 0 || b.symbolSizePt < 0 || b.hatchSpacingPt < 0 || b.labelFontPt < 0) {
            throw new IllegalArgumentException("style sizes must not be negative");
        }
        if (!(b.opacity >= 0 && b.opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be between 0 and 1, was " + b.opacity);
        }
        if (b.dashPt != null && (b.dashPt.length == 0 || Arrays.stream(b.dashPt).anyMatch(d -> !(d > 0)))) {
            throw new IllegalArgumentException("a dash pattern needs positive lengths");
        }
        fill = b.fill;
        stroke = b.stroke;
        strokeWidthPt = b.strokeWidthPt;
        dashPt = b.dashPt == null ? null : b.dashPt.clone();
        symbol = b.symbol;
        symbolSizePt = b.symbolSizePt;
        hatchColour = b.hatchColour;
        hatchSpacingPt = b.hatchSpacingPt;
        hatchAngleDeg = b.hatchAngleDeg;
        opacity = b.opacity;
        labelFontPt = b.labelFontPt;
    }

    /** @return a builder with no fill, a black 1 pt outline, a 6 pt circle symbol and opacity 1 */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this style's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.fill = fill;
        b.stroke = stroke;
        b.strokeWidthPt = strokeWidthPt;
        b.dashPt = dashPt;
        b.symbol = symbol;
        b.symbolSizePt = symbolSizePt;
        b.hatchColour = hatchColour;
        b.hatchSpacingPt = hatchSpacingPt;
        b.hatchAngleDeg = hatchAngleDeg;
        b.opacity = opacity;
        b.labelFontPt = labelFontPt;
        return b;
    }

    /** A filled polygon with an outline (either colour may be null). */
    public static Style polygon(Color fill, Color stroke, double strokePt) {
        return builder().fill(fill).stroke(stroke).strokeWidthPt(strokePt).build();
    }

    /** A line of one colour and width. */
    public static Style line(Color stroke, double widthPt) {
        return builder().stroke(stroke).strokeWidthPt(widthPt).build();
    }

    /** A point symbol filled with a colour, with a thin black outline so it shows on any fill. */
    public static Style point(Symbol symbol, Color fill, double sizePt) {
        return builder().symbol(symbol).symbolSizePt(sizePt).fill(fill).stroke(Color.BLACK).strokeWidthPt(0.6).build();
    }

    /** An unfilled polygon hatched at 45 degrees with lines {@code spacingPt} apart, outlined in the same colour. */
    public static Style hatched(Color stroke, double spacingPt) {
        return builder().stroke(stroke).strokeWidthPt(1).hatch(stroke, spacingPt, 45).build();
    }

    /** @return this style with another opacity, 0 (invisible) to 1 (opaque) */
    public Style withOpacity(double opacity) {
        return toBuilder().opacity(opacity).build();
    }

    /** @return this style with a dash pattern (on, off, ... lengths in points; null for solid) */
    public Style withDash(double... dashPt) {
        return toBuilder().dashPt(dashPt).build();
    }

    /** @return this style with labels of the given size in points */
    public Style withLabels(double fontPt) {
        return toBuilder().labelFontPt(fontPt).build();
    }

    /** @return this style with another fill (null: none) */
    public Style withFill(Color fill) {
        return toBuilder().fill(fill).build();
    }

    /** @return this style with another outline (null: none) */
    public Style withStroke(Color stroke, double widthPt) {
        return toBuilder().stroke(stroke).strokeWidthPt(widthPt).build();
    }

    /** @return this style with a hatch (colour null: none) */
    public Style withHatch(Color colour, double spacingPt, double angleDeg) {
        return toBuilder().hatch(colour, spacingPt, angleDeg).build();
    }

    /** @return fill colour, or null for none */
    public Color fill() {
        return fill;
    }

    /** @return outline or line colour, or null for none */
    public Color stroke() {
        return stroke;
    }

    /** @return outline or line width, points */
    public double strokeWidthPt() {
        return strokeWidthPt;
    }

    /** @return a copy of the dash pattern in points, or null for a solid line */
    public double[] dashPt() {
        return dashPt == null ? null : dashPt.clone();
    }

    /** @return the point symbol */
    public Symbol symbol() {
        return symbol;
    }

    /** @return the point symbol's width, points */
    public double symbolSizePt() {
        return symbolSizePt;
    }

    /** @return hatch colour, or null for no hatch */
    public Color hatchColour() {
        return hatchColour;
    }

    /** @return distance between hatch lines, points */
    public double hatchSpacingPt() {
        return hatchSpacingPt;
    }

    /** @return hatch direction, degrees anticlockwise from east */
    public double hatchAngleDeg() {
        return hatchAngleDeg;
    }

    /** @return 0 (invisible) to 1 (opaque) */
    public double opacity() {
        return opacity;
    }

    /** @return label size in points; 0 means {@link #DEFAULT_LABEL_PT} */
    public double labelFontPt() {
        return labelFontPt;
    }

    /** @return true if this style hatches polygons */
    public boolean hasHatch() {
        return hatchColour != null && hatchSpacingPt > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Style s && Objects.equals(fill, s.fill) && Objects.equals(stroke, s.stroke)
                && strokeWidthPt == s.strokeWidthPt && Arrays.equals(dashPt, s.dashPt) && symbol == s.symbol
                && symbolSizePt == s.symbolSizePt && Objects.equals(hatchColour, s.hatchColour)
                && hatchSpacingPt == s.hatchSpacingPt && hatchAngleDeg == s.hatchAngleDeg
                && opacity == s.opacity && labelFontPt == s.labelFontPt;
    }

    @Override
    public int hashCode() {
        return Objects.hash(fill, stroke, strokeWidthPt, Arrays.hashCode(dashPt), symbol, symbolSizePt,
                hatchColour, hatchSpacingPt, hatchAngleDeg, opacity, labelFontPt);
    }

    /** Collects a style's values; every setter returns the builder. */
    public static final class Builder {
        private Color fill;
        private Color stroke = Color.BLACK;
        private double strokeWidthPt = 1;
        private double[] dashPt;
        private Symbol symbol = Symbol.CIRCLE;
        private double symbolSizePt = 6;
        private Color hatchColour;
        private double hatchSpacingPt;
        private double hatchAngleDeg = 45;
        private double opacity = 1;
        private double labelFontPt;

        private Builder() {
        }

        /** @param fill fill colour, null for none */
        public Builder fill(Color fill) {
            this.fill = fill;
            return this;
        }

        /** @param stroke outline or line colour, null for none */
        public Builder stroke(Color stroke) {
            this.stroke = stroke;
            return this;
        }

        /** @param widthPt outline or line width, points */
        public Builder strokeWidthPt(double widthPt) {
            this.strokeWidthPt = widthPt;
            return this;
        }

        /** @param dashPt on, off, ... lengths in points; null for a solid line */
        public Builder dashPt(double... dashPt) {
            this.dashPt = dashPt == null ? null : dashPt.clone();
            return this;
        }

        /** @param symbol the point symbol */
        public Builder symbol(Symbol symbol) {
            this.symbol = Objects.requireNonNull(symbol, "symbol");
            return this;
        }

        /** @param sizePt the point symbol's width, points */
        public Builder symbolSizePt(double sizePt) {
            this.symbolSizePt = sizePt;
            return this;
        }

        /**
         * @param colour    hatch line colour, null for no hatch
         * @param spacingPt distance between hatch lines, points
         * @param angleDeg  direction, degrees anticlockwise from east
         */
        public Builder hatch(Color colour, double spacingPt, double angleDeg) {
            this.hatchColour = colour;
            this.hatchSpacingPt = spacingPt;
            this.hatchAngleDeg = angleDeg;
            return this;
        }

        /** @param opacity 0 (invisible) to 1 (opaque) */
        public Builder opacity(double opacity) {
            this.opacity = opacity;
            return this;
        }

        /** @param fontPt label size in points (0: the default 9 pt) */
        public Builder labelFontPt(double fontPt) {
            this.labelFontPt = fontPt;
            return this;
        }

        /** @return the style */
        public Style build() {
            return new Style(this);
        }
    }
}
