package org.catchment.analysis;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.catchment.InputException;

/**
 * Checks a loaded analysis before anything runs: required keys present, numbers in range, bands
 * ascending, types unique, and every input file present. The first problem found is reported as
 * one line naming the analysis file, the line and the key, and what to do.
 */
final class AnalysisValidator {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]*");

    private final Analysis analysis;
    private final YamlLines lines;

    private AnalysisValidator(Analysis analysis, YamlLines lines) {
        this.analysis = analysis;
        this.lines = lines;
    }

    static void validate(Analysis analysis, YamlLines lines) {
        new AnalysisValidator(analysis, lines).check();
    }

    private void check() {
        AnalysisSpec s = analysis.spec();
        network(s.network());
        studyArea(s.studyArea());
        facilities(s.facilities());
        AnalysisSpec.CatchmentSpec c = s.catchments();
        positive("catchments.trim_distance_m", c.trimDistanceM());
        positive("catchments.access_spacing_m", c.accessSpacingM());
        atLeast("catchments.access_tolerance_m", c.accessToleranceM(), 0);
        atLeast("catchments.threads", c.threads(), 0);
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
        if (o.widthPx() < 200 || o.widthPx() > 20_000 || o.heightPx() < 200 || o.heightPx() > 20_000) {
            fail("output.width_px", "the map size must be between 200 and 20,000 pixels each way",
                    "A4 landscape at 300 dpi is 3508 x 2480");
        }
        for (int i = 0; i < o.backdrop().size(); i++) {
            file("output.backdrop[" + i + "].layer", o.backdrop().get(i).layer());
        }
        if (o.dpi() < 30 || o.dpi() > 1200) {
            fail("output.dpi", "the resolution must be between 30 and 1200 dpi", "Use 300 for print, 96 for screen");
        }
    }

    private void network(AnalysisSpec.NetworkSpec n) {
        if (n == null) {
            fail("network", "there is no 'network' section", "Name the road network, e.g. network: {roads: [RoadLink.shp]}");
        }
        if (n.roads().isEmpty()) {
            fail("network.roads", "no road network is given",
                    "List the OS Open Roads RoadLink files (or one .osm.pbf) under network.roads");
        }
        for (int i = 0; i < n.roads().size(); i++) {
            file("network.roads[" + i + "]", n.roads().get(i));
            roadFolder("network.roads[" + i + "]", analysis.layer(n.roads().get(i)));
        }
        if (analysis.isOpenStreetMap() && !n.footpaths().isEmpty()) {
            fail("network.footpaths", "footpaths can only be merged into an OS Open Roads network",
                    "OpenStreetMap already holds footpaths: remove network.footpaths");
        }
        boolean anyPbf = n.roads().stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).endsWith(".pbf"));
        if (anyPbf && n.roads().size() > 1) {
            fail("network.roads", "an OpenStreetMap extract cannot be combined with other road files",
                    "Give either one .osm.pbf or OS Open Roads files");
        }
        for (int i = 0; i < n.footpaths().size(); i++) {
            file("network.footpaths[" + i + "]", n.footpaths().get(i));
        }
        atLeast("network.footpath_tolerance_m", n.footpathToleranceM(), 0);
        if (!(n.walkingSpeedKmh() > 0 && n.walkingSpeedKmh() <= 20)) {
            fail("network.walking_speed_kmh", "the walking speed must be above 0 and at most 20 km/h",
                    "4.8 km/h is the usual planning figure");
        }
        positive("network.snap_tolerance_m", n.snapToleranceM());
    }

    private void studyArea(AnalysisSpec.StudyAreaSpec a) {
        if (a == null) {
            fail("study_area", "there is no 'study_area' section",
                    "Name the ward layer, e.g. study_area: {layer: wards.shp, name_field: WD22NM}");
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
        if (list.isEmpty()) {
            fail("facilities", "no facility types are given", "List at least one, e.g. - {type: gp, layer: gp.shp}");
        }
        Set<String> types = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String p = "facilities[" + i + "]";
            AnalysisSpec.FacilitySpec f = list.get(i);
            required(p + ".type", f.type());
            if (!TYPE.matcher(f.type()).matches()) {
                fail(p + ".type", "the type '" + f.type() + "' is not a short identifier",
                        "Use lower-case letters, digits and _ (e.g. gp, libraries, sports_centres)");
            }
            if (!types.add(f.type())) {
                fail(p + ".type", "the type '" + f.type() + "' is listed twice", "Give each facility type once");
            }
            required(p + ".layer", f.layer());
            for (int k = 0; k < f.layers().size(); k++) {
                file(p + ".layer" + (f.layers().size() > 1 ? "[" + k + "]" : ""), f.layers().get(k));
            }
            List<Double> bands = f.bandsMin();
            if (bands.isEmpty()) {
                fail(p + ".bands_min", "no time bands are given", "Give the bands in minutes, e.g. [10, 20]");
            }
            for (int b = 0; b < bands.size(); b++) {
                Double v = bands.get(b);
                if (v == null || !(v > 0)) {
                    fail(p + ".bands_min", "the band " + v + " is not a positive number of minutes",
                            "Bands are minutes of walking, e.g. [5, 10] or [10, 20]");
                }
                if (b > 0 && !(v > bands.get(b - 1))) {
                    fail(p + ".bands_min", "the bands " + bands + " are not in ascending order",
                            "List them from the shortest to the longest, e.g. [10, 20]");
                }
                if (v > 180) {
                    fail(p + ".bands_min", "the band " + v + " minutes is longer than three hours",
                            "Walking catchments are usually under an hour");
                }
            }
            if (f.servedBandMin() != null && !bands.contains(f.servedBandMin())) {
                fail(p + ".served_band_min", "the served band " + f.servedBandMin() + " is not one of the bands " + bands,
                        "Choose one of the bands");
            }
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
        if (i.count() < 2 || i.count() > 20) {
            fail(p + ".count", "the number of classes must be between 2 and 20", "Deciles have 10");
        }
    }

    private void deserts(AnalysisSpec.DesertSpec d, List<AnalysisSpec.FacilitySpec> facilities) {
        if (d.missingAllOf() == null) {
            if (d.minMissing() < 1 || d.minMissing() > facilities.size()) {
                fail("deserts.min_missing", "min_missing is " + d.minMissing() + " but there are " + facilities.size()
                        + " facility types", "Choose a number from 1 to " + facilities.size());
            }
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
        atLeast("deserts.min_area_m2", d.minAreaM2(), 0);
    }

    private void file(String key, String value) {
        required(key, value);
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

    private void required(String key, String value) {
        if (value == null || value.isBlank()) {
            fail(key, "'" + leaf(key) + "' is missing", "See docs/analysis-file.md");
        }
    }

    private void positive(String key, Double value) {
        if (!(value > 0)) {
            fail(key, "'" + leaf(key) + "' must be greater than 0 (it is " + value + ")", null);
        }
    }

    private void atLeast(String key, Number value, double min) {
        if (!(value.doubleValue() >= min)) {
            fail(key, "'" + leaf(key) + "' must be at least " + min + " (it is " + value + ")", null);
        }
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
