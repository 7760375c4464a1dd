package org.catchment.analysis;

import java.util.List;
import org.catchment.layer.Layer;
import org.catchment.overlay.Zone;

/**
 * The study area as a run loads it ({@link Layers#studyArea}, then {@code OverlayStage.loadZones}),
 * for tests that compare the app with the run.
 */
public final class RunZones {

    private RunZones() {
    }

    /** @return the zone layer the run takes its study area from (filtered, in the working CRS) */
    public static Layer layer(Analysis analysis) {
        return load(analysis).layer();
    }

    /** @return the run's study-area zones, named as the run names them */
    public static List<Zone> zones(Analysis analysis) {
        return load(analysis).studyArea().zones();
    }

    private static OverlayStage.Zones load(Analysis analysis) {
        WorkingCrsChoice.Chosen chosen = Layers.studyArea(analysis);
        return OverlayStage.loadZones(chosen.analysis(), chosen.studyLayer());
    }
}
