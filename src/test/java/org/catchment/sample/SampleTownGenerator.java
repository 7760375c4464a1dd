package org.catchment.sample;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catchment.io.AtomicOutput;
import org.catchment.io.csv.CsvTableWriter;
import org.catchment.io.geopackage.GeoPackageWriter;
import org.catchment.io.shapefile.ShapefileWriter;
import org.catchment.layer.Layer;

/**
 * Writes the sample town Millbrook into a folder: every file of {@code data/sample} (see
 * {@code data/README.md}). Deterministic: the same code writes the same files.
 *
 * <p>Run it with {@code java -cp target/classes:target/test-classes:<dependencies>
 * org.catchment.sample.SampleTownGenerator data/sample} after {@code mvn test-compile}.
 */
public final class SampleTownGenerator {

    /** The Code-Point Open codes written beside each postcode (country, NHS region, NHS area, county, district). */
    static final List<String> CODE_POINT_CODES = List.of("E92000001", "E19099001", "E18099001", "", "E06099001");

    static final String ANALYSIS = """
            # Millbrook, the synthetic sample town (see data/README.md).
            # Run it with: catchment run data/sample/analysis.yml
            name: Millbrook sample town
            network:
              roads: [RoadLink.shp]
              footpaths: [footpaths.shp]
            study_area:
              layer: wards.shp
              name_field: WD_NAME
              code_field: WD_CODE
              residential: residential.shp
            facilities:
              - {type: gp, label: GP surgeries, layer: gp.shp, name_field: name, bands_min: [10, 20]}
              - {type: libraries, label: Libraries, layer: libraries.shp, name_field: name, bands_min: [10, 20]}
              - {type: community_centres, label: Community centres, layer: community_centres.shp, name_field: name, bands_min: [10, 20]}
              - {type: sports_centres, label: Sports centres, layer: sports_centres.shp, name_field: name, bands_min: [10, 20]}
              - {type: foodbanks, label: Foodbanks, layer: foodbanks.csv, name_field: name, postcode_lookup: postcodes.csv, postcode_field: postcode, bands_min: [10, 20]}
              - {type: parks, label: "Children's parks", layer: parks.shp, name_field: name, bands_min: [5, 10]}
              - {type: retail_centres, label: Retail centres, layer: retail_centres.shp, name_field: name, bands_min: [5, 10]}
            population: {layer: lsoa.shp, count_field: POP}
            zones:
              - {layer: lsoa.shp, name_field: LSOA_NAME}
            indicators:
              - {table: lsoa_indicators.csv, table_key: lsoa_code, layer: lsoa.shp, layer_key: LSOA_CODE, field: imd_decile, label: IMD 2019 decile}
            accessibility: {postcodes: postcodes.csv, zones: [lsoa]}
            deserts: {min_missing: 3}
            scenarios:
              - name: close_central_library
                close: [{type: libraries, filter: "name = 'Millbrook Central Library'"}]
              - name: quay_surgery
                add: [{type: gp, points: [[354765, 391745, Canal Quay Surgery]]}]
            output:
              dir: out
              attribution: ["Synthetic sample data made by the Catchment project (CC0); places and postcodes are fictional"]
              backdrop: [{layer: railways.shp, label: Railway}]
            """;

    private SampleTownGenerator() {
    }

    /** @param args the output folder (e.g. {@code data/sample}) */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SampleTownGenerator <output folder>");
        }
        write(Path.of(args[0]));
    }

    /** Writes every file of the sample town into {@code dir}. */
    static void write(Path dir) {
        SampleTownPlan plan = new SampleTownPlan().build();
        SampleTownData data = new SampleTownData(plan);
        Layer roadLinks = SampleTownLayers.roadLinks(plan);
        Layer roadNodes = SampleTownLayers.roadNodes(plan);
        ShapefileWriter.write(roadLinks, dir.resolve("RoadLink.shp"));
        ShapefileWriter.write(roadNodes, dir.resolve("RoadNode.shp"));
        GeoPackageWriter.write(dir.resolve("open_roads.gpkg"),
                List.of(roadLinks.renamed("road_link"), roadNodes.renamed("road_node")), Map.of());
        ShapefileWriter.write(SampleTownLayers.footpaths(plan), dir.resolve("footpaths.shp"));
        ShapefileWriter.write(SampleTownLayers.railways(plan), dir.resolve("railways.shp"));
        ShapefileWriter.write(SampleTownLayers.wards(plan), dir.resolve("wards.shp"));
        ShapefileWriter.write(SampleTownLayers.lsoas(data), dir.resolve("lsoa.shp"));
        ShapefileWriter.write(SampleTownLayers.residential(data), dir.resolve("residential.shp"));
        for (String layer : SampleTownLayers.POINT_LAYERS.keySet()) {
            ShapefileWriter.write(SampleTownLayers.points(plan, data, layer), dir.resolve(layer + ".shp"));
        }
        for (String layer : List.of("parks", "retail_centres")) {
            ShapefileWriter.write(SampleTownLayers.areas(plan, layer), dir.resolve(layer + ".shp"));
        }
        List<List<Object>> indicators = new ArrayList<>();
        data.lsoas.forEach(l -> indicators.add(List.of(l.code(), l.name(), l.population(), l.imdDecile())));
        CsvTableWriter.write(dir.resolve("lsoa_indicators.csv"), List.of("lsoa_code", "lsoa_name", "population", "imd_decile"),
                indicators);
        List<List<Object>> foodbanks = new ArrayList<>();
        data.foodbanks.forEach(f -> foodbanks.add(List.of(f.name(), f.address(), f.postcode())));
        CsvTableWriter.write(dir.resolve("foodbanks.csv"), List.of("name", "address", "postcode"), foodbanks);
        writeText(dir.resolve("postcodes.csv"), codePoint(data));
        writeText(dir.resolve("analysis.yml"), ANALYSIS);
    }

    /** @return the postcodes in the Code-Point Open layout: no header, text quoted, numbers bare */
    static String codePoint(SampleTownData data) {
        StringBuilder s = new StringBuilder();
        for (SampleTownData.Postcode p : data.postcodes) {
            s.append(String.format(Locale.ROOT, "\"%s\",10,%d,%d", p.postcode(), (long) p.point().x, (long) p.point().y));
            for (String code : CODE_POINT_CODES) {
                s.append(",\"").append(code).append('"');
            }
            s.append(",\"").append(p.wardCode()).append("\"\r\n");
        }
        return s.toString();
    }

    private static void writeText(Path target, String text) {
        AtomicOutput.write(target, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
    }
}
