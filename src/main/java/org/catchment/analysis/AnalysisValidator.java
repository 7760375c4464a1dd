package org.catchment.analysis;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.catchment.InputException;
import org.catchment.analysis.SpecRules.Limit;

/**
 * Checks a loaded analysis before anything runs: required keys present, numbers in range, bands
 * ascending, types unique, and every input file present. The first problem found is reported as
 * one line naming the analysis file, the line and the key, and what to do. Ranges, bands and type
 * identifiers are checked through {@link SpecRules}, as the desktop app's form checks them. A
 * draft (an analysis the app opens to finish) is checked for what it says, not for what it still
 * lacks ({@link Completeness}): that is checked at Run.
 */
final class AnalysisValidator {

    private final Analysis analysis;
    private final YamlLines lines;
    private final boolean complete;

    private AnalysisValidator(Analysis analysis, YamlLines lines, boolean complete) {
        this.analysis = analysis;
        this.lines = lines;
        this.complete = complete;
    }

    /** Checks an analysis to run: complete, and every value and file right. */
    static void validate(Analysis analysis, YamlLines lines) {
        new AnalysisValidator(analysis, lines, true).check();
    }

    /** Checks a draft: every value and file it gives right; keys and sections it lacks are allowed. */
    static void validateDraft(Analysis analysis, YamlLines lines) {
        new AnalysisValidator(analysis, lines, false).check();
    }

    private void check() {
        AnalysisSpec s = analysis.spec();
        problem("working_crs", SpecRules.checkWorkingCrs(s.workingCrs()));
        if (complete) {
            Completeness.firstGap(s).ifPresent(g -> fail(g.key(), "the analysis has " + g.problem(), g.fileAdvice()));
        }
        network(s.network());
        studyArea(s.studyArea());
        facilities(s.facilities());
        AnalysisSpec.CatchmentSpec c = s.catchments();
        limit(Limit.TRIM_DISTANCE, c.trimDistanceM());
        limit(Limit.ACCESS_SPACING, c.accessSpacingM());
        limit(Limit.ACCESS_TOLERANCE, c.accessToleranceM());
        limit(Limit.THREADS, c.threads());
        if (s.population() != null) {
            file("population.layer", s.population().layer());
            required("population.count_field", s.population().countField());
        }
        for (int i = 0; i < s.zones().size(); i++) {
            file("zones[" + i + "].layer", s.zones().get(i).layer());
            required("zones[" + i + "].name_field", s.zones().get(i).nameField());
        }
        for (int i = 0; i < s.indicators().size(); i++) {
            indicator("indicators[" + i + "]", s.indicators().get(i));
        }
        deserts(s.deserts(), s.facilities());
        AnalysisSpec.OutputSpec o = s.output();
        required("output.dir", o.dir());
        limit(Limit.MAP_WIDTH, o.widthPx());
        limit(Limit.MAP_HEIGHT, o.heightPx());
        limit(Limit.MAP_DPI, o.dpi());
        for (int i = 0; i < o.backdrop().size(); i++) {
            file("output.backdrop[" + i + "].layer", o.backdrop().get(i).layer());
        }
        problem("output.basemap_url", SpecRules.checkBasemapUrl(o));
        problem("output.basemap_attribution", SpecRules.checkBasemapAttribution(o));
        if (o.basemapMaxZoom() != null) {
            limit(Limit.BASEMAP_MAX_ZOOM, o.basemapMaxZoom());
        }
    }

    private void network(AnalysisSpec.NetworkSpec n) {
        if (n == null) {
            return;
        }
        for (int i = 0; i < n.roads().size(); i++) {
            file("network.roads[" + i + "]", n.roads().get(i));
            roadFolder("network.roads[" + i + "]", analysis.layer(n.roads().get(i)));
        }
        problem("network.footpaths", SpecRules.checkFootpaths(n.roads(), n.footpaths()));
        problem("network.roads", SpecRules.checkRoads(n.roads()));
        for (int i = 0; i < n.footpaths().size(); i++) {
            file("network.footpaths[" + i + "]", n.footpaths().get(i));
        }
        limit(Limit.FOOTPATH_TOLERANCE, n.footpathToleranceM());
        limit(Limit.WALKING_SPEED, n.walkingSpeedKmh());
        limit(Limit.SNAP_TOLERANCE, n.snapToleranceM());
    }

