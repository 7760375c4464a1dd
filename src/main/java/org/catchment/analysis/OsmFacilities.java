package org.catchment.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.catchment.io.Features;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.catchment.network.OsmElements;
import org.catchment.network.OsmElements.Kind;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/**
 * Reads the facilities of a type straight from an OpenStreetMap extract ({@code .osm.pbf} or
 * {@code .osm} XML) by its {@link OsmTags}: tagged nodes become points; tagged closed ways and
 * tagged multipolygon relations ({@code type=multipolygon}) become areas ({@link OsmAreas}), so a
 * surgery mapped as a building outline gets access points like any polygon facility. A tagged way
 * that does not close, and a relation whose ways or nodes are not all in the extract or whose rings
 * do not close, are left out with one warning each kind. The file is read in three passes (relations,
 * then ways, then nodes), keeping only the ways and node positions the facilities need, so an extract
 * of any size is read in little memory. The two layers come back in longitude/latitude (WGS84), with
 * the fields {@code osm_id} ({@code node/123}, {@code way/45}, {@code relation/6}), {@code name} and
 * each key of the rule.
 */
final class OsmFacilities {

    private static final String MULTIPOLYGON = "multipolygon";

    private final Path file;
    private final OsmTags rule;
    private final List<Tagged> points = new ArrayList<>();
    private final Map<Long, Tagged> ways = new LinkedHashMap<>();
    private final Map<Long, Tagged> relations = new LinkedHashMap<>();
    private final Map<Long, long[]> wayNodes = new HashMap<>();
    private final Map<Long, Coordinate> nodes = new HashMap<>();
    private int openWays;

    /** A tagged element: its id, tags, and for a relation its outer and inner ways. */
    private record Tagged(long id, Map<String, String> tags, Coordinate point, List<Long> outer, List<Long> inner) {
    }

    private OsmFacilities(Path file, OsmTags rule) {
        this.file = file;
        this.rule = rule;
    }

