package org.catchment.ui.form.model;

import java.util.List;
import org.catchment.analysis.AnalysisSpec.NetworkSpec;
import org.catchment.analysis.SpecRules;
import org.catchment.analysis.SpecRules.Limit;

/**
 * The edits of the analysis form's network section, as pure functions from one network spec to
 * the next. Each refuses what the runner would refuse (numbers through {@link Limit}) with an
 * IllegalArgumentException whose message is fit to show beside the field.
 */
public final class NetworkEdits {

    /** A network with nothing chosen yet and every default. */
    public static final NetworkSpec EMPTY = NetworkSpec.builder().build();

    private NetworkEdits() {
    }

    static NetworkSpec walkingSpeed(NetworkSpec n, double kmh) {
        Limit.WALKING_SPEED.require(kmh);
        return n.toBuilder().walkingSpeedKmh(kmh).build();
    }

    /** An OS Open Roads folder, RoadLink file or GeoPackage table, or one OpenStreetMap extract on its own. */
    static NetworkSpec addRoads(NetworkSpec n, String path) {
        String p = FormValues.required(path, "Choose the road network");
        if (n.roads().contains(p)) {
            throw new IllegalArgumentException(p + " is already in the network");
        }
        return lines(n, FormValues.append(n.roads(), p), n.footpaths());
    }

    static NetworkSpec removeRoads(NetworkSpec n, int index) {
        return lines(n, FormValues.without(n.roads(), index), n.footpaths());
    }

    /** Footpath layers are merged into OS Open Roads; an OpenStreetMap extract has its own. */
    static NetworkSpec addFootpaths(NetworkSpec n, String path) {
        String p = FormValues.required(path, "Choose the footpath layer");
        if (n.footpaths().contains(p)) {
            throw new IllegalArgumentException(p + " is already a footpath layer");
        }
        return lines(n, n.roads(), FormValues.append(n.footpaths(), p));
    }

    static NetworkSpec removeFootpaths(NetworkSpec n, int index) {
        return lines(n, n.roads(), FormValues.without(n.footpaths(), index));
    }

    static NetworkSpec footpathTolerance(NetworkSpec n, double toleranceM) {
        Limit.FOOTPATH_TOLERANCE.require(toleranceM);
        return n.toBuilder().footpathToleranceM(toleranceM).build();
    }

    static NetworkSpec snapTolerance(NetworkSpec n, double toleranceM) {
        Limit.SNAP_TOLERANCE.require(toleranceM);
        return n.toBuilder().snapToleranceM(toleranceM).build();
    }

    static NetworkSpec clip(NetworkSpec n, boolean clip) {
        return n.toBuilder().clipToStudyArea(clip).build();
    }

    /** The network with other road and footpath sources, refused as the validator refuses them ({@link SpecRules}). */
    private static NetworkSpec lines(NetworkSpec n, List<String> roads, List<String> footpaths) {
        SpecRules.checkRoads(roads).ifPresent(SpecRules.Problem::raise);
        SpecRules.checkFootpaths(roads, footpaths).ifPresent(SpecRules.Problem::raise);
        return n.toBuilder().roads(roads).footpaths(footpaths).build();
    }
}
