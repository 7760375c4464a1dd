package org.catchment.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.catchment.analysis.Accessibility;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.OutputNames;
import org.catchment.io.geopackage.GeoPackageWriter;
import org.catchment.io.geopackage.PartedLayer;
import org.catchment.layer.Layer;
import org.catchment.layer.PolygonsOnly;
import org.catchment.network.SearchResult;
import org.catchment.network.SearchStart;
import org.catchment.network.SnapFailure;
import org.catchment.network.WalkingNetwork;
import org.catchment.overlay.CoverageRow;
import org.catchment.overlay.Desert;
import org.catchment.overlay.ServedSurface;
import org.catchment.overlay.Zone;
import org.catchment.servicearea.CatchmentResult;
import org.catchment.servicearea.Facility;
import org.catchment.servicearea.ReachablePiece;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns an analysis result into the layers of the GeoPackage export (docs/analysis-file.md#outputs):
 * facilities and their access points, service areas, the reachable network, node times, the
 * served-count surface, deserts, ward coverage and the study area, and the inputs as read.
 */
public final class ResultLayers {

    private static final String ON_NETWORK = "on the network";
    private static final String NOT_ON_NETWORK = "not on the network";

    private final AnalysisResult result;
    private final GeometryFactory factory;
    private final CoordinateReferenceSystem crs;

    /** @param result the analysis result; its layers are in the analysis's working CRS */
    public ResultLayers(AnalysisResult result) {
        this.result = result;
        this.factory = result.tiled() ? result.studyArea().area().getFactory() : result.network().geometryFactory();
        this.crs = result.tiled() ? result.analysis().workingCrs() : result.network().crs();
    }

    /** @return every result layer, in the order they are written */
    public List<Layer> all() {
        return tables().stream().map(ResultLayers::whole).toList();
    }

    /**
     * @return every result layer by name, each made only when asked for, in the order they are
     *     written: the GeoPackage export then holds one at a time (a million facilities' rows, then
     *     their access points), not all at once; the layers of millions of rows (a tiled run's
     *     reachable network and node times, the postcodes' minutes) come in parts ({@link PartedLayer})
     *     and are never held whole
     */
    public List<GeoPackageWriter.Table> tables() {
        List<GeoPackageWriter.Table> out = new ArrayList<>(catchmentTables());
        out.add(new GeoPackageWriter.Deferred("served_count", this::servedCount));
        out.add(new GeoPackageWriter.Deferred("deserts", this::deserts));
        out.add(new GeoPackageWriter.Deferred("ward_coverage", this::wardCoverage));
        out.addAll(accessTables());
        return out;
    }

    /**
     * @return the first of {@link #tables()}, those made from the catchments alone (the study area,
     *     the facilities, the service areas, the reachable network and node times) and not from the
     *     overlay: a tiled run's are written while its overlay is merged ({@link EarlyOutputs})
     */
    public List<GeoPackageWriter.Table> catchmentTables() {
        List<GeoPackageWriter.Table> out = new ArrayList<>();
        out.add(new GeoPackageWriter.Deferred("study_area", this::studyArea));
        out.add(new GeoPackageWriter.Deferred("facilities", this::facilities));
        out.add(new GeoPackageWriter.Deferred("access_points", this::accessPoints));
        out.add(new GeoPackageWriter.Deferred("service_areas", this::serviceAreas));
        if (result.analysis().spec().catchments().perFacility()) {
            out.add(new GeoPackageWriter.Deferred("facility_service_areas", this::facilityServiceAreas));
        }
        if (result.tiled()) {
            out.add(TiledLayers.reachableNetwork(result, this::reachableBuilder));
            out.add(TiledLayers.nodeTimes(result, this::nodeBuilder, factory));
        } else {
            out.add(new GeoPackageWriter.Deferred("reachable_network", this::reachableNetwork));
            out.add(new GeoPackageWriter.Deferred("node_times", this::nodeTimes));
        }
        return out;
    }

    /** @return a layer written in parts made whole, or a deferred layer made */
    static Layer whole(GeoPackageWriter.Table table) {
        if (table instanceof GeoPackageWriter.Deferred d) {
            return d.layer().get();
        }
        PartedLayer parted = (PartedLayer) table;
        List<SimpleFeature> features = new ArrayList<>();
        for (int i = 0; i < parted.count(); i++) {
            features.addAll(parted.part().apply(i).features());
        }
        return Layer.of(parted.name(), parted.type(), features);
    }

    /**
     * @return the accessibility indicators' layers: the postcodes' minutes ({@code access_postcodes}),
     *     then one per zone layer ({@code access_<zone>}); none when the analysis asks for no indicators
     */
    public List<Layer> accessibility() {
        return accessTables().stream().map(ResultLayers::whole).toList();
    }

    /** @return the accessibility layers of {@link #accessibility()}, each made only when asked for */
    private List<GeoPackageWriter.Table> accessTables() {
        List<GeoPackageWriter.Table> out = new ArrayList<>();
        if (result.accessibility() == null) {
            return out;
        }
        if (result.accessibility().postcodes() != null) {
            out.add(AccessOutputs.partedLayer(result.accessibility().postcodes(), factory, crs));
        }
        List<String> names = result.analysis().spec().zones().stream().map(OutputNames::zoneName).toList();
        for (Accessibility.ZoneTable z : result.accessibility().zones()) {
            out.add(new GeoPackageWriter.Deferred(AccessOutputs.zoneLayerName(z.zoneName()), () -> AccessOutputs
                    .zoneLayer(z, result.overlayInputs().zoneSets().get(names.indexOf(z.zoneName())), factory, crs)));
        }
        return out;
    }

    /**
     * The input layers as the run read them, for the GeoPackage: {@code input_zones} (the study
     * area's layer, filtered), the residential land, population and zone layers
     * ({@code input_<name>}), and each facility type's layers with its filter applied
     * ({@code input_<type>}, {@code input_<type>_2}, ... for a type read from several files). A
     * layer holding the same features of the same file as one before it (the population and a zone
     * layer read from one file) is written once; types that share a file each get theirs.
     *
     * @return the input layers, in that order
     */
    public List<Layer> inputs() {
        List<Layer> all = new ArrayList<>();
        all.add(result.inputs().zones().renamed("input_zones"));
        result.inputs().others().forEach(l -> all.add(l.renamed("input_" + l.name())));
        for (AnalysisResult.TypeResult t : result.types()) {
            for (int k = 0; k < t.layers().size(); k++) {
                all.add(t.layers().get(k).renamed("input_" + t.spec().type() + (k == 0 ? "" : "_" + (k + 1))));
            }
        }
        List<Layer> out = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (Layer l : all) {
            List<Object> content = List.of(l.source().map(Object::toString).orElse(l.name()),
                    l.features().stream().map(SimpleFeature::getID).toList());
            if (l.size() == 0 || seen.add(content)) {
                out.add(l);
            }
        }
        return out;
    }

    /** @return the study area, one polygon per zone */
    public Layer studyArea() {
        LayerBuilder b = new LayerBuilder("study_area", MultiPolygon.class, crs)
                .attribute("name", String.class).attribute("code", String.class).attribute("area_m2", Double.class);
        Geometry area = result.studyArea().area();
        for (Zone z : result.studyArea().zones()) {
            Geometry part = result.studyArea().residential() == null ? z.geometry()
                    : z.geometry().intersection(area);
            b.add(multi(part), z.name(), z.code(), part.getArea());
        }
        return b.build();
    }

    /** @return every facility with how it joined the network */
    public Layer facilities() {
        LayerBuilder b = new LayerBuilder("facilities", Geometry.class, crs)
                .attribute("type", String.class).attribute("label", String.class)
                .attribute("facility_id", String.class).attribute("name", String.class)
                .attribute("access_points", Integer.class).attribute("snap_distance_m", Double.class)
                .attribute("status", String.class);
        for (AnalysisResult.TypeResult t : result.types()) {
            CatchmentResult c = t.catchment();
            List<SearchStart> starts = c.starts().starts();
            List<SnapFailure> failures = c.starts().failures();
            int s = 0;
            int failed = 0;
            for (Facility f : c.facilities()) {
                int own = 0;
                double nearest = Double.POSITIVE_INFINITY;
                while (s < starts.size() && starts.get(s).source() == f.index()) {
                    nearest = Math.min(nearest, starts.get(s++).snap().offsetM());
                    own++;
                }
                String status = ON_NETWORK;
                if (own == 0) {
                    SnapFailure failure = failed < failures.size() && failures.get(failed).name().equals(f.name())
                            ? failures.get(failed++) : null;
                    status = failure == null ? NOT_ON_NETWORK : NOT_ON_NETWORK + ": " + failure.reason();
                }
                b.add(f.geometry(), t.spec().type(), t.spec().label(), f.id(), f.name(), own,
                        own == 0 ? null : nearest, status);
            }
        }
        return b.build();
    }

    /** @return the points where each facility joins the network */
    public Layer accessPoints() {
        LayerBuilder b = new LayerBuilder("access_points", Point.class, crs)
                .attribute("type", String.class).attribute("facility", String.class)
                .attribute("offset_m", Double.class).attribute("start_min", Double.class);
        for (AnalysisResult.TypeResult t : result.types()) {
            CatchmentResult c = t.catchment();
            for (SearchStart s : c.starts().starts()) {
                b.add(factory.createPoint(s.snap().snapped()), t.spec().type(), c.facilities().get(s.source()).name(),
                        s.snap().offsetM(), s.startMinutes());
            }
        }
        return b.build();
    }

    /** @return the service-area polygons: one per type and band (rings or disks as the analysis says) */
    public Layer serviceAreas() {
        LayerBuilder b = new LayerBuilder("service_areas", MultiPolygon.class, crs)
                .attribute("type", String.class).attribute("label", String.class)
                .attribute("band_min", Double.class).attribute("ring_from_min", Double.class)
                .attribute("area_m2", Double.class);
        boolean rings = result.analysis().spec().catchments().rings();
        for (AnalysisResult.TypeResult t : result.types()) {
            List<Geometry> polygons = t.catchment().bandPolygons();
            List<Double> bands = t.spec().bandsMin();
            for (int k = polygons.size() - 1; k >= 0; k--) {
                double from = rings && k > 0 ? bands.get(k - 1) : 0;
                Geometry g = polygons.get(k);
                b.add(multi(g), t.spec().type(), t.spec().label(), bands.get(k), from, g.getArea());
            }
        }
        return b.build();
    }

    /** @return each facility's own (overlapping) service areas */
    public Layer facilityServiceAreas() {
        LayerBuilder b = new LayerBuilder("facility_service_areas", MultiPolygon.class, crs)
                .attribute("type", String.class).attribute("facility", String.class)
                .attribute("band_min", Double.class).attribute("area_m2", Double.class);
        for (AnalysisResult.TypeResult t : result.types()) {
            CatchmentResult c = t.catchment();
            for (int i = 0; i < c.perFacility().size(); i++) {
                List<Geometry> disks = c.perFacility().get(i);
                for (int k = disks.size() - 1; k >= 0; k--) {
                    b.add(multi(disks.get(k)), t.spec().type(), c.facilities().get(i).name(), t.spec().bandsMin().get(k),
                            disks.get(k).getArea());
                }
            }
        }
        return b.build();
    }

    /** @return the stretches of network reached, with their band, nearest facility and times */
    public Layer reachableNetwork() {
        if (result.tiled()) {
            return whole(TiledLayers.reachableNetwork(result, this::reachableBuilder));
        }
        LayerBuilder b = reachableBuilder();
        WalkingNetwork net = result.network();
        for (AnalysisResult.TypeResult t : result.types()) {
            CatchmentResult c = t.catchment();
            for (ReachablePiece p : c.pieces()) {
                LineString line = net.geometries().subLine(p.edge(), p.fromAlongM(), p.toAlongM(), factory);
                if (line != null) {
                    b.add(line, t.spec().type(), t.spec().bandsMin().get(p.band()), c.facilities().get(p.source()).name(),
                            p.fromMinutes(), p.toMinutes(), p.lengthM());
                }
            }
        }
        return b.build();
    }

    /**
     * @return every network node reached by any type within its largest band: its id in the
     *         source network, position, and per type the minutes to the nearest facility and which
     */
    public Layer nodeTimes() {
        if (result.tiled()) {
            return whole(TiledLayers.nodeTimes(result, this::nodeBuilder, factory));
        }
        LayerBuilder b = nodeBuilder();
        WalkingNetwork net = result.network();
        int types = result.types().size();
        for (int n = 0; n < net.nodeCount(); n++) {
            Object[] row = new Object[4 + 2 * types];
            boolean reached = false;
            for (int k = 0; k < types; k++) {
                CatchmentResult c = result.types().get(k).catchment();
                SearchResult s = c.search();
                double m = s.minutes(n);
                if (m <= s.maxMinutes()) {
                    reached = true;
                    row[4 + 2 * k] = m;
                    row[5 + 2 * k] = c.facilities().get(s.source(n)).name();
                }
            }
            if (reached) {
                row[0] = n;
                row[1] = net.nodeSourceId(n);
                row[2] = net.nodeX(n);
                row[3] = net.nodeY(n);
                b.add(factory.createPoint(new Coordinate(net.nodeX(n), net.nodeY(n))), row);
            }
        }
        return b.build();
    }

    private LayerBuilder reachableBuilder() {
        return new LayerBuilder("reachable_network", LineString.class, crs)
                .attribute("type", String.class).attribute("band_min", Double.class)
                .attribute("facility", String.class).attribute("from_min", Double.class)
                .attribute("to_min", Double.class).attribute("length_m", Double.class);
    }

    private LayerBuilder nodeBuilder() {
        LayerBuilder b = new LayerBuilder("node_times", Point.class, crs)
                .attribute("node", Integer.class).attribute("source_id", String.class)
                .attribute("easting", Double.class).attribute("northing", Double.class);
        for (AnalysisResult.TypeResult t : result.types()) {
            b.attribute(t.spec().type() + "_min", Double.class).attribute(t.spec().type() + "_facility", String.class);
        }
        return b;
    }

    /** @return the served-count surface: the study area cut by which types serve each part */
    public Layer servedCount() {
        LayerBuilder b = new LayerBuilder("served_count", MultiPolygon.class, crs)
                .attribute("served_count", Integer.class).attribute("missing_count", Integer.class)
                .attribute("missing_types", String.class).attribute("area_m2", Double.class);
        List<String> order = result.types().stream().map(t -> t.spec().type()).toList();
        for (ServedSurface.Piece p : result.surface().pieces()) {
            List<String> missing = order.stream().filter(p.missingTypes()::contains).toList();
            b.add(multi(p.geometry()), p.servedCount(), missing.size(), labels(missing), p.geometry().getArea());
        }
        return b.build();
    }

    /** @return the deserts, largest first */
    public Layer deserts() {
        LayerBuilder b = new LayerBuilder("deserts", MultiPolygon.class, crs)
                .attribute("id", Integer.class).attribute("wards", String.class)
                .attribute("missing_count", Integer.class).attribute("missing_types", String.class)
                .attribute("partly_missing", String.class)
                .attribute("area_m2", Double.class).attribute("residents", Double.class);
        for (Desert d : result.deserts().deserts()) {
            b.add(multi(d.geometry()), d.id(), String.join("; ", d.wards()), d.missingTypes().size(),
                    labels(d.missingTypes()), labels(d.partlyMissingTypes()), d.areaM2(), d.residents());
        }
        return b.build();
    }

    /** @return each ward with its coverage statistics as columns, e.g. gp_20_area_share */
    public Layer wardCoverage() {
        LayerBuilder b = new LayerBuilder("ward_coverage", MultiPolygon.class, crs)
                .attribute("ward", String.class).attribute("area_m2", Double.class).attribute("residents", Double.class);
        Map<String, Map<String, CoverageRow>> byWard = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CoverageRow r : result.wardCoverage()) {
            String col = r.type() + "_" + band(r.bandMin());
            byWard.computeIfAbsent(r.zone(), z -> new LinkedHashMap<>()).put(col, r);
            if (seen.add(col)) {
                columns.add(col);
            }
        }
        for (String col : columns) {
            b.attribute(col + "_area_share", Double.class).attribute(col + "_res_share", Double.class);
        }
        for (Zone z : result.studyArea().zones()) {
            Map<String, CoverageRow> rows = byWard.getOrDefault(z.name(), Map.of());
            Object[] row = new Object[3 + 2 * columns.size()];
            row[0] = z.name();
            CoverageRow any = rows.values().stream().findFirst().orElse(null);
            row[1] = any == null ? z.geometry().getArea() : any.zoneAreaM2();
            row[2] = any == null ? null : any.zoneResidents();
            for (int i = 0; i < columns.size(); i++) {
                CoverageRow r = rows.get(columns.get(i));
                row[3 + 2 * i] = r == null ? null : r.areaShare();
                row[4 + 2 * i] = r == null ? null : r.residentsShare();
            }
            b.add(multi(z.geometry()), row);
        }
        return b.build();
    }

    /** @return a band in minutes as it appears in column names: 10, 7.5 becomes 7_5 */
    static String band(double minutes) {
        return minutes == Math.rint(minutes) ? Long.toString((long) minutes)
                : Double.toString(minutes).replace('.', '_');
    }

    private String labels(List<String> types) {
        Map<String, String> label = new LinkedHashMap<>();
        result.types().forEach(t -> label.put(t.spec().type(), t.spec().label()));
        return String.join(", ", types.stream().map(t -> label.getOrDefault(t, t)).toList());
    }

    private MultiPolygon multi(Geometry g) {
        return multi(g, factory);
    }

    /** @return the polygons of {@code g} as one multipolygon, as the GeoPackage's polygon layers hold them */
    static MultiPolygon multi(Geometry g, GeometryFactory factory) {
        return factory.createMultiPolygon(PolygonsOnly.parts(g).toArray(new Polygon[0]));
    }
}
