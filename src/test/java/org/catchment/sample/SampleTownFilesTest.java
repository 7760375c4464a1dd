package org.catchment.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.io.ReadOptions;
import org.catchment.io.csv.PostcodeLookup;
import org.catchment.io.geopackage.GeoPackageReader;
import org.catchment.io.shapefile.ShapefileReader;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.catchment.network.NetworkLink;
import org.catchment.network.OpenRoadsSchema;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.api.feature.type.GeometryDescriptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The committed sample town in {@code data/sample} is what the generator writes (so the files
 * cannot drift from the code), and holds the feature counts, fields and CRS that
 * {@code data/README.md} documents.
 */
class SampleTownFilesTest {

    static final Path COMMITTED = Path.of("data/sample");

    /** The documented feature counts of every layer in data/sample. */
    static final Map<String, Integer> COUNTS = new TreeMap<>(Map.ofEntries(
            Map.entry("RoadLink.shp", 1696), Map.entry("RoadNode.shp", 1551), Map.entry("footpaths.shp", 75),
            Map.entry("railways.shp", 1), Map.entry("wards.shp", 4), Map.entry("lsoa.shp", 19),
            Map.entry("residential.shp", 19), Map.entry("gp.shp", 10), Map.entry("libraries.shp", 4),
            Map.entry("community_centres.shp", 13), Map.entry("sports_centres.shp", 7), Map.entry("parks.shp", 28),
            Map.entry("retail_centres.shp", 22)));

    @TempDir
    static Path generated;

    @BeforeAll
    static void generate() {
        SampleTownGenerator.write(generated);
    }

    static Layer shp(Path dir, String file) {
        return ShapefileReader.read(dir.resolve(file), ReadOptions.defaults());
    }

    static Layer gpkg(Path dir, String table) {
        return GeoPackageReader.read(dir.resolve("open_roads.gpkg"), ReadOptions.defaults().withTable(table));
    }

    /** @return each feature as its geometry's WKT followed by its attribute values, in file order */
    static List<List<Object>> rows(Layer layer) {
        List<List<Object>> out = new ArrayList<>();
        for (SimpleFeature f : layer.features()) {
            List<Object> row = new ArrayList<>();
            Geometry g = Layer.geometry(f);
            row.add(g.norm().toText());
            for (AttributeDescriptor d : layer.featureType().getAttributeDescriptors()) {
                if (!(d instanceof GeometryDescriptor)) {
                    row.add(f.getAttribute(d.getLocalName()));
                }
            }
            out.add(row);
        }
        return out;
    }

    static List<String> fields(Layer layer) {
        return layer.featureType().getAttributeDescriptors().stream().filter(d -> !(d instanceof GeometryDescriptor))
                .map(AttributeDescriptor::getLocalName).toList();
    }

    @Test
    void everyCommittedLayerIsWhatTheGeneratorWrites() {
        for (String file : COUNTS.keySet()) {
            Layer committed = shp(COMMITTED, file);
            Layer fresh = shp(generated, file);
            assertThat(fields(committed)).as(file).isEqualTo(fields(fresh));
            assertThat(rows(committed)).as(file).isEqualTo(rows(fresh));
        }
        for (String table : List.of("road_link", "road_node")) {
            assertThat(rows(gpkg(COMMITTED, table))).as(table).isEqualTo(rows(gpkg(generated, table)));
        }
    }

    @Test
    void everyCommittedTextFileIsWhatTheGeneratorWrites() throws Exception {
        for (String file : List.of("lsoa_indicators.csv", "foodbanks.csv", "postcodes.csv", "analysis.yml")) {
            assertThat(Files.readString(COMMITTED.resolve(file))).as(file).isEqualTo(Files.readString(generated.resolve(file)));
        }
    }

