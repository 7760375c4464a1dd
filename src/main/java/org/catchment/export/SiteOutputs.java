package org.catchment.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.ProgressListener;
import org.catchment.io.csv.CsvTableWriter;
import org.catchment.io.geopackage.GeoPackageWriter;
import org.catchment.layer.Layer;
import org.catchment.render.MapLayer;
import org.catchment.siting.Candidates;
import org.catchment.siting.SiteSelection;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/**
 * The outputs of {@code catchment site} for one type (docs/analysis-file.md#suggested-sites):
 * {@code sites_<type>.gpkg} (the picks, the place each newly serves, every candidate with its gain
 * alone, the type's served area now, the study area), {@code sites_<type>.csv} (one row per pick:
 * its marginal residents and the running total) and the map {@code sites_<type>.png}. One output
 * set, written all or nothing through {@link Outputs#writeSet}.
 */
public final class SiteOutputs {

    private SiteOutputs() {
    }

    /** @return the set's files, relative to the output folder, in the order written */
    public static List<String> fileNames(String type) {
        String base = "sites_" + type;
        return List.of(base + ".gpkg", base + ".csv", base + ".png");
    }

    /** Checks, before anything runs, that the set can be written ({@link Outputs#checkTarget}). */
    public static void checkTarget(Analysis analysis, String type, boolean force) {
        Outputs.checkTarget(analysis, fileNames(type), force);
    }

    /**
     * @param baseline the result the sites were chosen against
     * @param sites    the siting result
     * @param force    true to replace existing outputs
     * @return the files written
     */
    public static List<Path> write(AnalysisResult baseline, SiteSelection.Result sites, boolean force,
                                   ProgressListener progress) {
        List<String> names = fileNames(sites.setting().type());
        return Outputs.writeSet(baseline.analysis(), names, force, progress, staging -> {
            GeoPackageWriter.write(staging.resolve(names.get(0)), layers(baseline, sites), Map.of());
            StatisticsTables.Table t = table(names.get(1), sites);
            CsvTableWriter.write(staging.resolve(t.fileName()), t.header(), t.rows());
            SiteMap.of(names.get(2), baseline, sites).write(staging.resolve(names.get(2)));
        });
    }

    /** @return one row per pick, in order */
    static StatisticsTables.Table table(String fileName, SiteSelection.Result r) {
        List<List<Object>> rows = new ArrayList<>();
        double area = 0;
        for (SiteSelection.Pick p : r.picks()) {
            Point at = point(p.candidate());
            area += p.newReach().getArea();
            rows.add(Arrays.asList(p.rank(), r.setting().type(), r.setting().bandMin(), p.candidate().site().id(),
                    p.name(), at.getX(), at.getY(), p.newReach().getArea(), area,
                    r.byResidents() ? p.gain() : null, r.byResidents() ? p.cumulative() : null));
        }
        return new StatisticsTables.Table(fileName, List.of("rank", "type", "band_min", "candidate_id", "name", "x", "y",
                "area_gained_m2", "area_total_m2", "residents_gained", "residents_total"), rows);
    }

    /** @return the GeoPackage's layers, in the order written */
    static List<Layer> layers(AnalysisResult baseline, SiteSelection.Result r) {
        GeometryFactory gf = baseline.network().geometryFactory();
        CoordinateReferenceSystem crs = baseline.network().crs();
        SiteSelection.Setting s = r.setting();
        LayerBuilder served = new LayerBuilder("served_now", MultiPolygon.class, crs).attribute("type", String.class)
                .attribute("band_min", Double.class);
        served.add(ResultLayers.multi(s.existing().disks().get(s.servedBandIndex()), gf), s.type(), s.bandMin());
        int[] rank = new int[r.candidates().size()];
        r.picks().forEach(p -> rank[p.candidate().site().index()] = p.rank());
        LayerBuilder candidates = new LayerBuilder("candidates", Point.class, crs).attribute("candidate_id", String.class)
                .attribute("name", String.class).attribute("area_alone_m2", Double.class)
                .attribute("residents_alone", Double.class).attribute("pick", Integer.class);
        for (Candidates.Candidate c : r.candidates().placed()) {
            int i = c.site().index();
            candidates.add(point(c), c.site().id(), c.site().name(), r.reaches().get(i).getArea(),
                    r.byResidents() ? r.alone()[i] : null, rank[i] == 0 ? null : rank[i]);
        }
        LayerBuilder reach = new LayerBuilder("new_access", MultiPolygon.class, crs).attribute("rank", Integer.class)
                .attribute("name", String.class).attribute("area_m2", Double.class).attribute("residents", Double.class);
        LayerBuilder picks = new LayerBuilder("sites", Geometry.class, crs).attribute("rank", Integer.class)
                .attribute("type", String.class).attribute("candidate_id", String.class).attribute("name", String.class)
                .attribute("residents_gained", Double.class).attribute("residents_total", Double.class)
                .attribute("area_gained_m2", Double.class);
        for (SiteSelection.Pick p : r.picks()) {
            Double gain = r.byResidents() ? p.gain() : null;
            reach.add(ResultLayers.multi(p.newReach(), gf), p.rank(), p.name(), p.newReach().getArea(), gain);
            picks.add(p.candidate().site().geometry(), p.rank(), s.type(), p.candidate().site().id(), p.name(), gain,
                    r.byResidents() ? p.cumulative() : null, p.newReach().getArea());
        }
        return List.of(new ResultLayers(baseline).studyArea(), served.build(), candidates.build(), reach.build(),
                picks.build());
    }

    /** The legend (and the app's layer name) of the suggested sites. */
    public static final String SITES_LEGEND = "Suggested site (numbered in order chosen)";

    /**
     * A layer of the picks for the app's map.
     *
     * @param mapLayer how it is drawn, as the sites map draws it
     * @param source   its features with their attributes (for Identify and the attribute table)
     */
    public record PickLayer(MapLayer mapLayer, Layer source) {
    }

    /**
     * @return the picks' layers for a map, top first: the sites (numbered stars, with the
     *     GeoPackage's {@code sites} attributes) and the places they newly serve ({@code new_access})
     */
    public static List<PickLayer> pickLayers(AnalysisResult baseline, SiteSelection.Result r) {
        List<Layer> layers = layers(baseline, r);
        List<MapLayer> drawn = SiteMap.picks(r);
        return List.of(new PickLayer(drawn.get(1), layers.get(4)), new PickLayer(drawn.get(0), layers.get(3)));
    }

    /** @return where a candidate stands: its point, or a point inside its polygon */
    public static Point point(Candidates.Candidate c) {
        Geometry g = c.site().geometry();
        return g instanceof Point p ? p : g.getInteriorPoint();
    }
}
