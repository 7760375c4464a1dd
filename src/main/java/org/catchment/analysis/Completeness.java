package org.catchment.analysis;

import java.util.List;
import java.util.Optional;

/**
 * Whether an analysis is complete enough to run: it names a road network, a ward layer and at
 * least one facility type with a layer. An analysis still being put together lacks some of these;
 * it can be opened and edited (the desktop app reads it with {@link AnalysisFiles#readDraft}), and
 * this check stops it at Run. Each gap is worded twice, once for the analysis file (the
 * validator's message) and once for the app, so one rule gives the command line its YAML advice
 * and the app the place in its panel.
 */
public final class Completeness {

    /**
     * What an analysis lacks.
     *
     * @param key        the analysis-file key, e.g. {@code network}
     * @param problem    what is missing, lower case, without a final full stop
     * @param fileAdvice what to write in the analysis file
     * @param appAdvice  what to do in the desktop app
     */
    public record Gap(String key, String problem, String fileAdvice, String appAdvice) {

        /** @return the problem and what to do in the app: "The analysis has no road network yet. Add ..." */
        public String appMessage() {
            return "The analysis has " + problem + " yet. " + appAdvice + ".";
        }
    }

    private Completeness() {
    }

    /** @return the first thing the analysis lacks before it can run, in the order of the file, or empty */
    public static Optional<Gap> firstGap(AnalysisSpec spec) {
        AnalysisSpec.NetworkSpec n = spec.network();
        if (n == null || n.roads().isEmpty()) {
            return Optional.of(new Gap(n == null ? "network" : "network.roads", "no road network",
                    n == null ? "Name the road network, e.g. network: {roads: [RoadLink.shp]}"
                            : "List the OS Open Roads RoadLink files (or one .osm.pbf or .osm) under network.roads",
                    "Add the roads under Network in the Analysis panel (Add roads\u2026)"));
        }
        AnalysisSpec.StudyAreaSpec a = spec.studyArea();
        if (a == null || blank(a.layer())) {
            return Optional.of(new Gap(a == null ? "study_area" : "study_area.layer", "no ward layer",
                    a == null ? "Name the ward layer, e.g. study_area: {layer: wards.shp, name_field: WD22NM}"
                            : "Name the ward (or other zone) polygons, e.g. layer: wards.shp",
                    "Choose the ward layer under Study area in the Analysis panel"));
        }
        List<AnalysisSpec.FacilitySpec> types = spec.facilities();
        if (types.isEmpty()) {
            return Optional.of(new Gap("facilities", "no facility types", "List at least one, e.g. - {type: gp,"
                    + " layer: gp.shp}", "Add one under Facility types in the Analysis panel (Add type\u2026), or"
                    + " right-click a point or polygon layer on the map and choose Use as facility type"));
        }
        for (int i = 0; i < types.size(); i++) {
            AnalysisSpec.FacilitySpec f = types.get(i);
            String p = "facilities[" + i + "]";
            if (blank(f.type())) {
                return Optional.of(new Gap(p + ".type", "a facility type without an identifier", "Give it a type,"
                        + " e.g. type: gp", "Remove facility type " + (i + 1) + " and add it again with an identifier"));
            }
            if (f.layers().isEmpty() || f.layers().stream().anyMatch(Completeness::blank)) {
                return Optional.of(new Gap(p + ".layer", "no layer for the facility type '" + f.type() + "'",
                        "Give its layer, e.g. layer: " + f.type() + ".shp", "Remove the type '" + f.type()
                        + "' and add it again with its layer"));
            }
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