    @Test
    void layersHaveTheDocumentedCountsAndAreInBritishNationalGrid() {
        COUNTS.forEach((file, count) -> {
            Layer layer = shp(COMMITTED, file);
            assertThat(layer.size()).as(file).isEqualTo(count);
            assertThat(Crs.epsgCode(layer.crs())).as(file).isEqualTo(27700);
        });
        Layer links = gpkg(COMMITTED, "road_link");
        assertThat(links.size()).isEqualTo(1696);
        assertThat(Crs.epsgCode(links.crs())).isEqualTo(27700);
        assertThat(gpkg(COMMITTED, "road_node").size()).isEqualTo(1551);
    }

    @Test
    void roadLinksHaveTheOsOpenRoadsFieldsAndReadAsANetwork() {
        Layer links = shp(COMMITTED, "RoadLink.shp");
        assertThat(fields(links)).isEqualTo(SampleTownLayers.ROAD_LINK_FIELDS);
        assertThat(fields(shp(COMMITTED, "RoadNode.shp"))).containsExactly("identifier", "formOfNode");
        List<NetworkLink> read = OpenRoadsSchema.links(links);
        assertThat(read).hasSize(1696);
        // the M62 and its two slip roads, split where the slips join: 5 motorway links
        assertThat(read.stream().filter(l -> !l.walkable())).hasSize(5);
    }

    @Test
    void tablesHaveTheDocumentedRowsAndPopulation() throws Exception {
        List<String> lsoa = Files.readAllLines(COMMITTED.resolve("lsoa_indicators.csv"));
        assertThat(lsoa.get(0)).isEqualTo("lsoa_code,lsoa_name,population,imd_decile");
        assertThat(lsoa).hasSize(20);
        int population = lsoa.stream().skip(1).mapToInt(l -> Integer.parseInt(l.split(",")[2])).sum();
        assertThat(population).isEqualTo(31_101);
        assertThat(shp(COMMITTED, "lsoa.shp").features().stream().mapToInt(f -> ((Number) f.getAttribute("POP")).intValue())
                .sum()).isEqualTo(population);
        assertThat(Files.readAllLines(COMMITTED.resolve("foodbanks.csv"))).hasSize(8).first()
                .isEqualTo("name,address,postcode");
        assertThat(Files.readAllLines(COMMITTED.resolve("postcodes.csv"))).hasSize(1291);
    }

    @Test
    void foodbankPostcodesLocateEachFoodbankWhereThePlanPutsIt() throws Exception {
        PostcodeLookup lookup = PostcodeLookup.read(COMMITTED.resolve("postcodes.csv"));
        assertThat(lookup.size()).isEqualTo(1291);
        SampleTownPlan plan = new SampleTownPlan().build();
        List<SampleTownPlan.PointFacility> planned = plan.points.stream().filter(p -> p.layer().equals("foodbanks")).toList();
        List<String> rows = Files.readAllLines(COMMITTED.resolve("foodbanks.csv"));
        for (int i = 0; i < planned.size(); i++) {
            String postcode = rows.get(i + 1).substring(rows.get(i + 1).lastIndexOf(',') + 1);
            Coordinate at = lookup.find(postcode).orElseThrow();
            assertThat(at.distance(planned.get(i).point())).as(postcode).isZero();
        }
    }

    @Test
    void theAnalysisFileLoads() {
        Analysis a = AnalysisFiles.read(COMMITTED.resolve("analysis.yml"));
        assertThat(a.spec().name()).isEqualTo("Millbrook sample town");
        assertThat(a.spec().facilities()).extracting(f -> f.type()).containsExactly("gp", "libraries", "community_centres",
                "sports_centres", "foodbanks", "parks", "retail_centres");
        assertThat(a.spec().facilities()).extracting(f -> f.servedBand()).containsExactly(20.0, 20.0, 20.0, 20.0, 20.0,
                10.0, 10.0);
        assertThat(a.spec().deserts().minMissing()).isEqualTo(3);
        assertThat(a.roads().get(0).file()).isEqualTo(COMMITTED.resolve("RoadLink.shp").toAbsolutePath());
    }
}
