package org.catchment.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions;
import org.catchment.io.geopackage.GeoPackageReader;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.filter.Filter;
import org.geotools.filter.FilterAttributeExtractor;
import org.geotools.filter.text.ecql.ECQL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The QGIS styles stored in the GeoPackage of the {@link StraightRoad} analysis (two types, bands 5
 * and 10, one polygon per facility too), checked as QGIS 3.22 applies them (issue 16, defect 8:
 * the service areas' categories "5.0" and "10.0" matched no feature, since QGIS compares a
 * category with the text Qt makes of the value, "5"; and served_count, reachable_network and
 * node_times had no style at all):
 * <ul>
 *   <li>every feature table has a default style;</li>
 *   <li>a categorised style uses a text or whole-number field, and each category is the text of a
 *       value the layer holds;</li>
 *   <li>a rule-based style's filters name the layer's fields and compare each with a value of its
 *       kind, each type's rule selects features and every feature is selected by a rule with a
 *       symbol (evaluated by GeoTools, which reads these filters as QGIS does), and only the first
 *       type's rule is ticked.</li>
 * </ul>
 * With QGIS's Python bindings installed (Debian {@code python3-qgis}), QGIS itself opens the file
 * headless and each layer must draw; without them that test is skipped.
 */
class QgisStylesTest {

    /** A comparison of a field with a literal in a rule's filter: "band_min" = 5, "type" = 'gp'. */
    private static final Pattern COMPARISON = Pattern.compile("\"([^\"]+)\" (?:=|<>|<=|>=|<|>) ('(?:[^']|'')*'|-?[0-9.]+)");

    @TempDir
    static Path dir;
    static Path gpkg;
    static Map<String, String> styles;