    /** @return true when a file is an OpenStreetMap extract by its name ({@code .osm.pbf}, {@code .osm}) */
    static boolean isOsm(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".pbf") || n.endsWith(".osm");
    }

    /**
     * @param file the extract
     * @param rule which elements are facilities
     * @return the points layer, then the areas layer, both in longitude/latitude
     * @throws org.catchment.InputException when the file cannot be read
     */
    static List<Layer> read(Path file, OsmTags rule) {
        OsmFacilities reader = new OsmFacilities(file, rule);
        reader.scan();
        return reader.layers();
    }

    private void scan() {
        OsmElements.read(file, EnumSet.of(Kind.RELATION), new OsmElements.Visitor() {
            @Override
            public void relation(long id, List<OsmElements.Member> members, Map<String, String> tags) {
                if (MULTIPOLYGON.equals(tags.get("type")) && rule.matches(tags)) {
                    List<Long> outer = new ArrayList<>();
                    List<Long> inner = new ArrayList<>();
                    for (OsmElements.Member m : members) {
                        if (m.kind() == Kind.WAY) {
                            ("inner".equals(m.role()) ? inner : outer).add(m.ref());
                        }
                    }
                    relations.put(id, new Tagged(id, tags, null, outer, inner));
                }
            }
        });
        Set<Long> memberWays = new HashSet<>();
        relations.values().forEach(r -> {
            memberWays.addAll(r.outer());
            memberWays.addAll(r.inner());
        });
        OsmElements.read(file, EnumSet.of(Kind.WAY), new OsmElements.Visitor() {
            @Override
            public void way(long id, long[] refs, Map<String, String> tags) {
                boolean tagged = rule.matches(tags);
                if (tagged && (refs.length < 4 || refs[0] != refs[refs.length - 1])) {
                    openWays++;
                    tagged = false;
                }
                if (tagged) {
                    ways.put(id, new Tagged(id, tags, null, List.of(), List.of()));
                }
                if (tagged || memberWays.contains(id)) {
                    wayNodes.put(id, refs);
                }
            }
        });
        Set<Long> wanted = new HashSet<>();
        wayNodes.values().forEach(refs -> {
            for (long r : refs) {
                wanted.add(r);
            }
        });
        OsmElements.read(file, EnumSet.of(Kind.NODE), new OsmElements.Visitor() {
            @Override
            public void node(long id, double lon, double lat, Map<String, String> tags) {
                if (rule.matches(tags)) {
                    points.add(new Tagged(id, tags, new Coordinate(lon, lat), List.of(), List.of()));
                }
                if (wanted.contains(id)) {
                    nodes.put(id, new Coordinate(lon, lat));
                }
            }
        });
    }

    private List<Layer> layers() {
        GeometryFactory gf = new GeometryFactory();
        OsmAreas areas = new OsmAreas(gf);
        String base = Features.layerName(file).replaceFirst("(?i)\\.osm$", "");
        SimpleFeatureType pointType = type(base + " points", Point.class);
        SimpleFeatureType areaType = type(base + " areas", MultiPolygon.class);
        List<SimpleFeature> pointFeatures = new ArrayList<>();
        for (Tagged p : points) {
            pointFeatures.add(feature(pointType, "node/" + p.id(), p.tags(), gf.createPoint(p.point())));
        }
        List<SimpleFeature> areaFeatures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Tagged w : ways.values()) {
            Coordinate[] ring = coordinates(w.id());
            Geometry polygon = ring == null ? null : areas.closedWay(ring);
            if (polygon != null) {
                areaFeatures.add(feature(areaType, "way/" + w.id(), w.tags(), polygon));
            }
        }
        List<Long> incomplete = new ArrayList<>();
        for (Tagged r : relations.values()) {
            List<Coordinate[]> outer = coordinates(r.outer());
            List<Coordinate[]> inner = coordinates(r.inner());
            Geometry area = outer == null || inner == null ? null : areas.multipolygon(outer, inner);
            if (area == null) {
                incomplete.add(r.id());
            } else {
                areaFeatures.add(feature(areaType, "relation/" + r.id(), r.tags(), area));
            }
        }
        if (openWays > 0) {
            warnings.add(file.getFileName() + ": " + openWays + (openWays == 1 ? " way" : " ways") + " tagged " + rule
                    + (openWays == 1 ? " is" : " are") + " not closed and " + (openWays == 1 ? "was" : "were")
                    + " left out: a facility is a point or an area.");
        }
        if (!incomplete.isEmpty()) {
            warnings.add(file.getFileName() + ": " + incomplete.size() + " multipolygon relations tagged " + rule
                    + " were left out: their ways are not all in the extract or their rings do not close (relation/"
                    + incomplete.get(0) + (incomplete.size() > 1 ? " and others" : "") + ").");
        }
        Layer pointLayer = Layer.of(pointType.getTypeName(), pointType, pointFeatures).withSource(file);
        Layer areaLayer = Layer.of(areaType.getTypeName(), areaType, areaFeatures).withSource(file);
        for (String w : warnings) {
            areaLayer = areaLayer.withWarning(w);
        }
        return List.of(pointLayer, areaLayer);
    }

    /** @return a way's node positions, or null when one of its nodes is not in the extract */
    private Coordinate[] coordinates(long way) {
        long[] refs = wayNodes.get(way);
        if (refs == null) {
            return null;
        }
        Coordinate[] out = new Coordinate[refs.length];
        for (int i = 0; i < refs.length; i++) {
            Coordinate c = nodes.get(refs[i]);
            if (c == null) {
                return null;
            }
            out[i] = new Coordinate(c);
        }
        return out;
    }

    /** @return the ways' node positions, or null when one of them is incomplete */
    private List<Coordinate[]> coordinates(List<Long> wayIds) {
        List<Coordinate[]> out = new ArrayList<>();
        for (long id : wayIds) {
            Coordinate[] c = coordinates(id);
            if (c == null) {
                return null;
            }
            out.add(c);
        }
        return out;
    }

    private SimpleFeatureType type(String name, Class<? extends Geometry> binding) {
        List<Features.Column> columns = new ArrayList<>();
        columns.add(new Features.Column("osm_id", String.class));
        columns.add(new Features.Column("name", String.class));
        for (String key : rule.tags().keySet()) {
            if (!List.of("name", "osm_id", "geometry").contains(key)) {
                columns.add(new Features.Column(key, String.class));
            }
        }
        return Features.type(name, binding, Crs.wgs84(), columns);
    }

    private static SimpleFeature feature(SimpleFeatureType type, String osmId, Map<String, String> tags, Geometry g) {
        SimpleFeatureBuilder fb = new SimpleFeatureBuilder(type);
        fb.set("geometry", Features.as(g, type.getGeometryDescriptor().getType().getBinding()
                .asSubclass(Geometry.class)));
        fb.set("osm_id", osmId);
        fb.set("name", tags.get("name"));
        for (int i = 3; i < type.getAttributeCount(); i++) {
            String key = type.getDescriptor(i).getLocalName();
            fb.set(key, tags.get(key));
        }
        return fb.buildFeature(osmId.replace('/', '.'));
    }
}
