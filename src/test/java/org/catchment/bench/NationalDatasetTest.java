package org.catchment.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions;
import org.catchment.io.csv.PostcodeLookup;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** The national benchmark's generator at a tiny size: counts, valid joined geometry, and an analysis file that loads. */
class NationalDatasetTest {

    private static final int LINKS = 3_000;

    @TempDir
    static Path dir;
    private static NationalDataset.Summary summary;

    @BeforeAll
    static void write() {
        summary = NationalDataset.write(LINKS, Benchmarks.SEED, dir, null);
    }

    @Test
    void gridSquareNamesAreOrdnanceSurveys() {
        assertThat(GridSquares.name(400_000, 100_000)).isEqualTo("SU");
        assertThat(GridSquares.name(530_000, 180_000)).isEqualTo("TQ");
        assertThat(GridSquares.name(325_000, 673_000)).isEqualTo("NT");
        assertThat(GridSquares.name(10, 10)).isEqualTo("SV");
        assertThat(GridSquares.name(460_000, 1_210_000)).isEqualTo("HP");
        assertThat(GridSquares.name(150_000, 50_000)).isEqualTo("SW");
    }

    /** Every tile is a RoadLink shapefile named by its 100 km square, holding the links that start in it, with their count. */
    @Test
    void roadTilesHoldTheLinksOfTheirGridSquare() throws IOException {
        assertThat(summary.links()).isBetween(LINKS * 8 / 10, LINKS * 12 / 10);
        int read = 0;
        try (Stream<Path> files = Files.list(dir.resolve(NationalDataset.ROADS_FOLDER))) {
            List<Path> shps = files.filter(f -> f.toString().endsWith(".shp")).sorted().toList();
            assertThat(shps).hasSameSizeAs(summary.tiles().keySet());
            for (Path shp : shps) {
                String square = shp.getFileName().toString().substring(0, 2);
                assertThat(shp.getFileName().toString()).matches("[A-HJ-Z]{2}_RoadLink\\.shp");
                Layer tile = read(shp);
                assertThat(tile.size()).isEqualTo(summary.tiles().get(square + "_RoadLink"));
                for (SimpleFeature f : tile.features()) {
                    Coordinate first = Layer.geometry(f).getCoordinates()[0];
                    assertThat(List.of(GridSquares.name(first.x + 20, first.y + 20), GridSquares.name(first.x - 20, first.y - 20)))
                            .contains(square);
                }
                read += tile.size();
            }
        }
        assertThat(read).isEqualTo(summary.links());
    }

    /** Links are valid lines with OS-style fields, and a node named by several links is one place: cell grids join. */
    @Test
    void linksAreValidAndJoinAtTheirNamedNodes() throws IOException {
        Map<String, Coordinate> nodes = new HashMap<>();
        Set<String> functions = new HashSet<>();
        int shared = 0;
        try (Stream<Path> files = Files.list(dir.resolve(NationalDataset.ROADS_FOLDER))) {
            for (Path shp : files.filter(f -> f.toString().endsWith(".shp")).toList()) {
                for (SimpleFeature f : read(shp).features()) {
                    LineString line = (LineString) Layer.geometry(f).getGeometryN(0);
                    assertThat(line.isValid()).isTrue();
                    assertThat(line.getLength()).isGreaterThan(40);
                    assertThat((String) f.getAttribute("identifier")).matches("[0-9A-F-]{36}");
                    functions.add((String) f.getAttribute("function"));
                    for (String end : List.of("startNode", "endNode")) {
                        Coordinate at = end.equals("startNode") ? line.getCoordinateN(0)
                                : line.getCoordinateN(line.getNumPoints() - 1);
                        Coordinate seen = nodes.putIfAbsent((String) f.getAttribute(end), at);
                        if (seen != null) {
                            assertThat(seen.distance(at)).isLessThan(1e-6);
                            shared++;
                        }
                    }
                }
            }
        }
        assertThat(shared).isGreaterThan(summary.links());
        assertThat(functions).contains("Local Road", "A Road", "B Road", "Minor Road");
    }

