package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.catchment.CancelledException;
import org.catchment.export.Outputs;
import org.catchment.io.ReadOptions;
import org.catchment.io.csv.CsvTable;
import org.catchment.io.geopackage.GeoPackageReader;
import org.catchment.layer.Layer;
import org.catchment.overlay.CoverageRow;
import org.catchment.overlay.Desert;
import org.geotools.api.feature.simple.SimpleFeature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The whole pipeline on the bundled sample town, as the README's first command runs it: the
 * designed deserts (data/README.md) come out and nothing else, every output is written and valid,
 * the statistics reconcile, and a cancelled run leaves nothing behind.
 */
class SamplePipelineTest {

    static final Path SAMPLE = Path.of("data", "sample", "analysis.yml");
    /** Canal Quay and Railside, the estates designed to be deserts (SampleTownPlan boxes, EPSG:27700). */
    static final Envelope CANAL_QUAY = new Envelope(354_330, 355_200, 391_330, 392_160);
    static final Envelope RAILSIDE = new Envelope(352_300, 353_450, 390_280, 391_080);

    @TempDir
    static Path out;

    static Analysis analysis;
    static AnalysisResult result;
    static List<Path> written;

    @BeforeAll
    static void run() {
        analysis = AnalysisFiles.read(SAMPLE).withOutputDir(out.resolve("sample"));
        result = AnalysisRunner.run(analysis);
        written = Outputs.write(result, false, ProgressListener.NONE, () -> false);
    }

    @AfterAll
    static void close() {
        result.close();
    }

    @Test
    void exactlyTheTwoDesignedEstatesAreDeserts() {
        List<Desert> deserts = result.deserts().deserts();
        assertThat(deserts).hasSize(2);
        Desert canalQuay = covering(deserts, CANAL_QUAY);
        Desert railside = covering(deserts, RAILSIDE);
        assertThat(canalQuay).isNotSameAs(railside);
        assertThat(canalQuay.wards()).containsExactly("Eastside");
        assertThat(canalQuay.missingTypes()).contains("gp", "libraries", "sports_centres", "foodbanks", "retail_centres");
        assertThat(railside.wards()).containsExactly("Southmoor");
        assertThat(railside.missingTypes()).contains("community_centres", "sports_centres", "libraries");
        for (Desert d : deserts) {
            assertThat(d.residents()).isPositive();
            assertThat(d.geometry().isValid()).isTrue();
        }
    }

    private static Desert covering(List<Desert> deserts, Envelope estate) {
        Geometry box = new GeometryFactory().toGeometry(estate);
        return deserts.stream().filter(d -> d.geometry().intersection(box).getArea() > 0.5 * d.areaM2())
                .findFirst().orElseThrow(() -> new AssertionError("no desert over " + estate));
    }

