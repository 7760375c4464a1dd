package org.catchment.export;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.catchment.analysis.AnalysisResult;
import org.catchment.render.Palette;
import org.catchment.render.Symbol;

/**
 * QGIS styles (QML) for the GeoPackage's result layers, stored in its {@code layer_styles} table so
 * the file opens in QGIS styled as on the PNG maps: service areas coloured by band, deserts
 * hatched, facilities by type with the maps' symbols, the study area outlined.
 */
final class QgisStyles {

    private QgisStyles() {
    }

    /** @return QML by table name */
    static Map<String, String> of(AnalysisResult result) {
        Map<String, String> styles = new LinkedHashMap<>();
        TreeSet<Double> bands = new TreeSet<>();
        result.types().forEach(t -> bands.addAll(t.spec().bandsMin()));
        List<Color> colours = Palette.bands(bands.size());
        List<String> categories = new ArrayList<>();
        List<String> symbols = new ArrayList<>();
        int k = 0;
        for (double b : bands) {
            categories.add(category(Double.toString(b), k, "up to " + ResultLayers.band(b) + " min"));
            symbols.add(fill(k, colours.get(k), colours.get(k).darker(), "solid", 0.2));
            k++;
        }
        styles.put("service_areas", categorized("band_min", categories, symbols));
        styles.put("deserts", single(fill(0, Palette.DESERT, Palette.DESERT, "b_diagonal", 0.6)));
        styles.put("study_area", single(fill(0, null, Palette.STUDY_AREA, "no", 0.6)));
        styles.put("ward_coverage", single(fill(0, null, Palette.BOUNDARY, "no", 0.4)));
        List<String> typeCategories = new ArrayList<>();
        List<String> typeSymbols = new ArrayList<>();
        for (int i = 0; i < result.types().size(); i++) {
            var spec = result.types().get(i).spec();
            typeCategories.add(category(spec.type(), i, spec.label()));
            typeSymbols.add(marker(i, Palette.typeColour(i), Palette.typeSymbol(i)));
        }
        styles.put("facilities", categorized("type", typeCategories, typeSymbols));
        return styles;
    }

    private static String categorized(String field, List<String> categories, List<String> symbols) {
        return header() + "<renderer-v2 type=\"categorizedSymbol\" attr=\"" + field + "\" symbollevels=\"0\""
                + " enableorderby=\"0\" forceraster=\"0\">\n<categories>\n" + String.join("", categories)
                + "</categories>\n<symbols>\n" + String.join("", symbols) + "</symbols>\n</renderer-v2>\n</qgis>\n";
    }

    private static String single(String symbol) {
        return header() + "<renderer-v2 type=\"singleSymbol\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">\n"
                + "<symbols>\n" + symbol + "</symbols>\n</renderer-v2>\n</qgis>\n";
    }

    private static String header() {
        return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
                + "<qgis version=\"3.28.0\" styleCategories=\"Symbology\">\n";
    }

    private static String category(String value, int symbol, String label) {
        return "<category value=\"" + value + "\" symbol=\"" + symbol + "\" label=\"" + xml(label)
                + "\" render=\"true\"/>\n";
    }

    private static String fill(int name, Color fill, Color outline, String style, double outlineMm) {
        return "<symbol type=\"fill\" name=\"" + name + "\" alpha=\"" + (fill == null ? 1 : 0.7) + "\" clip_to_extent=\"1\""
                + " force_rhr=\"0\">\n<layer class=\"SimpleFill\" enabled=\"1\" pass=\"0\" locked=\"0\">\n"
                + "<Option type=\"Map\">\n"
                + option("color", rgba(fill == null ? new Color(0, 0, 0, 0) : fill))
                + option("style", fill == null ? "no" : style)
                + option("outline_color", rgba(outline))
                + option("outline_style", "solid")
                + option("outline_width", String.format(Locale.ROOT, "%.2f", outlineMm))
                + option("outline_width_unit", "MM")
                + "</Option>\n</layer>\n</symbol>\n";
    }

    private static String marker(int name, Color colour, Symbol symbol) {
        return "<symbol type=\"marker\" name=\"" + name + "\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n"
                + "<layer class=\"SimpleMarker\" enabled=\"1\" pass=\"0\" locked=\"0\">\n<Option type=\"Map\">\n"
                + option("name", shape(symbol))
                + option("color", rgba(colour))
                + option("outline_color", "35,35,35,255")
                + option("size", "3")
                + option("size_unit", "MM")
                + "</Option>\n</layer>\n</symbol>\n";
    }

    private static String shape(Symbol s) {
        return switch (s) {
            case CIRCLE -> "circle";
            case SQUARE -> "square";
            case TRIANGLE -> "triangle";
            case DIAMOND -> "diamond";
            case STAR -> "star";
            case CROSS -> "cross_fill";
            case HEXAGON -> "hexagon";
        };
    }

    private static String option(String name, String value) {
        return "<Option name=\"" + name + "\" type=\"QString\" value=\"" + xml(value) + "\"/>\n";
    }

    private static String rgba(Color c) {
        return c.getRed() + "," + c.getGreen() + "," + c.getBlue() + "," + c.getAlpha();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