    @BeforeAll
    static void writeTheGeoPackage() throws Exception {
        try (AnalysisResult result = AnalysisRunner.run(AnalysisFiles.read(StraightRoad.write(dir,
                "  per_facility: true\n")))) {
            Outputs.write(result, true, (stage, fraction, message) -> { }, () -> false);
            gpkg = result.analysis().outputDir().resolve(Outputs.GEOPACKAGE);
        }
        styles = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT f_table_name, styleQML FROM layer_styles WHERE useAsDefault")) {
            while (rs.next()) {
                styles.put(rs.getString(1), rs.getString(2));
            }
        }
    }

    @Test
    void everyLayerHasAStyleThatMatchesTheValuesItHolds() throws Exception {
        List<String> tables = GeoPackageReader.featureTables(gpkg);
        assertThat(tables).contains("service_areas", "facility_service_areas", "reachable_network", "node_times",
                "served_count", "access_points", "input_gp", "input_libraries");
        assertThat(styles.keySet()).containsExactlyInAnyOrderElementsOf(tables);
        for (String table : tables) {
            Layer layer = LayerReader.read(gpkg, ReadOptions.defaults().withTable(table));
            Element renderer = (Element) parse(styles.get(table)).getElementsByTagName("renderer-v2").item(0);
            switch (renderer.getAttribute("type")) {
                case "categorizedSymbol" -> checkCategories(table, layer, renderer);
                case "RuleRenderer" -> checkRules(table, layer, renderer);
                default -> assertThat(renderer.getAttribute("type")).as(table).isEqualTo("singleSymbol");
            }
        }
    }

    @Test
    void serviceAreasAreStyledByTypeAndBandWithTheFirstTypeShown() throws Exception {
        Element root = (Element) parse(styles.get("service_areas")).getElementsByTagName("rules").item(0);
        List<Element> types = children(root, "rule");
        assertThat(types).extracting(t -> t.getAttribute("label")).containsExactly("GP surgeries", "Libraries");
        assertThat(types).extracting(t -> t.getAttribute("filter")).containsExactly("\"type\" = 'gp'",
                "\"type\" = 'libraries'");
        assertThat(types).extracting(t -> t.getAttribute("checkstate")).containsExactly("", "0");
        assertThat(children(types.get(0), "rule")).extracting(b -> b.getAttribute("label") + ": "
                + b.getAttribute("filter")).containsExactly("0–5 min walk: \"band_min\" = 5",
                "5–10 min walk: \"band_min\" = 10");
    }

    @Test
    void qgisDrawsEveryLayerWithItsStoredStyle() throws Exception {
        assumeTrue(QgisPython.available(), "QGIS's Python bindings (Debian python3-qgis) are not installed");
        QgisPython.Result r = QgisPython.script("render_gpkg.py", gpkg.toString());
        assertThat(r.exitCode()).as(r.output()).isZero();
        Map<String, int[]> drawn = new LinkedHashMap<>();
        for (String line : r.output().lines().toList()) {
            String[] p = line.split(" ");
            if (p.length == 4 && p[2].matches("\\d+") && p[3].matches("\\d+")) {
                drawn.put(p[0], new int[] {Integer.parseInt(p[2]), Integer.parseInt(p[3])});
            }
        }
        assertThat(drawn.keySet()).as(r.output()).containsAll(styles.keySet());
        drawn.forEach((table, n) -> assertThat(n[0] == 0 || n[1] > 0).as(table + " draws some of its " + n[0]
                + " features").isTrue());
        Layer areas = LayerReader.read(gpkg, ReadOptions.defaults().withTable("service_areas"));
        long gp = areas.features().stream().filter(f -> "gp".equals(f.getAttribute("type"))).count();
        assertThat(drawn.get("service_areas")).as("the GP surgeries' bands, as on map_gp.png").containsExactly(
                areas.size(), (int) gp);
        assertThat(drawn.get("served_count")[1]).isEqualTo(drawn.get("served_count")[0]);
    }

    private static void checkCategories(String table, Layer layer, Element renderer) {
        String field = renderer.getAttribute("attr");
        Class<?> binding = layer.featureType().getDescriptor(field).getType().getBinding();
        assertThat(binding).as(table + "." + field + ": QGIS matches categories by the text of the value, so only"
                + " text and whole numbers").isIn(String.class, Integer.class, Long.class, Short.class);
        List<String> held = layer.features().stream().map(f -> String.valueOf(f.getAttribute(field))).toList();
        for (Element category : descendants(renderer, "category")) {
            assertThat(held).as(table + ": category " + category.getAttribute("value")).contains(
                    category.getAttribute("value"));
        }
    }

    private static void checkRules(String table, Layer layer, Element renderer) throws Exception {
        List<Filter> leaves = new ArrayList<>();
        for (Element rule : descendants(renderer, "rule")) {
            String cql = combined(rule);
            Filter filter = ECQL.toFilter(cql);
            FilterAttributeExtractor names = new FilterAttributeExtractor();
            filter.accept(names, null);
            for (String name : names.getAttributeNames()) {
                assertThat(layer.findAttribute(name)).as(table + ": " + cql).isPresent();
            }
            Matcher m = COMPARISON.matcher(rule.getAttribute("filter"));
            while (m.find()) {
                Class<?> binding = layer.featureType().getDescriptor(layer.findAttribute(m.group(1)).orElseThrow())
                        .getType().getBinding();
                assertThat(m.group(2).startsWith("'") ? String.class : Number.class).as(table + ": " + m.group()
                        + " compares " + binding.getSimpleName() + " with a value of its kind").isAssignableFrom(binding);
            }
            if (rule.hasAttribute("symbol")) {
                leaves.add(filter);
            } else {
                assertThat(layer.filter(filter).size()).as(table + ": rule " + cql + " selects features").isPositive();
            }
        }
        for (SimpleFeature f : layer.features()) {
            assertThat(leaves.stream().anyMatch(l -> l.evaluate(f))).as(table + ": " + f.getID() + " is drawn by a rule")
                    .isTrue();
        }
        List<Element> top = children((Element) renderer.getElementsByTagName("rules").item(0), "rule");
        assertThat(top.get(0).getAttribute("checkstate")).as(table + ": the first type is shown").isEmpty();
        assertThat(top.subList(1, top.size())).allMatch(t -> t.getAttribute("checkstate").equals("0"));
    }

    /** @return the rule's filter ANDed with its parents', as QGIS applies a nested rule */
    private static String combined(Element rule) {
        List<String> parts = new ArrayList<>();
        for (Node n = rule; n instanceof Element e && e.getTagName().equals("rule"); n = n.getParentNode()) {
            if (e.hasAttribute("filter")) {
                parts.add(0, "(" + e.getAttribute("filter") + ")");
            }
        }
        return parts.isEmpty() ? "INCLUDE" : String.join(" AND ", parts);
    }

    private static List<Element> descendants(Element e, String tag) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < e.getElementsByTagName(tag).getLength(); i++) {
            out.add((Element) e.getElementsByTagName(tag).item(i));
        }
        return out;
    }

    private static List<Element> children(Element e, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(tag)) {
                out.add(c);
            }
        }
        return out;
    }

    private static Document parse(String qml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(qml.getBytes(StandardCharsets.UTF_8)));
    }
}
