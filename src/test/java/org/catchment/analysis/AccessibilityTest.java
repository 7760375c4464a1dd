package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.catchment.InputException;
import org.catchment.export.Outputs;
import org.catchment.io.ReadOptions;
import org.catchment.io.csv.CsvTable;
import org.catchment.io.csv.PostcodeLookup;
import org.catchment.io.geopackage.GeoPackageReader;
import org.catchment.layer.Layer;
import org.catchment.network.ProbeSearch;
import org.catchment.network.SnapPoint;
import org.catchment.network.Snapper;
import org.catchment.overlay.Population;
import org.catchment.overlay.Zone;
import org.catchment.overlay.ZoneAccess;
import org.catchment.servicearea.CatchmentResult;
import org.catchment.servicearea.PointAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * The postcodes' accessibility indicators of the sample town: every postcode's minutes, as
 * written to access_postcodes.csv, equal a direct search from that postcode (footpaths, every
 * type, the off-network leg), "more than R" is an empty value with its flag, and the GeoPackage
 * layer holds the same rows.
 */
class AccessibilityTest {

    @TempDir
    static Path out;

    static AnalysisResult result;

    @BeforeAll
    static void run() {
        Analysis a = AnalysisFiles.read(SamplePipelineTest.SAMPLE).withOutputDir(out.resolve("sample"));
        a = new Analysis(a.spec().withAccessibility(new AccessibilitySpec("postcodes.csv")), a.file(), a.baseDir(),
                a.workingCrs());
        result = AnalysisRunner.run(a);
        Outputs.write(result, false, ProgressListener.NONE, () -> false);
    }

    @AfterAll
    static void close() {
        result.close();
    }

    @Test
    void everyPostcodeEqualsADirectSearchFromIt() throws Exception {
        PostcodeAccess access = result.accessibility().postcodes();
        assertThat(access.postcodes()).hasSize(1290);
        CsvTable table = CsvTable.read(out.resolve("sample").resolve(OutputNames.ACCESS_POSTCODES));
        assertThat(table.rows()).hasSize(1290);
        Snapper snapper = new Snapper(result.network(), 250);
        int beyond = 0;
        int merged = 0;
        for (int k = 0; k < result.types().size(); k++) {
            CatchmentResult c = result.types().get(k).catchment();
            String type = result.types().get(k).spec().type();
            double r = c.options().maxBandMin();
            for (int i = 0; i < access.postcodes().size(); i++) {
                Coordinate p = access.points().get(i);
                SnapPoint sp = snapper.snap("p", p);
                double direct = ProbeSearch.minutesAt(result.network(), c.options().walkingSpeedKmh(),
                        c.starts().starts(), r, sp) + sp.offsetM() / c.options().metresPerMinute();
                Map<String, String> row = table.rows().get(i);
                assertThat(row.get("postcode")).isEqualTo(access.postcodes().get(i));
                String min = row.get(type + "_min");
                String flag = row.get(type + "_flag");
                if (Double.isNaN(direct)) {
                    merged++;
                    continue;
                }
                if (direct <= r) {
                    assertThat(access.types().get(k).minutes()[i]).as("%s %s", type, access.postcodes().get(i))
                            .isCloseTo(direct, within(1e-9));
                    assertThat(Double.parseDouble(min)).isCloseTo(direct, within(1e-6));
                    assertThat(flag).isEmpty();
                } else {
                    assertThat(min).isEmpty();
                    assertThat(flag).isEqualTo(r == 10 ? "more_than_10" : "more_than_20");
                    beyond++;
                }
            }
        }
        assertThat(beyond).as("the sample has postcodes beyond R").isGreaterThan(20);
        assertThat(merged).as("postcodes a direct search cannot check (within 0.1 m of a start): none, so every one is compared").isZero();
    }

    @Test
    void theGeoPackageLayerHoldsEveryPostcode() {
        Layer layer = GeoPackageReader.read(out.resolve("sample").resolve(OutputNames.GEOPACKAGE),
                ReadOptions.defaults().withTable("access_postcodes"));
        assertThat(layer.size()).isEqualTo(1290);
        assertThat(layer.featureType().getDescriptor("gp_min")).isNotNull();
        assertThat(layer.featureType().getDescriptor("parks_flag")).isNotNull();
    }