    /** Wards tile the land without gaps or overlaps, grouped into districts by a code field; LSOAs too. */
    @Test
    void wardsAndLsoasTileTheLand() {
        Layer wards = read(dir.resolve("wards.shp"));
        Layer lsoas = read(dir.resolve("lsoa.shp"));
        assertThat(wards.size()).isEqualTo(summary.wards());
        assertThat(lsoas.size()).isEqualTo(summary.lsoas()).isGreaterThanOrEqualTo(summary.wards());
        Set<Object> districts = new HashSet<>();
        wards.features().forEach(f -> districts.add(f.getAttribute(NationalZones.DISTRICT_FIELD)));
        assertThat(districts).hasSize(summary.districts());
        double landArea = summary.extent().getArea();
        for (Layer zones : List.of(wards, lsoas)) {
            List<Geometry> polygons = zones.features().stream().map(Layer::geometry).toList();
            assertThat(polygons).allMatch(Geometry::isValid);
            assertThat(polygons.stream().mapToDouble(Geometry::getArea).sum()).isCloseTo(landArea, relative(1e-9));
            assertThat(UnaryUnionOp.union(polygons).getArea()).isCloseTo(landArea, relative(1e-9));
        }
    }

    /** Postcodes in Code-Point's layout, unique, on the land; every foodbank's postcode among them; population sums to the land's. */
    @Test
    void postcodesFacilitiesAndPopulation() throws IOException {
        PostcodeLookup lookup = PostcodeLookup.read(dir.resolve(NationalPoints.POSTCODES_FILE));
        List<PostcodeLookup.Entry> entries = lookup.entries();
        assertThat(entries).hasSize(summary.postcodes());
        assertThat(entries.stream().map(PostcodeLookup.Entry::postcode).distinct()).hasSize(summary.postcodes());
        Envelope land = summary.extent();
        assertThat(entries).allMatch(e -> land.covers(e.point()));
        List<String> foodbanks = Files.readAllLines(dir.resolve("foodbanks.csv")).subList(1, summary.facilities().get("foodbanks") + 1);
        assertThat(foodbanks).allMatch(l -> lookup.find(l.substring(l.indexOf(',') + 1)).isPresent());
        for (NationalPoints.Type t : NationalPoints.TYPES) {
            if (t.form() != NationalPoints.Form.POSTCODES) {
                Layer layer = read(dir.resolve(t.key() + ".shp"));
                assertThat(layer.size()).isEqualTo(summary.facilities().get(t.key())).isGreaterThanOrEqualTo(2);
                assertThat(layer.features()).allMatch(f -> land.covers(Layer.geometry(f).getEnvelopeInternal()));
            }
        }
        List<String> population = Files.readAllLines(dir.resolve(NationalPoints.POPULATION_FILE));
        assertThat(population).hasSize(summary.populationPoints() + 1);
        double residents = population.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1))).sum();
        assertThat(residents).isCloseTo(summary.residents(), relative(0.05));
    }

    /** The analysis file loads and names all seven types, the postcodes, the LSOA indicators and deserts. */
    @Test
    void theAnalysisFileLoads() {
        Analysis analysis = AnalysisFiles.read(dir.resolve(NationalDataset.ANALYSIS_FILE));
        assertThat(analysis.spec().facilities()).hasSize(7);
        assertThat(analysis.spec().accessibility().postcodes()).isEqualTo(NationalPoints.POSTCODES_FILE);
        assertThat(analysis.spec().accessibility().zones()).containsExactly("lsoa");
        assertThat(analysis.roads()).hasSize(1);
    }

    /** The same size and seed give the same files; a bigger size scales the counts. */
    @Test
    void sameSizeSameFilesAndCountsScale(@TempDir Path again) throws IOException {
        NationalDataset.write(LINKS, Benchmarks.SEED, again, null);
        for (String file : List.of("wards.dbf", "gp.shp", NationalPoints.POSTCODES_FILE, "roads/"
                + summary.tiles().keySet().iterator().next() + ".shp")) {
            assertThat(Files.mismatch(dir.resolve(file), again.resolve(file))).as(file).isEqualTo(-1L);
        }
        assertThatThrownBy(() -> NationalDataset.write(99, 1, again, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 100 links");
    }

    private static Layer read(Path file) {
        return LayerReader.read(file, ReadOptions.defaults());
    }

    private static org.assertj.core.data.Percentage relative(double fraction) {
        return org.assertj.core.data.Percentage.withPercentage(fraction * 100);
    }
}
