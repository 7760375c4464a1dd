package org.catchment.analysis;

import java.util.ArrayList;
import java.util.List;
import org.catchment.InputException;
import org.catchment.layer.Layer;
import org.catchment.overlay.StudyArea;
import org.catchment.overlay.Zone;
import org.catchment.tiling.TilePlan;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Makes the {@link TilePlan} of an analysis's {@code tiles} key from its study area: by a field of
 * the study-area layer (its wards as the study area selects them) or by a grid; a field the layer
 * lacks, or a ward without a value, is refused in one line.
 */
final class TilePlans {

    private TilePlans() {
    }

    /**
     * @param zones the study area and zone layers, loaded
     * @param clip  the whole run's clip (its study envelope and reach)
     */
    static TilePlan of(Analysis analysis, OverlayStage.Zones zones, ClipArea clip) {
        TilesSpec spec = analysis.spec().tiles();
        GeometryFactory factory = zones.studyArea().area().getFactory();
        Envelope study = clip.studyEnvelope();
        if (spec.gridKm() != null) {
            List<Geometry> reported = new ArrayList<>();
            zones.studyArea().zones().forEach(z -> reported.add(z.geometry()));
            zones.inputs().zoneSets().forEach(set -> set.forEach(z -> reported.add(z.geometry())));
            return TilePlan.grid(spec.gridKm() * 1000, study, clip.networkReachM(), reported, factory);
        }
        Layer wards = zones.layer();
        AnalysisSpec.StudyAreaSpec a = analysis.spec().studyArea();
        String field = wards.findAttribute(spec.by()).orElseThrow(() -> new InputException(
                analysis.path(a.layer()), "tiles.by", "the study-area layer has no field '" + spec.by() + "'",
                "Its fields are: " + String.join(", ", fields(wards)) + ". Name one of them in tiles.by of "
                        + analysis.file()));
        List<Zone> selected = zones.studyArea().zones();
        List<Zone> all = StudyArea.zones(wards, a.nameField(), field, null, new ArrayList<>());
        List<Geometry> geometries = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<String> blank = new ArrayList<>();
        int next = 0;
        for (Zone z : selected) {
            while (next < all.size() && !all.get(next).geometry().equalsExact(z.geometry())) {
                next++;
            }
            String value = next < all.size() ? all.get(next).code() : null;
            if (value == null || value.isBlank()) {
                blank.add(z.name());
            }
            geometries.add(z.geometry());
            values.add(value);
        }
        if (!blank.isEmpty()) {
            throw new InputException(analysis.path(a.layer()), "tiles.by", blank.size() + " of " + selected.size()
                    + " wards have no value in '" + field + "' (" + String.join(", ", blank.subList(0,
                    Math.min(3, blank.size()))) + (blank.size() > 3 ? ", ..." : "") + "), so they belong to no tile",
                    "Fill in the field for every ward, or tile by another field or by grid_km in " + analysis.file());
        }
        return TilePlan.byValue(geometries, values, study, clip.networkReachM(), factory);
    }

    private static List<String> fields(Layer layer) {
        return layer.featureType().getAttributeDescriptors().stream()
                .filter(d -> !(d.getType() instanceof org.geotools.api.feature.type.GeometryType))
                .map(d -> d.getLocalName()).toList();
    }
}
