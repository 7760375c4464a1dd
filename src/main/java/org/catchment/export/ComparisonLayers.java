package org.catchment.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catchment.layer.Layer;
import org.catchment.overlay.AccessChange;
import org.catchment.overlay.Desert;
import org.catchment.overlay.DesertChange;
import org.catchment.scenario.Comparison;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * The layers of a scenario's comparison GeoPackage ({@code scenario_<name>.gpkg},
 * docs/analysis-file.md#scenario-outputs): where access was gained and lost per type and band, the
 * deserts before and after with what became of each, the facilities closed and added, and the
 * study area for orientation.
 */
final class ComparisonLayers {

    private final Comparison comparison;
    private final GeometryFactory factory;
    private final CoordinateReferenceSystem crs;
    private final Map<String, String> labels = new LinkedHashMap<>();

    ComparisonLayers(Comparison comparison) {
        this.comparison = comparison;
        this.factory = comparison.before().network().geometryFactory();
        this.crs = comparison.before().network().crs();
        comparison.before().types().forEach(t -> labels.put(t.spec().type(), t.spec().label()));
    }

    /** @return every layer, in the order written */
    List<Layer> all() {
        return List.of(new ResultLayers(comparison.before()).studyArea(), accessChange(), deserts("deserts_before", true),
                deserts("deserts_after", false), facilities());
    }

    /** @return one polygon per type, band and direction (gained or lost) that is not empty */
    Layer accessChange() {
        LayerBuilder b = new LayerBuilder("access_change", MultiPolygon.class, crs)
                .attribute("type", String.class).attribute("label", String.class).attribute("band_min", Double.class)
                .attribute("served_band", String.class).attribute("change", String.class)
                .attribute("area_m2", Double.class).attribute("residents", Double.class);
        for (AccessChange c : comparison.access()) {
            String served = comparison.isServedBand(c) ? "yes" : "no";
            if (!c.gained().isEmpty()) {
                b.add(ResultLayers.multi(c.gained(), factory), c.type(), c.label(), c.bandMin(), served, "gained",
                        c.gainedAreaM2(), c.gainedResidents());
            }
            if (!c.lost().isEmpty()) {
                b.add(ResultLayers.multi(c.lost(), factory), c.type(), c.label(), c.bandMin(), served, "lost",
                        c.lostAreaM2(), c.lostResidents());
            }
        }
        return b.build();
    }

    /** @return the deserts of one side, each with the status of its group and the group's number */
    Layer deserts(String name, boolean before) {
        LayerBuilder b = new LayerBuilder(name, MultiPolygon.class, crs)
                .attribute("id", Integer.class).attribute("change_group", Integer.class).attribute("status", String.class)
                .attribute("wards", String.class).attribute("missing_types", String.class)
                .attribute("partly_missing", String.class).attribute("area_m2", Double.class)
                .attribute("residents", Double.class);
        List<DesertChange> groups = comparison.deserts();
        for (int g = 0; g < groups.size(); g++) {
            DesertChange c = groups.get(g);
            for (Desert d : before ? c.before() : c.after()) {
                b.add(ResultLayers.multi(d.geometry(), factory), d.id(), g + 1, ComparisonTables.word(c.status()),
                        String.join("; ", d.wards()), labels(d.missingTypes()), labels(d.partlyMissingTypes()),
                        d.areaM2(), d.residents());
            }
        }
        return b.build();
    }

    /** @return the facilities closed and added */
    Layer facilities() {
        LayerBuilder b = new LayerBuilder("changed_facilities", Geometry.class, crs)
                .attribute("type", String.class).attribute("label", String.class)
                .attribute("facility_id", String.class).attribute("name", String.class)
                .attribute("change", String.class).attribute("on_network", String.class);
        for (Comparison.FacilityChange f : comparison.facilities()) {
            b.add(f.facility().geometry(), f.type(), f.label(), f.facility().id(), f.facility().name(),
                    f.closed() ? "closed" : "added", f.onNetwork() ? "yes" : "no");
        }
        return b.build();
    }

    /** @return type ids as their labels, joined */
    String labels(List<String> types) {
        List<String> out = new ArrayList<>();
        types.forEach(t -> out.add(labels.getOrDefault(t, t)));
        return String.join("; ", out);
    }
}
