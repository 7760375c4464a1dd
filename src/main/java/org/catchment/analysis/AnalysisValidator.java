package org.catchment.analysis;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.catchment.CatchmentException;
import org.catchment.InputException;
import org.catchment.analysis.SpecRules.Limit;
import org.catchment.io.InputFiles;
import org.catchment.layer.Crs;

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
            encoding("population.encoding", s.population().encoding());
        }
        for (int i = 0; i < s.zones().size(); i++) {
            String p = "zones[" + i + "]";
            AnalysisSpec.ZoneSpec z = s.zones().get(i);
            file(p + ".layer", z.layer());
            required(p + ".name_field", z.nameField());
            named(p + ".name", z.name() != null ? z.name() : OutputNames.zoneName(z));
            encoding(p + ".encoding", z.encoding());
        }
        for (int i = 0; i < s.indicators().size(); i++) {
            indicator("indicators[" + i + "]", s.indicators().get(i));
        }
        if (!s.indicators().isEmpty() && s.population() == null) {
            fail("indicators", "an indicator counts the residents in deserts by class, but no population layer is given",
                    "Add a population section, e.g. population: {layer: lsoa.shp, count_field: POP}");
        }
        if (s.accessibility() != null) {
            accessibility(s);
        }
        if (s.tiles() != null) {
            tiles(s);
        }
        OutputNames.clash(s).ifPresent(this::clash);
        deserts(s.deserts(), s.facilities());
        new ScenarioChecks(this).check(s);
        OutputSpec o = s.output();
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
        map(s.map());
    }

    /** The accessibility section: a postcode file that exists, zones that name zone layers, population for zones. */
    private void accessibility(AnalysisSpec s) {
        AccessibilitySpec a = s.accessibility();
        if (a.postcodes() != null || a.zones().isEmpty()) {
            file("accessibility.postcodes", a.postcodes());
        }
        List<String> names = s.zones().stream().map(OutputNames::zoneName).toList();
        for (int i = 0; i < a.zones().size(); i++) {
            String zone = a.zones().get(i);
            if (!names.contains(zone)) {
                fail("accessibility.zones[" + i + "]", "'" + zone + "' is not the name of a zone layer"
                        + (names.isEmpty() ? " (the analysis has no zones section)" : " (" + String.join(", ", names) + ")"),
                        "Name a layer of zones by its output name, e.g. zones: [lsoa] for zones: [{layer: lsoa.shp, ...}]");
            }
        }
        if (!a.zones().isEmpty() && s.population() == null) {
            fail("accessibility.zones", "minutes per zone are weighted by residents, but no population layer is given",
                    "Add a population section of resident points, e.g. population: {layer: address_points.gpkg,"
                            + " count_field: residents}");
        }
    }

    /**
     * The tiles key: one of a field or a grid size in range, on a network read within reach of each
     * tile, and nothing that needs the whole network at once (scenarios, per-facility polygons).
     */
    private void tiles(AnalysisSpec s) {
        TilesSpec t = s.tiles();
        if (t.by() != null && t.gridKm() != null) {
            fail("tiles", "both tiles.by and tiles.grid_km are given", "Give one: tiles: {by: LAD_CODE} for a tile per"
                    + " value of a field of the study-area layer, or tiles: {grid_km: 20} for square tiles");
        }
        if (t.gridKm() != null) {
            limit(Limit.TILE_SIZE, t.gridKm());
        } else if (t.by() == null || t.by().isBlank()) {
            fail("tiles", "tiles names neither a field (by) nor a grid size (grid_km)", "Give one: tiles: {by: LAD_CODE}"
                    + " or tiles: {grid_km: 20}");
        }
        if (!s.network().clipToStudyArea() || analysis.isOpenStreetMap()) {
            fail("tiles", "a tiled run reads the network tile by tile, within walking reach of each, which "
                    + (analysis.isOpenStreetMap() ? "an OpenStreetMap extract (read whole) cannot do"
                    : "network.clip_to_study_area: false forbids"), "Remove tiles, or "
                    + (analysis.isOpenStreetMap() ? "use road links (OS Open Roads or lines)" : "the clip setting"));
        }
        if (!s.scenarios().isEmpty()) {
            fail("tiles", "scenarios are run on the whole network of a run in one piece, which a tiled run never holds",
                    "Run the scenarios without tiles, or remove them from a tiled analysis");
        }
        if (s.catchments().perFacility()) {
            fail("tiles", "each facility's own service areas (catchments.per_facility) are not made in a tiled run",
                    "Remove catchments.per_facility, or tiles");
        }
    }

    /** The map section: an extent of four numbers, named layers, styles naming a field with colours and counts in range. */
    private void map(MapSpec m) {
        if (m == null) {
            return;
        }
        problem("map.extent", SpecRules.checkExtent(m.extent()));
        for (int i = 0; i < m.layers().size(); i++) {
            String p = "map.layers[" + i + "]";
            MapSpec.LayerSpec l = m.layers().get(i);
            if (l.name() == null || l.name().isBlank()) {
                fail(p + ".name", "a layer of the map has no name", "Name it as the layer panel does, e.g. Wards");
            }
            MapSpec.FieldStyleSpec style = l.style();
            if (style != null) {
                if (style.field() == null || style.field().isBlank()) {
                    fail(p + ".style.field", "the style of '" + l.name() + "' names no field",
                            "Give the field whose values colour the layer, e.g. field: gp_20_area_share");
                }
                if (style.count() != null) {
                    limit(Limit.STYLE_CLASS_COUNT, p + ".style.count", style.count());
                }
                problem(p + ".style.colours", SpecRules.checkColours(style.classes(), style.colours()));
            }
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
        problem("network.walkable", SpecRules.checkWalkable(n.roads(), n.walkable()));
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
            osmTags(p, f);
            problem(p + ".bands_min", SpecRules.checkBands(analysis.spec(), f.bandsMin()));
            problem(p + ".served_band_min", SpecRules.checkServedBand(f.bandsMin(), f.servedBandMin()));
            if (f.postcodeLookup() != null) {
                file(p + ".postcode_lookup", f.postcodeLookup());
            }
            crs(p + ".crs", f.crs());
            encoding(p + ".encoding", f.encoding());
        }
    }

    /** {@code osm_tags} goes with an OpenStreetMap extract as the layer, and an extract needs it. */
    private void osmTags(String p, AnalysisSpec.FacilitySpec f) {
        boolean osm = f.layers().stream().anyMatch(l -> l != null && SpecRules.isOpenStreetMap(l));
        if (f.osmTags() != null) {
            problem(p + ".osm_tags", f.osmTags().problem());
            if (!f.layers().isEmpty() && !osm) {
                fail(p + ".osm_tags", "osm_tags picks facilities out of an OpenStreetMap extract, but the layer is not"
                        + " one", "Give the .osm.pbf (or .osm) file as the layer, or remove osm_tags and use a filter");
            }
        } else if (osm && complete) {
            fail(p + ".osm_tags", "the layer is an OpenStreetMap extract but no osm_tags say which elements are the"
                    + " facilities", "Add osm_tags, e.g. osm_tags: {amenity: [doctors]} or a preset: "
                    + String.join(", ", OsmPresets.names()));
        }
    }

    private void indicator(String p, AnalysisSpec.IndicatorSpec i) {
        file(p + ".table", i.table());
        file(p + ".layer", i.layer());
        required(p + ".table_key", i.tableKey());
        required(p + ".layer_key", i.layerKey());
        required(p + ".field", i.field());
        named(p + ".label", i.label());
        limit(Limit.CLASS_COUNT, p + ".count", i.count());
        encoding(p + ".encoding", i.encoding());
    }

    /** The desert rule names the types and counts up to their number: checked in a draft only for its area. */
    private void deserts(AnalysisSpec.DesertSpec d, List<AnalysisSpec.FacilitySpec> facilities) {
        if (!complete) {
            limit(Limit.MIN_AREA, d.minAreaM2());
            return;
        }
        Set<String> types = new LinkedHashSet<>();
        facilities.forEach(f -> types.add(f.type()));
        if (d.types() != null && d.missingAllOf() != null) {
            fail("deserts.types", "deserts.types and deserts.missing_all_of cannot be combined",
                    "Keep types (with min_missing) to choose the types counted, or missing_all_of alone");
        }
        if (d.missingAllOf() == null) {
            limit(Limit.MIN_MISSING, d.minMissing());
        }
        knownTypes("deserts.missing_all_of", d.missingAllOf(), types);
        knownTypes("deserts.types", d.types(), types);
        if (d.types() != null && d.types().isEmpty()) {
            fail("deserts.types", "the list of types counted is empty", "Remove 'types' to count every type");
        }
        limit(Limit.MIN_AREA, d.minAreaM2());
    }

    private void knownTypes(String key, List<String> list, Set<String> types) {
        if (list == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String t : list) {
            if (!types.contains(t)) {
                fail(key, "'" + t + "' is not one of the facility types " + types,
                        "Use the type identifiers of the facilities section");
            }
            if (!seen.add(t)) {
                fail(key, "'" + t + "' is listed twice", "Give each type once");
            }
        }
    }

    /** @return true when checking an analysis to run, false for a draft (what it lacks is allowed) */
    boolean complete() {
        return complete;
    }

    void file(String key, String value) {
        if (!required(key, value)) {
            return;
        }
        LayerRef ref = analysis.layer(value);
        String problem = InputFiles.problem(ref.file());
        if ("does not exist".equals(problem)) {
            fail(key, "the file " + ref.file() + " does not exist",
                    "Paths are relative to the analysis file's folder; check the name and folder");
        }
        if (problem != null && !problem.equals("is a folder")) {
            fail(key, ref.file() + " " + problem + ", not a file", "Give the path of a layer file");
        }
    }

    /** Two outputs with one name: reported at the later key a user set, naming the other's line. */
    private void clash(OutputNames.Clash clash) {
        String key = OutputNames.key(clash);
        String other = key.equals(clash.first().key()) ? clash.second().key() : clash.first().key();
        fail(key, OutputNames.problem(clash, other == null ? 0 : lines.lineOf(other)), OutputNames.advice(clash));
    }

    /** A name that becomes part of a file name must hold a letter or digit. */
    private void named(String key, String value) {
        if (value != null && OutputNames.slug(value).replace("_", "").isEmpty()) {
            fail(key, "'" + value + "' has no letter or digit, so it cannot name an output file",
                    "Use letters and digits, e.g. lsoa_2021");
        }
    }

    private void crs(String key, String value) {
        if (value == null) {
            return;
        }
        try {
            Crs.decode(value);
        } catch (CatchmentException e) {
            fail(key, "'" + value + "' is not a coordinate reference system Catchment knows",
                    "Give an EPSG code such as EPSG:4326 (longitude/latitude) or EPSG:32632 (UTM zone 32N)");
        }
    }

    private void encoding(String key, String value) {
        if (value != null && SpecRules.charset(value).isEmpty()) {
            fail(key, "'" + value + "' is not a text encoding Catchment knows",
                    "Give one such as UTF-8, windows-1252 or ISO-8859-1");
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

    void fail(String key, String problem, String advice) {
        int line = lines.lineOf(key);
        String where = (line > 0 ? "line " + line + ", " : "") + key;
        throw new InputException(analysis.file(), where, problem, advice);
    }
}
