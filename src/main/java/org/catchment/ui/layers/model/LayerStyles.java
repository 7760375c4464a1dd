package org.catchment.ui.layers.model;

import java.awt.Color;
import org.catchment.layer.GeometryKind;
import org.catchment.render.Palette;
import org.catchment.render.Style;

/**
 * The styles the app gives layers, from the render {@link Palette} so the screen matches the
 * exported maps: study-area wards as outlines, each facility type in its own colour and symbol,
 * service areas in the band colours, deserts hatched (roads, motorways, footpaths and backdrop
 * lines are styled by {@code export.BaseLayers}, as on the exported maps).
 */
public final class LayerStyles {

    /** Opacity of service-area fills, so the streets show through. */
    public static final double SERVICE_AREA_OPACITY = 0.45;

    private LayerStyles() {
    }

    /** @return study-area zones: a dark outline without fill (so the streets show), labelled */
    public static Style wards() {
        return Style.polygon(null, Palette.BOUNDARY, 1.2).withLabels(9);
    }

    /** @return zones of an indicator or the wards' coverage: a light fill under a thin outline, to be styled by a field */
    public static Style zones() {
        return Style.polygon(new Color(0xf0f0f0), Palette.BOUNDARY, 0.5).withOpacity(0.85);
    }

    /** @return facilities of type {@code index}: its symbol for points, a translucent fill in its colour for polygons */
    public static Style facility(int index, GeometryKind kind) {
        if (kind == GeometryKind.POLYGON) {
            Color c = Palette.typeColour(index);
            return Style.polygon(c, c.darker(), 0.8).withOpacity(0.7);
        }
        return Palette.typeStyle(index);
    }

    /**
     * @param band  the band's index, nearest first
     * @param bands the number of bands of the type
     * @return a service-area fill in the band's colour, translucent
     */
    public static Style serviceArea(int band, int bands) {
        Color c = Palette.bands(bands).get(band);
        return Style.polygon(c, c.darker(), 0.5).withOpacity(SERVICE_AREA_OPACITY);
    }

    /**
     * @param served the number of types serving a place, 0 to {@code types}
     * @param types  the number of facility types
     * @return a sequential yellow-green-blue ramp (ColorBrewer YlGnBu ends): pale where few types
     *     serve, dark blue where all do
     */
    public static Style servedCount(int served, int types) {
        Color low = new Color(0xffffcc);
        Color high = new Color(0x253494);
        double t = types == 0 ? 1 : (double) served / types;
        Color c = new Color((int) Math.round(low.getRed() + t * (high.getRed() - low.getRed())),
                (int) Math.round(low.getGreen() + t * (high.getGreen() - low.getGreen())),
                (int) Math.round(low.getBlue() + t * (high.getBlue() - low.getBlue())));
        return Style.polygon(c, null, 0).withOpacity(0.7);
    }

    /** @return deserts: the magenta hatch */
    public static Style deserts() {
        return Palette.desert();
    }

    /** @return the highlight of a selected feature: a thick yellow-on-black outline */
    public static Style highlight() {
        return Style.polygon(null, new Color(0xffd400), 3.5);
    }

    /** @return a layer the user added, by geometry kind; {@code index} varies the colour */
    public static Style added(GeometryKind kind, int index) {
        Color c = Palette.typeColour(index + 3);
        if (kind == GeometryKind.POINT) {
            return Style.point(Palette.typeSymbol(index), c, 7);
        }
        if (kind == GeometryKind.LINE) {
            return Style.line(c, 1.2);
        }
        return Style.polygon(new Color(c.getRed(), c.getGreen(), c.getBlue()), c.darker(), 1).withOpacity(0.5);
    }
}
