package org.catchment.export;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.catchment.render.Symbol;

/**
 * Writes QGIS style documents (QML, as QGIS 3.22 reads them): single-symbol, categorised and
 * rule-based renderers with simple fill, line and marker symbols. Only the text of the document;
 * which layer gets which style is {@link QgisStyles}'s.
 *
 * <p>QGIS 3.22 matches a category against a feature by the text of the value, as Qt writes it
 * (a real 10.0 is "10"), so categories are used only for text and whole-number fields; numbers
 * with a fraction are told apart by rules, whose filters compare numbers as numbers.
 */
final class Qml {

    /**
     * One rule of a rule-based renderer.
     *
     * @param label    the legend text
     * @param filter   a QGIS expression (written so GeoTools' ECQL reads it the same way), or null
     * @param symbol   the index of its symbol, or -1 for a rule that only groups its children
     * @param active   false to list the rule unticked in QGIS's legend (it then draws nothing)
     * @param children rules applied within this one
     */
    record Rule(String label, String filter, int symbol, boolean active, List<Rule> children) {
    }

    private Qml() {
    }

    /** @return a style drawing every feature with one symbol */
    static String single(String symbol) {
        return header() + "<renderer-v2 type=\"singleSymbol\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">\n"
                + "<symbols>\n" + symbol + "</symbols>\n</renderer-v2>\n" + footer();
    }

    /**
     * @param field      a text or whole-number field
     * @param categories from {@link #category}
     * @param symbols    the symbols the categories name, by index
     * @return a style drawing each value of {@code field} with its own symbol
     */
    static String categorized(String field, List<String> categories, List<String> symbols) {
        return header() + "<renderer-v2 type=\"categorizedSymbol\" attr=\"" + xml(field) + "\" symbollevels=\"0\""
                + " enableorderby=\"0\" forceraster=\"0\">\n<categories>\n" + String.join("", categories)
                + "</categories>\n<symbols>\n" + String.join("", symbols) + "</symbols>\n</renderer-v2>\n" + footer();
    }

    /** @return one category of {@link #categorized}: features whose value's text is {@code value} */
    static String category(String value, int symbol, String label) {
        return "<category value=\"" + xml(value) + "\" symbol=\"" + symbol + "\" label=\"" + xml(label)
                + "\" render=\"true\"/>\n";
    }

    /** @return a style drawing the features each rule selects with its symbol, rules in order */
    static String ruleBased(List<Rule> rules, List<String> symbols) {
        StringBuilder s = new StringBuilder(header());
        s.append("<renderer-v2 type=\"RuleRenderer\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">\n")
                .append("<rules key=\"root\">\n");
        int[] key = {0};
        rules.forEach(r -> rule(s, r, key));
        return s.append("</rules>\n<symbols>\n").append(String.join("", symbols))
                .append("</symbols>\n</renderer-v2>\n").append(footer()).toString();
    }

    private static void rule(StringBuilder s, Rule r, int[] key) {
        s.append("<rule key=\"r").append(++key[0]).append("\" label=\"").append(xml(r.label())).append('"');
        if (r.filter() != null) {
            s.append(" filter=\"").append(xml(r.filter())).append('"');
        }
        if (r.symbol() >= 0) {
            s.append(" symbol=\"").append(r.symbol()).append('"');
        }
        if (!r.active()) {
            s.append(" checkstate=\"0\"");
        }
        if (r.children().isEmpty()) {
            s.append("/>\n");
            return;
        }
        s.append(">\n");
        r.children().forEach(c -> rule(s, c, key));
        s.append("</rule>\n");
    }

    /**
     * @param name      the symbol's index
     * @param fill      the fill colour, or null for none
     * @param alpha     the symbol's opacity, 0 to 1
     * @param outline   the outline colour, or null for none
     * @param outlineMm the outline width, mm
     * @param style     the fill style: solid, b_diagonal (hatch)...
     * @return a simple fill symbol
     */
    static String fill(int name, Color fill, double alpha, Color outline, double outlineMm, String style) {
        return "<symbol type=\"fill\" name=\"" + name + "\" alpha=\"" + number(alpha) + "\" clip_to_extent=\"1\""
                + " force_rhr=\"0\">\n<layer class=\"SimpleFill\" enabled=\"1\" pass=\"0\" locked=\"0\">\n"
                + "<Option type=\"Map\">\n"
                + option("color", rgba(fill == null ? new Color(0, 0, 0, 0) : fill))
                + option("style", fill == null ? "no" : style)
                + option("outline_color", rgba(outline == null ? new Color(0, 0, 0, 0) : outline))
                + option("outline_style", outline == null ? "no" : "solid")
                + option("outline_width", number(outlineMm))
                + option("outline_width_unit", "MM")
                + "</Option>\n</layer>\n</symbol>\n";
    }

    /** @return a simple line symbol, {@code widthMm} wide, dashed or solid */
    static String line(int name, Color colour, double widthMm, boolean dashed) {
        return "<symbol type=\"line\" name=\"" + name + "\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n"
                + "<layer class=\"SimpleLine\" enabled=\"1\" pass=\"0\" locked=\"0\">\n<Option type=\"Map\">\n"
                + option("line_color", rgba(colour))
                + option("line_style", dashed ? "dash" : "solid")
                + option("line_width", number(widthMm))
                + option("line_width_unit", "MM")
                + option("capstyle", "round")
                + option("joinstyle", "round")
                + "</Option>\n</layer>\n</symbol>\n";
    }

    /** @return a simple marker symbol, {@code sizeMm} across, with a dark outline unless {@code outline} is false */
    static String marker(int name, Color colour, Symbol symbol, double sizeMm, boolean outline) {
        return "<symbol type=\"marker\" name=\"" + name + "\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n"
                + "<layer class=\"SimpleMarker\" enabled=\"1\" pass=\"0\" locked=\"0\">\n<Option type=\"Map\">\n"
                + option("name", shape(symbol))
                + option("color", rgba(colour))
                + option("outline_color", "35,35,35,255")
                + option("outline_style", outline ? "solid" : "no")
                + option("size", number(sizeMm))
                + option("size_unit", "MM")
                + "</Option>\n</layer>\n</symbol>\n";
    }

    /** @return {@code "field"} as a QGIS expression (and ECQL) names a field */
    static String field(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** @return a text literal of a QGIS expression (and ECQL) */
    static String text(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** @return a number as an expression writes it: 10, 7.5 */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%s", v);
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

    private static String header() {
        return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
                + "<qgis version=\"3.22.16\" styleCategories=\"Symbology\">\n";
    }

    private static String footer() {
        return "</qgis>\n";
    }

    private static String option(String name, String value) {
        return "<Option name=\"" + name + "\" type=\"QString\" value=\"" + xml(value) + "\"/>\n";
    }

    private static String rgba(Color c) {
        return c.getRed() + "," + c.getGreen() + "," + c.getBlue() + "," + c.getAlpha();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
