package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catchment.io.LayerReader;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.filter.text.ecql.ECQL;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/**
 * The Rutland example reads its facilities straight from rutland-latest.osm.pbf by OpenStreetMap
 * tags (presets, and {shop: [supermarket]}); Geofabrik's POI shapefiles of the same extract
 * (data/rutland/geofabrik-shp) are made from the same tags by their {@code fclass} rules. Type by
 * type, the tagged nodes are the POI points and the tagged closed ways and multipolygons the POI
 * areas of that fclass: the same counts, the same OpenStreetMap ids, the same geometry.
 */
class OsmGeofabrikCountsTest {

    private static final Path SHP = Path.of("data/rutland/geofabrik-shp");
    /** The Geofabrik class each Rutland type mirrors ("OpenStreetMap Data in Layered GIS Format", POIs). */
    private static final Map<String, String> FCLASS = new LinkedHashMap<>();

    static {
        FCLASS.put("gp", "doctors");
        FCLASS.put("libraries", "library");
        FCLASS.put("community_centres", "community_centre");
        FCLASS.put("sports_centres", "sports_centre");
        FCLASS.put("parks", "playground");
        FCLASS.put("retail_centres", "supermarket");
    }

    @Test
    void eachTypeHasGeofabriksPointsAndAreasOfItsClass() throws Exception {
        Analysis rutland = AnalysisFiles.read(Path.of("data/rutland/analysis.yml")).withWorkingCrs(Crs.epsg(27700));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < rutland.spec().facilities().size(); i++) {
            AnalysisSpec.FacilitySpec type = rutland.spec().facilities().get(i);
            assertThat(type.layer()).isEqualTo("rutland-latest.osm.pbf");
            List<Layer> osm = FacilityLayers.read(rutland, i);
            String fclass = FCLASS.get(type.type());
            Layer points = geofabrik("gis_osm_pois_free_1.shp", fclass, rutland);
            Layer areas = geofabrik("gis_osm_pois_a_free_1.shp", fclass, rutland);
            assertThat(ids(osm.get(0), "node/")).as(type.type() + " points").containsExactlyInAnyOrderElementsOf(ids(points, ""));
            assertThat(ids(osm.get(1), "way/")).as(type.type() + " areas").containsExactlyInAnyOrderElementsOf(ids(areas, ""));
            sameGeometries(osm.get(0), points);
            sameGeometries(osm.get(1), areas);
            counts.put(type.type(), osm.get(0).size() + osm.get(1).size());
        }
        // ogrinfo -sql "SELECT fclass, COUNT(*) ... GROUP BY fclass" on the two POI shapefiles, points + polygons
        assertThat(counts).containsExactly(Map.entry("gp", 2 + 1), Map.entry("libraries", 2 + 2),
                Map.entry("community_centres", 16 + 12), Map.entry("sports_centres", 3 + 10),
                Map.entry("parks", 3 + 27), Map.entry("retail_centres", 1 + 6));
    }

    private static Layer geofabrik(String file, String fclass, Analysis analysis) throws Exception {
        return LayerReader.read(SHP.resolve(file), analysis.readOptions().withFilter(ECQL.toFilter("fclass = '" + fclass + "'")));
    }

    /** @return the OpenStreetMap ids of a layer, without the prefix given ("node/", "way/"; "" for Geofabrik's) */
    private static List<String> ids(Layer layer, String prefix) {
        return layer.features().stream().map(f -> ((String) f.getAttribute("osm_id")).substring(prefix.length())).toList();
    }

    private static void sameGeometries(Layer osm, Layer geofabrik) {
        for (SimpleFeature f : osm.features()) {
            String id = (String) f.getAttribute("osm_id");
            String plain = id.substring(id.indexOf('/') + 1);
            Optional<SimpleFeature> twin = geofabrik.features().stream()
                    .filter(g -> plain.equals(g.getAttribute("osm_id"))).findFirst();
            assertThat(twin).as(id).isPresent();
            Geometry theirs = Layer.geometry(twin.get());
            assertThat(Layer.geometry(f).equalsExact(theirs, 1e-6)).as(id + " as Geofabrik draws it").isTrue();
        }
    }
}
