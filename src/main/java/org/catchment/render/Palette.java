package org.catchment.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Colour-blind-safe colours and symbols for Catchment maps.
 *
 * <ul>
 *   <li>Time bands: ColorBrewer YlGnBu (Cynthia Brewer, colorbrewer2.org; marked colour-blind safe,
 *       print friendly), the n-class scheme for n bands, reversed so the nearest band is darkest.</li>
 *   <li>Facility types: the Okabe-Ito palette (Okabe and Ito 2008, "Color Universal Design"),
 *       reordered so the first types avoid the blues of the bands, each type also with its own
 *       {@link Symbol}, so types stay apart in grey-scale print too.</li>
 *   <li>Deserts: ColorBrewer PiYG dark magenta, a hue no band or type colour comes near.</li>
 *   <li>Backdrop: ColorBrewer Greys for roads, footpaths, railways and boundaries; motorways (closed to
 *       walkers) in BrBG dark brown.</li>
 * </ul>
 */
public final class Palette {

    /** Desert hatch: ColorBrewer PiYG dark magenta #c51b7d. */
    public static final Color DESERT = new Color(0xc51b7d);
    /** Study-area outline: near black #252525 (Greys 9). */
    public static final Color STUDY_AREA = new Color(0x252525);
    /** Ward and other boundaries: #636363 (Greys 7). */
    public static final Color BOUNDARY = new Color(0x636363);
    /** Roads backdrop: light grey #bdbdbd (Greys 5). */
    public static final Color ROADS = new Color(0xbdbdbd);
    /** Footpaths backdrop: light grey #bdbdbd (Greys 5), drawn thinner and dashed. */
    public static final Color FOOTPATHS = new Color(0xbdbdbd);
    /** Railways: dark grey #525252 (Greys 8), drawn dashed. */
    public static final Color RAILWAY = new Color(0x525252);
    /** Links closed to walkers (motorways): ColorBrewer BrBG dark brown #8c510a, apart from the band blues and the desert magenta. */
    public static final Color MOTORWAY = new Color(0x8c510a);

    /** ColorBrewer YlGnBu, classes 3 to 9, light to dark. */
    private static final int[][] YL_GN_BU = {
        {0xedf8b1, 0x7fcdbb, 0x2c7fb8},
        {0xffffcc, 0xa1dab4, 0x41b6c4, 0x225ea8},
        {0xffffcc, 0xa1dab4, 0x41b6c4, 0x2c7fb8, 0x253494},
        {0xffffcc, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x2c7fb8, 0x253494},
        {0xffffcc, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x0c2c84},
        {0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x0c2c84},
        {0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x253494, 0x081d58},
    };

    /** Okabe-Ito: orange, vermillion, bluish green, reddish purple, sky blue, blue, yellow, black. */
    private static final int[] OKABE_ITO = {
        0xe69f00, 0xd55e00, 0x009e73, 0xcc79a7, 0x56b4e9, 0x0072b2, 0xf0e442, 0x000000,
    };

    private static final Symbol[] TYPE_SYMBOLS = {
        Symbol.CIRCLE, Symbol.SQUARE, Symbol.TRIANGLE, Symbol.DIAMOND, Symbol.STAR, Symbol.HEXAGON, Symbol.CROSS,
    };

    private Palette() {
    }

    /**
     * @param n number of time bands, at least 1
     * @return n colours, nearest (shortest) band first and darkest. One and two bands take the
     *     darker colours of the 3-class scheme (its lightest is too pale as a fill); more than nine
     *     interpolate the 9-class scheme.
     */
    public static List<Color> bands(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("at least one band is needed, was " + n);
        }
        List<Color> lightToDark = new ArrayList<>();
        if (n <= 2) {
            int[] three = YL_GN_BU[0];
            for (int i = 3 - n; i < 3; i++) {
                lightToDark.add(new Color(three[i]));
            }
        } else if (n <= 9) {
            for (int rgb : YL_GN_BU[n - 3]) {
                lightToDark.add(new Color(rgb));
            }
        } else {
            int[] nine = YL_GN_BU[6];
            for (int i = 0; i < n; i++) {
                double t = i * 8.0 / (n - 1);
                int k = Math.min(7, (int) t);
                lightToDark.add(mix(new Color(nine[k]), new Color(nine[k + 1]), t - k));
            }
        }
        List<Color> nearestFirst = new ArrayList<>(lightToDark);
        Collections.reverse(nearestFirst);
        return List.copyOf(nearestFirst);
    }

    /** @return the Okabe-Ito colour of a facility type (cycles after eight types) */
    public static Color typeColour(int typeIndex) {
        return new Color(OKABE_ITO[Math.floorMod(typeIndex, OKABE_ITO.length)]);
    }

    /** @return the symbol of a facility type (cycles after seven types) */
    public static Symbol typeSymbol(int typeIndex) {
        return TYPE_SYMBOLS[Math.floorMod(typeIndex, TYPE_SYMBOLS.length)];
    }

    /** @return the standard style of a facility type's points: its colour and symbol, 8 pt */
    public static Style typeStyle(int typeIndex) {
        return Style.point(typeSymbol(typeIndex), typeColour(typeIndex), 8);
    }

    /** @return roads backdrop: light grey, 0.6 pt */
    public static Style roads() {
        return Style.line(ROADS, 0.6);
    }

    /** @return footpaths backdrop: light grey, 0.4 pt, dashed 2 on 1.5 off */
    public static Style footpaths() {
        return Style.line(FOOTPATHS, 0.4).withDash(2, 1.5);
    }

    /** @return railways: dark grey 1.2 pt, dashed 6 on 3 off */
    public static Style railway() {
        return Style.line(RAILWAY, 1.2).withDash(6, 3);
    }

    /** @return motorways and other links closed to walkers: dark brown 2.2 pt, a barrier that stands out from the grey streets */
    public static Style motorway() {
        return Style.line(MOTORWAY, 2.2);
    }

    /** @return deserts: magenta hatch 4 pt apart with a 1 pt outline */
    public static Style desert() {
        return Style.hatched(DESERT, 4);
    }

    /** @return the study area: near-black 1.5 pt outline, no fill */
    public static Style studyArea() {
        return Style.polygon(null, STUDY_AREA, 1.5);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }
}
