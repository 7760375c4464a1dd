package org.catchment.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The sample town's layers as GeoTools features in EPSG:27700, in the schemas of the files
 * written. Road links and nodes follow the OS Open Roads RoadLink and RoadNode schemas field for
 * field (with the official spelling {@code function}).
 */
final class SampleTownLayers {

    /** The RoadLink fields, in the order OS publishes them; all text except {@code length} (whole metres). */
    static final List<String> ROAD_LINK_FIELDS = List.of("fictitious", "identifier", "class", "roadNumber", "name1",
            "name1_lang", "name2", "name2_lang", "formOfWay", "length", "primary", "trunkRoad", "loop", "startNode",
            "endNode", "structure", "nameTOID", "numberTOID", "function");

    /** Point facility layers and the name of the field holding each one's particular attribute. */
    static final Map<String, String> POINT_LAYERS = pointLayers();

    private SampleTownLayers() {
    }

    private static Map<String, String> pointLayers() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("gp", "ods_code");
        m.put("libraries", "lib_type");
        m.put("community_centres", "operator");
        m.put("sports_centres", "facilities");
        return m;
    }

    private static SimpleFeatureTypeBuilder type(String name, Class<? extends Geometry> geometry) {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName(name);
        tb.setCRS(Crs.epsg(27700));
        tb.add("the_geom", geometry);
        return tb;
    }

    private static <T> Layer layer(SimpleFeatureTypeBuilder tb, String name, List<T> items, String idPrefix,
                                   Function<T, Object[]> values) {
        SimpleFeatureType type = tb.buildFeatureType();
        List<SimpleFeature> features = new ArrayList<>();
        int i = 1;
        for (T item : items) {
            features.add(SimpleFeatureBuilder.build(type, values.apply(item), idPrefix + "." + i++));
        }
        return Layer.of(name, type, features);
    }

    /** @return the road links in the OS Open Roads RoadLink schema */
    static Layer roadLinks(SampleTownPlan plan) {
        SimpleFeatureTypeBuilder tb = type("RoadLink", LineString.class);
        for (String f : ROAD_LINK_FIELDS) {
            tb.add(f, f.equals("length") ? Integer.class : String.class);
        }
        Map<String, String> nameToids = new LinkedHashMap<>();
        Map<String, String> numberToids = new LinkedHashMap<>();
        return layer(tb, "RoadLink", plan.network.links(), "RoadLink", l -> {
            StreetPlan.Kind k = l.road().kind;
            String name = l.road().name.isEmpty() ? null : l.road().name;
            String nameToid = name == null ? null : nameToids.computeIfAbsent(name,
                    n -> String.format("osgb5000005%09d", 100_000 + nameToids.size()));
            String numberToid = k.roadNumber() == null ? null : numberToids.computeIfAbsent(k.roadNumber(),
                    n -> String.format("osgb5000005%09d", 900_000 + numberToids.size()));
            return new Object[] {SampleTownPlan.line(List.of(l.points())), "false", l.identifier(), k.roadClass(),
                k.roadNumber(), name, name == null ? null : "eng", null, null, k.formOfWay(),
                (int) Math.round(l.length()), Boolean.toString(k.primary()), Boolean.toString(k.trunk()),
                Boolean.toString(l.loop()), l.startNode(), l.endNode(), null, nameToid, numberToid, k.function()};
        });
    }

    /** @return the road nodes in the OS Open Roads RoadNode schema */
    static Layer roadNodes(SampleTownPlan plan) {
        SimpleFeatureTypeBuilder tb = type("RoadNode", Point.class);
        tb.add("identifier", String.class);
        tb.add("formOfNode", String.class);
        return layer(tb, "RoadNode", plan.network.nodes(), "RoadNode",
                n -> new Object[] {SampleTownPlan.point(n.point()), n.identifier(), n.formOfNode()});
    }

    /** @return the public rights of way: id, type (Footpath or Bridleway), name */
    static Layer footpaths(SampleTownPlan plan) {
        SimpleFeatureTypeBuilder tb = type("footpaths", LineString.class);
        tb.add("id", String.class);
        tb.add("type", String.class);
        tb.add("name", String.class);
        return layer(tb, "footpaths", plan.footpaths, "footpaths", p -> new Object[] {p.line(), p.id(), p.type(), p.name()});
    }

    /** @return the railway lines, for the map */
    static Layer railways(SampleTownPlan plan) {
        SimpleFeatureTypeBuilder tb = type("railways", LineString.class);
        tb.add("name", String.class);
        tb.add("type", String.class);
        return layer(tb, "railways", List.copyOf(plan.railways.entrySet()), "railways",
                e -> new Object[] {e.getValue(), e.getKey(), "rail"});
    }

    /** @return the wards: WD_CODE, WD_NAME */
    static Layer wards(SampleTownPlan plan) {
        SimpleFeatureTypeBuilder tb = type("wards", Polygon.class);
        tb.add("WD_CODE", String.class);
        tb.add("WD_NAME", String.class);
        return layer(tb, "wards", plan.wards, "wards", z -> new Object[] {z.area(), z.code(), z.name()});
    }

    /** @return the LSOAs: LSOA_CODE, LSOA_NAME, WD_CODE, POP */
    static Layer lsoas(SampleTownData data) {
        SimpleFeatureTypeBuilder tb = type("lsoa", Polygon.class);
        tb.add("LSOA_CODE", String.class);
        tb.add("LSOA_NAME", String.class);
        tb.add("WD_CODE", String.class);
        tb.add("POP", Integer.class);
        return layer(tb, "lsoa", data.lsoas, "lsoa",
                l -> new Object[] {l.area(), l.code(), l.name(), l.wardCode(), l.population()});
    }

    /** @return residential land, one multipolygon per LSOA: LSOA_CODE, landuse */
    static Layer residential(SampleTownData data) {
        SimpleFeatureTypeBuilder tb = type("residential", MultiPolygon.class);
        tb.add("LSOA_CODE", String.class);
        tb.add("landuse", String.class);
        return layer(tb, "residential", data.lsoas.stream().filter(l -> !l.residential().isEmpty()).toList(), "residential",
                l -> new Object[] {multi(l.residential()), l.code(), "residential"});
    }

    private static MultiPolygon multi(Geometry g) {
        if (g instanceof MultiPolygon m) {
            return m;
        }
        return SampleTownPlan.GF.createMultiPolygon(new Polygon[] {(Polygon) g});
    }

    /** @return one point facility layer: name, its particular attribute, address, postcode */
    static Layer points(SampleTownPlan plan, SampleTownData data, String layerName) {
        SimpleFeatureTypeBuilder tb = type(layerName, Point.class);
        tb.add("name", String.class);
        tb.add(POINT_LAYERS.get(layerName), String.class);
        tb.add("address", String.class);
        tb.add("postcode", String.class);
        List<SampleTownPlan.PointFacility> items = plan.points.stream().filter(p -> p.layer().equals(layerName)).toList();
        return layer(tb, layerName, items, layerName, p -> {
            SampleTownData.Address a = data.addresses.get(p.name());
            return new Object[] {SampleTownPlan.point(p.point()), p.name(), p.attributes().get("extra"),
                a.street() + ", Millbrook", a.postcode()};
        });
    }

    /** @return one area facility layer (parks or retail centres): name, type, area_m2 */
    static Layer areas(SampleTownPlan plan, String layerName) {
        SimpleFeatureTypeBuilder tb = type(layerName, Polygon.class);
        tb.add("name", String.class);
        tb.add("type", String.class);
        tb.add("area_m2", Integer.class);
        List<SampleTownPlan.AreaFacility> items = plan.areas.stream().filter(a -> a.layer().equals(layerName)).toList();
        return layer(tb, layerName, items, layerName, a -> new Object[] {a.area(), a.name(), a.attributes().get("type"),
            (int) Math.round(a.area().getArea())});
    }
}
