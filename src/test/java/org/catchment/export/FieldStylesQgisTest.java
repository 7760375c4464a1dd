package org.catchment.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import java.util.stream.IntStream;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.MapSpec;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions;
import org.catchment.layer.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis file's styles by field (issue 16, item 11) in the GeoPackage a run writes: the
 * {@link StraightRoad} analysis styles {@code Ward coverage} (the app's name of
 * {@code ward_coverage}) in equal intervals, {@code reachable_network} by quantiles along its own
 * ramp and {@code facilities} by category, and {@code Deserts} by a field it lacks. Each styled
 * table stores one rule per class, labelled and coloured as {@link FieldClasses} classes it; where
 * QGIS's Python bindings are installed, QGIS itself puts every feature in the class the app does.
 */
class FieldStylesQgisTest {

    private static final String MAP = """
            map:
              layers:
                - {name: Ward coverage, style: {field: gp_10_area_share, classes: equal_intervals, count: 2}}
                - {name: reachable_network, style: {field: to_min, classes: quantiles, count: 4,
                   colours: ["#fee5d9", "#a50f15"]}}
                - {name: facilities, style: {field: type, classes: categories}}
                - {name: Deserts, style: {field: no_such_field}}
            """;
    private static final Pattern RULE = Pattern.compile("<rule key=\"[^\"]+\" label=\"([^\"]*)\" filter=\"([^\"]*)\"");

    @TempDir
    static Path dir;
    static Path gpkg;
    static MapSpec map;
    static Map<String, String> styles = new LinkedHashMap<>();

    @BeforeAll
    static void runWithAMapSection() throws Exception {
        Path file = StraightRoad.write(dir, "");
        Files.writeString(file, MAP, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (AnalysisResult result = AnalysisRunner.run(AnalysisFiles.read(file))) {
            map = result.analysis().spec().map();
            Outputs.write(result, true, (stage, fraction, message) -> { }, () -> false);
            gpkg = result.analysis().outputDir().resolve(Outputs.GEOPACKAGE);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT f_table_name, styleQML FROM layer_styles WHERE useAsDefault")) {
            while (rs.next()) {
                styles.put(rs.getString(1), rs.getString(2));
            }
        }
    }

    private static Layer table(String name) {
        return LayerReader.read(gpkg, ReadOptions.defaults().withTable(name));
    }

    private static FieldClasses classes(String table, String mapName) {
        return FieldClasses.of(table(table), map.layer(mapName).style());
    }

    /** @return label and filter of each rule of the table's stored style */
    private static List<String> rules(String table) {
        List<String> out = new ArrayList<>();
        Matcher m = RULE.matcher(styles.get(table));
        while (m.find()) {
            out.add(m.group(1) + ": " + m.group(2).replace("&quot;", "\"").replace("&gt;", ">").replace("&lt;", "<"));
        }
        return out;
    }

    @Test
    void eachStyledTableStoresOneRulePerClassAndTheOthersKeepTheirStyle() {
        for (String[] t : new String[][] {{"ward_coverage", "Ward coverage"}, {"reachable_network", "reachable_network"},
            {"facilities", "facilities"}}) {
            FieldClasses c = classes(t[0], t[1]);
            assertThat(rules(t[0])).as(t[0]).containsExactlyElementsOf(c.entries().stream()
                    .map(e -> e.label() + ": " + e.filter()).toList());
            for (FieldClasses.Entry e : c.entries()) {
                String rgb = e.colour().getRed() + "," + e.colour().getGreen() + "," + e.colour().getBlue() + ",255";
                assertThat(styles.get(t[0])).as(t[0] + " " + e.label()).contains("value=\"" + rgb + "\"");
            }
        }
        assertThat(classes("ward_coverage", "Ward coverage").entries()).hasSize(2);
        assertThat(classes("facilities", "facilities").entries()).extracting(FieldClasses.Entry::label)
                .containsExactly("gp", "libraries");
        FieldClasses network = classes("reachable_network", "reachable_network");
        assertThat(network.entries()).as("quartiles of the few times a straight road holds").hasSizeBetween(2, 4);
        assertThat(network.entries().get(0).colour()).isEqualTo(new java.awt.Color(0xfee5d9));
        assertThat(network.entries().get(network.entries().size() - 1).colour())
                .isEqualTo(new java.awt.Color(0xa50f15));
        assertThat(styles.get("deserts")).as("a field it lacks: the usual hatch").contains("singleSymbol")
                .contains("b_diagonal");
        assertThat(styles.get("study_area")).as("not named in the map").contains("singleSymbol");
    }

    @Test
    void qgisPutsEveryFeatureInTheClassTheAppDoes() throws Exception {
        assumeTrue(QgisPython.available(), "QGIS's Python bindings (Debian python3-qgis) are not installed");
        QgisPython.Result r = QgisPython.script("classes_gpkg.py", gpkg.toString(), "ward_coverage",
                "reachable_network", "facilities");
        assertThat(r.exitCode()).as(r.output()).isZero();
        for (String[] t : new String[][] {{"ward_coverage", "Ward coverage"}, {"reachable_network", "reachable_network"},
            {"facilities", "facilities"}}) {
            FieldClasses c = classes(t[0], t[1]);
            List<String> expected = IntStream.range(0, table(t[0]).size())
                    .mapToObj(i -> c.entries().get(c.classOf(i)).label()).toList();
            List<String> drawn = r.output().lines().filter(l -> l.startsWith(t[0] + " "))
                    .map(l -> l.split(" ", 3)[2]).toList();
            assertThat(drawn).as(t[0] + "\n" + r.output()).containsExactlyElementsOf(expected);
        }
    }
}