    /**
     * With the postcodes as resident points (10 each), an LSOA's mean is the plain mean of its
     * residents' minutes by a direct search from each, and its share within a band the share of
     * them within it.
     */
    @Test
    void lsoaMeansAndSharesOverResidentPoints() throws Exception {
        Path residents = out.resolve("residents.csv");
        StringBuilder csv = new StringBuilder("easting,northing,residents\n");
        for (String line : Files.readAllLines(Path.of("data", "sample", "postcodes.csv"))) {
            String[] f = line.split(",");
            csv.append(f[2]).append(',').append(f[3]).append(",10\n");
        }
        Files.writeString(residents, csv);
        Analysis a = AnalysisFiles.read(SamplePipelineTest.SAMPLE);
        Analysis points = new Analysis(a.spec().withPopulation(new AnalysisSpec.PopulationSpec(residents.toString(),
                "residents")).withAccessibility(new AccessibilitySpec("postcodes.csv", List.of("lsoa"))),
                a.file(), a.baseDir(), a.workingCrs()).withOutputDir(out.resolve("points"));
        try (AnalysisResult r = AnalysisRunner.run(points)) {
            Outputs.write(r, false, ProgressListener.NONE, () -> false);
            List<Population.Resident> homes = r.overlayInputs().population().points();
            assertThat(homes).hasSize(1291);
            assertThat(checkZoneRows(r, homes)).isPositive();
            CsvTable written = CsvTable.read(out.resolve("points").resolve("access_lsoa.csv"));
            Accessibility.ZoneTable table = r.accessibility().zones().get(0);
            assertThat(written.rows()).hasSize(table.types().stream().mapToInt(t -> t.rows().size()).sum());
        }
    }

    /**
     * With the sample's own population, LSOA polygons with counts spread over residential land,
     * each LSOA's residents are shared equally among the postcodes inside its residential part
     * (one interior point when there are none), and the means and shares equal those of a direct
     * search from each of those places, weighted by the shares.
     */
    @Test
    void lsoaMeansOverAPolygonPopulationWeighTheirPostcodes() throws Exception {
        Analysis a = AnalysisFiles.read(SamplePipelineTest.SAMPLE);
        Analysis polygons = new Analysis(a.spec().withAccessibility(new AccessibilitySpec("postcodes.csv",
                List.of("lsoa"))), a.file(), a.baseDir(), a.workingCrs()).withOutputDir(out.resolve("polygons"));
        try (AnalysisResult r = AnalysisRunner.run(polygons)) {
            Outputs.write(r, false, ProgressListener.NONE, () -> false);
            Layer lsoa = Layers.read(polygons.layer("lsoa.shp"), ReadOptions.defaults());
            Geometry land = CascadedPolygonUnion.union(Layers.read(polygons.layer("residential.shp"),
                    ReadOptions.defaults()).features().stream().map(Layer::geometry).toList());
            List<Coordinate> postcodes = PostcodeLookup.read(Path.of("data", "sample", "postcodes.csv")).entries().stream()
                    .map(PostcodeLookup.Entry::point).toList();
            List<Population.Resident> homes = new ArrayList<>();
            int interior = 0;
            for (var f : lsoa.features()) {
                Geometry g = Layer.geometry(f);
                Geometry spread = g.intersection(land).getArea() > 0 ? g.intersection(land) : g;
                double pop = ((Number) f.getAttribute("POP")).doubleValue();
                List<Coordinate> inside = postcodes.stream()
                        .filter(c -> spread.covers(spread.getFactory().createPoint(c))).toList();
                if (inside.isEmpty()) {
                    homes.add(new Population.Resident(spread.getInteriorPoint().getCoordinate(), pop));
                    interior++;
                }
                inside.forEach(c -> homes.add(new Population.Resident(c, pop / inside.size())));
            }
            assertThat(homes.size() - interior).as("postcodes holding residents").isGreaterThan(1000);
            assertThat(checkZoneRows(r, homes)).isPositive();
            assertThat(r.notes()).anyMatch(n -> n.contains("shared equally among the postcodes inside its residential"
                    + " part") && n.contains("lsoa.shp"));
            assertThat(CsvTable.read(out.resolve("polygons").resolve("access_lsoa.csv")).rows()).isNotEmpty();
            Layer mapped = GeoPackageReader.read(out.resolve("polygons").resolve(OutputNames.GEOPACKAGE),
                    ReadOptions.defaults().withTable("access_lsoa"));
            List<Zone> zones = r.overlayInputs().zoneSets().get(0);
            assertThat(mapped.size()).isEqualTo(zones.size());
            Accessibility.TypeRows gp = r.accessibility().zones().get(0).types().get(0);
            assertThat(gp.type()).isEqualTo("gp");
            for (int z = 0; z < zones.size(); z++) {
                var f = mapped.features().get(z);
                ZoneAccess.Row ten = gp.rows().get(2 * z);
                ZoneAccess.Row twenty = gp.rows().get(2 * z + 1);
                assertThat(f.getAttribute("zone")).isEqualTo(zones.get(z).name());
                assertThat(Layer.geometry(f).getArea()).isCloseTo(zones.get(z).geometry().getArea(), within(1e-6));
                assertThat((Double) f.getAttribute("zone_residents")).isEqualTo(ten.zoneResidents());
                assertThat((Double) f.getAttribute("gp_mean_min")).isEqualTo(ten.meanMin());
                assertThat(f.getAttribute("gp_mean_flag")).isEqualTo(ten.meanFlag());
                assertThat((Double) f.getAttribute("gp_within_10")).isEqualTo(ten.shareWithin());
                assertThat((Double) f.getAttribute("gp_within_20")).isEqualTo(twenty.shareWithin());
            }
        }
    }