    private void studyArea(AnalysisSpec.StudyAreaSpec a) {
        if (a == null) {
            return;
        }
        file("study_area.layer", a.layer());
        if (a.residential() != null) {
            file("study_area.residential", a.residential());
        }
        if (a.select() != null && a.select().isEmpty()) {
            fail("study_area.select", "the list of selected zones is empty", "Remove 'select' to use every zone");
        }
        if (a.select() != null && a.nameField() == null && a.codeField() == null) {
            fail("study_area.select", "zones are selected but no name_field or code_field says where their names are",
                    "Add name_field (e.g. WD22NM)");
        }
    }

    private void facilities(List<AnalysisSpec.FacilitySpec> list) {
        Set<String> types = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String p = "facilities[" + i + "]";
            AnalysisSpec.FacilitySpec f = list.get(i);
            if (required(p + ".type", f.type())) {
                problem(p + ".type", SpecRules.checkType(f.type()));
                if (!types.add(f.type())) {
                    fail(p + ".type", "the type '" + f.type() + "' is listed twice", "Give each facility type once");
                }
            }
            for (int k = 0; k < f.layers().size(); k++) {
                file(p + ".layer" + (f.layers().size() > 1 ? "[" + k + "]" : ""), f.layers().get(k));
            }
            problem(p + ".bands_min", SpecRules.checkBands(analysis.spec(), f.bandsMin()));
            problem(p + ".served_band_min", SpecRules.checkServedBand(f.bandsMin(), f.servedBandMin()));
            if (f.postcodeLookup() != null) {
                file(p + ".postcode_lookup", f.postcodeLookup());
            }
        }
    }

    private void indicator(String p, AnalysisSpec.IndicatorSpec i) {
        file(p + ".table", i.table());
        file(p + ".layer", i.layer());
        required(p + ".table_key", i.tableKey());
        required(p + ".layer_key", i.layerKey());
        required(p + ".field", i.field());
        limit(Limit.CLASS_COUNT, p + ".count", i.count());
    }

    /** The desert rule names the types and counts up to their number: checked in a draft only for its area. */
    private void deserts(AnalysisSpec.DesertSpec d, List<AnalysisSpec.FacilitySpec> facilities) {
        if (!complete) {
            limit(Limit.MIN_AREA, d.minAreaM2());
            return;
        }
        if (d.missingAllOf() == null) {
            limit(Limit.MIN_MISSING, d.minMissing());
        } else {
            Set<String> types = new HashSet<>();
            facilities.forEach(f -> types.add(f.type()));
            for (String t : d.missingAllOf()) {
                if (!types.contains(t)) {
                    fail("deserts.missing_all_of", "'" + t + "' is not one of the facility types " + types,
                            "Use the type identifiers of the facilities section");
                }
            }
        }
        limit(Limit.MIN_AREA, d.minAreaM2());
    }

    private void file(String key, String value) {
        if (!required(key, value)) {
            return;
        }
        LayerRef ref = analysis.layer(value);
        if (!Files.exists(ref.file())) {
            fail(key, "the file " + ref.file() + " does not exist",
                    "Paths are relative to the analysis file's folder; check the name and folder");
        }
    }

    /** A folder under network.roads must hold RoadLink shapefiles ({@link RoadFiles}). */
    private void roadFolder(String key, LayerRef ref) {
        if (!Files.isDirectory(ref.file())) {
            return;
        }
        try {
            RoadFiles.expand(ref);
        } catch (InputException e) {
            int line = lines.lineOf(key);
            throw new InputException(analysis.file(), (line > 0 ? "line " + line + ", " : "") + key, e.getMessage(),
                    null, e);
        }
    }

    /** @return true when the value is given; false for a missing one in a draft; fails for a missing one to run */
    private boolean required(String key, String value) {
        if (value != null && !value.isBlank()) {
            return true;
        }
        if (complete) {
            fail(key, "'" + leaf(key) + "' is missing", "See docs/analysis-file.md");
        }
        return false;
    }

    private void limit(Limit limit, Number value) {
        limit(limit, limit.key(), value);
    }

    private void limit(Limit limit, String key, Number value) {
        problem(key, limit.check(analysis.spec(), value.doubleValue()));
    }

    private void problem(String key, Optional<SpecRules.Problem> problem) {
        problem.ifPresent(p -> fail(key, p.problem(), p.advice()));
    }

    private static String leaf(String key) {
        String k = key.replaceAll("\\[\\d+]$", "");
        int cut = k.lastIndexOf('.');
        return cut < 0 ? k : k.substring(cut + 1);
    }

    private void fail(String key, String problem, String advice) {
        int line = lines.lineOf(key);
        String where = (line > 0 ? "line " + line + ", " : "") + key;
        throw new InputException(analysis.file(), where, problem, advice);
    }
}