    @Test
    void everyOutputIsWrittenAndNoStagingIsLeft() throws IOException {
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactlyElementsOf(Outputs.fileNames(analysis.spec()));
        try (Stream<Path> files = Files.list(analysis.outputDir())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
        for (Path p : written) {
            assertThat(Files.size(p)).as(p.toString()).isPositive();
        }
    }

    @Test
    void geoPackageHoldsTheResultLayersWithValidGeometries() {
        Path gpkg = analysis.outputDir().resolve(Outputs.GEOPACKAGE);
        List<String> tables = GeoPackageReader.featureTables(gpkg);
        assertThat(tables).contains("study_area", "facilities", "access_points", "service_areas", "reachable_network",
                "node_times", "served_count", "deserts", "ward_coverage", "input_zones");
        assertThat(read(gpkg, "study_area").size()).isEqualTo(4);
        assertThat(read(gpkg, "deserts").size()).isEqualTo(2);
        assertThat(read(gpkg, "ward_coverage").size()).isEqualTo(4);
        int facilities = result.types().stream().mapToInt(t -> t.catchment().facilities().size()).sum();
        assertThat(read(gpkg, "facilities").size()).isEqualTo(facilities);
        int bands = result.types().stream().mapToInt(t -> t.spec().bandsMin().size()).sum();
        assertThat(read(gpkg, "service_areas").size()).isEqualTo(bands);
        for (String table : List.of("study_area", "service_areas", "served_count", "deserts", "ward_coverage")) {
            for (SimpleFeature f : read(gpkg, table).features()) {
                assertThat(Layer.geometry(f).isValid()).as(table + " " + f.getID()).isTrue();
            }
        }
    }

    @Test
    void nodeTimesHoldEveryNodeReachedWithItsExactTime() {
        Layer nodes = read(analysis.outputDir().resolve(Outputs.GEOPACKAGE), "node_times");
        var gp = result.types().get(0);
        var search = gp.catchment().search();
        int reachedByAny = 0;
        for (int n = 0; n < result.network().nodeCount(); n++) {
            int node = n;
            if (result.types().stream().anyMatch(t -> t.catchment().search().minutes(node) <= t.catchment().search().maxMinutes())) {
                reachedByAny++;
            }
        }
        assertThat(nodes.size()).isEqualTo(reachedByAny);
        for (SimpleFeature f : nodes.features().subList(0, 50)) {
            int n = ((Number) f.getAttribute("node")).intValue();
            Object minutes = f.getAttribute("gp_min");
            if (minutes != null) {
                assertThat(((Number) minutes).doubleValue()).isEqualTo(search.minutes(n));
                assertThat(f.getAttribute("gp_facility")).isEqualTo(gp.catchment().facilities().get(search.source(n)).name());
            }
        }
    }

    @Test
    void coverageReconcilesWithTheWardsAndThePopulation() throws IOException {
        CsvTable table = CsvTable.read(analysis.outputDir().resolve("ward_coverage.csv"));
        int bands = result.types().stream().mapToInt(t -> t.spec().bandsMin().size()).sum();
        assertThat(table.rows()).hasSize(4 * bands);
        for (Map<String, String> row : table.rows()) {
            double area = Double.parseDouble(row.get("area_m2"));
            double zone = Double.parseDouble(row.get("zone_area_m2"));
            assertThat(area).isBetween(0.0, zone + 1e-6);
            assertThat(Double.parseDouble(row.get("area_share"))).isCloseTo(area / zone, within(1e-6));
            assertThat(Double.parseDouble(row.get("residents"))).isBetween(0.0, Double.parseDouble(row.get("zone_residents")) + 1e-6);
        }
        double wardResidents = 0;
        List<String> seen = new ArrayList<>();
        for (CoverageRow r : result.wardCoverage()) {
            if (!seen.contains(r.zone())) {
                seen.add(r.zone());
                wardResidents += r.zoneResidents();
            }
        }
        double total = 0;
        for (Map<String, String> row : CsvTable.read(Path.of("data", "sample", "lsoa_indicators.csv")).rows()) {
            total += Double.parseDouble(row.get("population"));
        }
        assertThat(wardResidents).isCloseTo(total, within(1e-6 * total));
    }

    /* Residents are spread over the land from census counts: estimates, given to one decimal (issue 16, item 8). */
    @Test
    void tablesGiveResidentsToOneDecimalAndIndicatorClassesAsRanges() throws IOException {
        CsvTable coverage = CsvTable.read(analysis.outputDir().resolve("ward_coverage.csv"));
        for (int i = 0; i < coverage.rows().size(); i++) {
            CoverageRow r = result.wardCoverage().get(i);
            assertThat(coverage.rows().get(i).get("residents")).matches("\\d+(\\.\\d)?")
                    .isEqualTo(oneDecimal(r.coveredResidents()));
            assertThat(coverage.rows().get(i).get("zone_residents")).isEqualTo(oneDecimal(r.zoneResidents()));
        }
        CsvTable deserts = CsvTable.read(analysis.outputDir().resolve("deserts.csv"));
        assertThat(deserts.rows()).extracting(row -> row.get("residents")).containsExactlyElementsOf(
                result.deserts().deserts().stream().map(d -> oneDecimal(d.residents())).toList());

        CsvTable imd = CsvTable.read(analysis.outputDir().resolve("deserts_by_imd_2019_decile.csv"));
        assertThat(imd.columns()).startsWith("class", "range", "lower_bound", "upper_bound");
        for (Map<String, String> row : imd.rows()) {
            String decile = row.get("class");
            assertThat(row.get("range")).as("decile " + decile + ": the deciles of its zones")
                    .isEqualTo(row.get("zones").equals("0") ? "" : decile + "-" + decile);
            assertThat(row.get("residents")).matches("\\d+(\\.\\d)?");
        }
    }

    private static String oneDecimal(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    @Test
    void theThreadCountDoesNotChangeTheResult() {
        AnalysisSpec s = analysis.spec();
        AnalysisSpec one = s.withCatchments(s.catchments().toBuilder().threads(1).build());
        try (AnalysisResult single = AnalysisRunner.run(new Analysis(one, analysis.file(), analysis.baseDir()))) {
            assertThat(single.deserts().deserts()).hasSameSizeAs(result.deserts().deserts());
            for (int i = 0; i < single.deserts().deserts().size(); i++) {
                Desert a = single.deserts().deserts().get(i);
                Desert b = result.deserts().deserts().get(i);
                assertThat(a.areaM2()).isEqualTo(b.areaM2());
                assertThat(a.geometry().equalsExact(b.geometry())).isTrue();
                assertThat(a.missingTypes()).isEqualTo(b.missingTypes());
            }
            assertThat(single.wardCoverage()).isEqualTo(result.wardCoverage());
        }
    }

    @Test
    void aCancelledRunWritesNothing(@TempDir Path elsewhere) throws IOException {
        Analysis a = AnalysisFiles.read(SAMPLE).withOutputDir(elsewhere.resolve("cancelled"));
        AtomicBoolean cancel = new AtomicBoolean();
        assertThatThrownBy(() -> AnalysisRunner.run(a, (stage, fraction, message) -> {
            if (stage.equals("Catchments")) {
                cancel.set(true);
            }
        }, cancel::get)).isInstanceOf(CancelledException.class);
        assertThat(Files.exists(a.outputDir())).isFalse();

        AtomicBoolean cancelExport = new AtomicBoolean();
        try (AnalysisResult r = AnalysisRunner.run(a)) {
            assertThatThrownBy(() -> Outputs.write(r, false, (stage, fraction, message) -> {
                if (message.contains("map_")) {
                    cancelExport.set(true);
                }
            }, cancelExport::get)).isInstanceOf(CancelledException.class);
        }
        assertThat(a.outputDir()).as("the folder the export made is removed again").doesNotExist();
    }

    private static Layer read(Path gpkg, String table) {
        return GeoPackageReader.read(gpkg, ReadOptions.defaults().withTable(table));
    }
}