    /**
     * Checks every row of the first zone table against a direct search from each resident place.
     *
     * @return the rows whose mean was a number
     */
    private static int checkZoneRows(AnalysisResult r, List<Population.Resident> homes) {
        List<Zone> lsoas = r.overlayInputs().zoneSets().get(0);
        Accessibility.ZoneTable table = r.accessibility().zones().get(0);
        assertThat(table.zoneName()).isEqualTo("lsoa");
        Snapper snapper = new Snapper(r.network(), 250);
        int means = 0;
        for (int k = 0; k < r.types().size(); k++) {
            Accessibility.TypeRows rows = table.types().get(k);
            CatchmentResult c = r.types().get(k).catchment();
            double[] bands = c.options().bandsMin();
            double[] direct = new double[homes.size()];
            for (int i = 0; i < homes.size(); i++) {
                SnapPoint sp = snapper.snap("home", homes.get(i).at());
                double t = sp == null ? Double.NaN : ProbeSearch.minutesAt(r.network(), c.options().walkingSpeedKmh(),
                        c.starts().starts(), bands[bands.length - 1], sp) + sp.offsetM() / c.options().metresPerMinute();
                direct[i] = t > bands[bands.length - 1] ? Double.POSITIVE_INFINITY : t;
            }
            for (int z = 0; z < lsoas.size(); z++) {
                Geometry g = lsoas.get(z).geometry();
                double n = 0;
                double sum = 0;
                boolean all = true;
                double[] within = new double[bands.length];
                for (int i = 0; i < homes.size(); i++) {
                    if (!g.covers(g.getFactory().createPoint(homes.get(i).at()))) {
                        continue;
                    }
                    double m = direct[i];
                    double w = homes.get(i).count();
                    n += w;
                    all &= PointAccess.reached(m);
                    sum += PointAccess.reached(m) ? w * m : 0;
                    for (int b = 0; b < bands.length; b++) {
                        within[b] += m <= bands[b] ? w : 0;
                    }
                }
                for (int b = 0; b < bands.length; b++) {
                    ZoneAccess.Row row = rows.rows().get(z * bands.length + b);
                    assertThat(row.zone()).isEqualTo(lsoas.get(z).name());
                    assertThat(row.zoneResidents()).isCloseTo(n, within(1e-9 * Math.max(1, n)));
                    assertThat(row.residentsWithin()).isCloseTo(within[b], within(1e-9 * Math.max(1, n)));
                    if (all && n > 0) {
                        assertThat(row.meanMin()).isCloseTo(sum / n, within(1e-9));
                        means++;
                    } else {
                        assertThat(row.meanMin()).isNull();
                        assertThat(row.meanFlag()).isNotEmpty();
                    }
                }
            }
        }
        return means;
    }

    @Test
    void theKeysAreCheckedWithTheirLine() throws Exception {
        Path dir = out.resolve("keys");
        Files.createDirectories(dir);
        try (var files = Files.list(Path.of("data", "sample"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
        Path yml = dir.resolve("analysis.yml");
        int line = Files.readAllLines(yml).size() + 1;
        Files.writeString(yml, Files.readString(yml).replace("accessibility: {postcodes: postcodes.csv, zones: [lsoa]}\n", "")
                + "accessibility:\n  zones: [lsoas]\n");
        assertThatThrownBy(() -> AnalysisFiles.read(yml)).hasMessage(yml + ": line " + line
                + ", accessibility.zones[0]: 'lsoas' is not the name of a zone layer (lsoa). Name a layer of zones by"
                + " its output name, e.g."
                + " zones: [lsoa] for zones: [{layer: lsoa.shp, ...}].");
        Files.writeString(yml, Files.readString(yml).replace("zones: [lsoas]", "postcodes: none.csv"));
        assertThatThrownBy(() -> AnalysisFiles.read(yml)).hasMessageStartingWith(yml + ": line " + line
                + ", accessibility.postcodes: the file " + dir.resolve("none.csv") + " does not exist");
    }

    @Test
    void aPostcodeFileWithoutCoordinatesIsOneClearLine() throws Exception {
        Path file = out.resolve("postcodes_only.csv");
        Files.writeString(file, "MB1 1AA\nMB1 1AB\n");
        Analysis a = AnalysisFiles.read(SamplePipelineTest.SAMPLE);
        Analysis bad = new Analysis(a.spec().withAccessibility(new AccessibilitySpec(file.toString())), a.file(),
                a.baseDir(), a.workingCrs());
        assertThatThrownBy(() -> AccessStage.read(bad)).isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("a postcode lookup needs postcode, easting"
                        + " and northing").hasMessageNotContaining("\n");
        Path zeros = out.resolve("postcodes_at_zero.csv");
        Files.writeString(zeros, "\"MB1 1AA\",90,0,0\n");
        Analysis none = new Analysis(a.spec().withAccessibility(new AccessibilitySpec(zeros.toString())), a.file(),
                a.baseDir(), a.workingCrs());
        assertThatThrownBy(() -> AccessStage.read(none)).isInstanceOf(InputException.class)
                .hasMessageContaining(zeros.toString()).hasMessageContaining("no row gives a postcode with an easting");
    }
}
