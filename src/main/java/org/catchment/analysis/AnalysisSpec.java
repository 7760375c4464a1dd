package org.catchment.analysis;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.catchment.io.ReadOptions.BadRowPolicy;
import org.catchment.io.tiles.BasemapChoice;
import org.catchment.overlay.ClassMethod;
import org.catchment.servicearea.CatchmentOptions.OffNetworkLeg;

/**
 * The analysis file: everything a run needs, as saved in YAML and documented field by field in
 * {@code docs/analysis-file.md}. Paths are as written in the file (relative to its folder);
 * {@link Analysis} resolves them. Missing optional values take the documented defaults in the
 * compact constructors, so a loaded spec is always complete. The records are built and changed by
 * name through {@link SpecBuilders} ({@code builder()}, {@code toBuilder()}) and {@code with...}
 * methods; their canonical constructors are for Jackson. Keys that take one of a few words hold the
 * engine's enums, written in the file as {@link SpecRules#word} spells them.
 *
 * @param name       a title for maps and reports
 * @param network    roads, footpaths and walking parameters
 * @param studyArea  the wards (or other zones) to analyse
 * @param facilities the facility types: always a list (a single type written as a section of
 *                   keys is refused, unlike other lists, so that a forgotten {@code -} is caught)
 * @param catchments how service-area polygons are drawn
 * @param population residents, optional
 * @param zones      further zone layers to report coverage for (e.g. LSOAs), optional
 * @param indicators CSV tables joined to zones and cross-tabulated against deserts, optional
 * @param deserts    the desert rule
 * @param scenarios  what-if scenarios (facilities closed and added), optional
 * @param output     where and what to write
 * @param workingCrs the CRS every layer is reprojected into: {@code auto} (British National Grid in
 *                   Great Britain, else the UTM zone of the study area, see
 *                   {@link org.catchment.layer.WorkingCrs}) or an EPSG code such as {@code EPSG:32632};
 *                   null (not in the file) is {@code auto}, kept null so that the file does not gain it
 * @param map        the map as the desktop app shows it (extent, layers, styles by field), optional
 * @param accessibility the accessibility indicators (minutes to the nearest facility per postcode), optional
 * @param tiles      a tiled run ({@link TilesSpec}: by a field of the study-area layer or a square grid), optional
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "working_crs", "network", "study_area", "facilities", "catchments", "population", "zones",
    "indicators", "deserts", "accessibility", "scenarios", "output", "map", "tiles"})
public record AnalysisSpec(String name, NetworkSpec network, StudyAreaSpec studyArea,
                           @JsonFormat(without = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<FacilitySpec> facilities,
                           CatchmentSpec catchments, PopulationSpec population, List<ZoneSpec> zones,
                           List<IndicatorSpec> indicators, DesertSpec deserts,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ScenarioSpec> scenarios,
                           OutputSpec output, String workingCrs, MapSpec map, AccessibilitySpec accessibility,
                           TilesSpec tiles) {

    public AnalysisSpec {
        name = name == null ? "Catchment analysis" : name;
        facilities = facilities == null ? List.of() : List.copyOf(facilities);
        catchments = catchments == null ? CatchmentSpec.builder().build() : catchments;
        zones = zones == null ? List.of() : List.copyOf(zones);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        deserts = deserts == null ? new DesertSpec(null, null, null, null) : deserts;
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        output = output == null ? OutputSpec.builder().build() : output;
    }

    /**
     * An analysis in the {@code auto} working CRS (no {@code working_crs} key), without scenarios and
     * without a {@code map} section.
     */
    public AnalysisSpec(String name, NetworkSpec network, StudyAreaSpec studyArea, List<FacilitySpec> facilities,
                        CatchmentSpec catchments, PopulationSpec population, List<ZoneSpec> zones,
                        List<IndicatorSpec> indicators, DesertSpec deserts, OutputSpec output) {
        this(name, network, studyArea, facilities, catchments, population, zones, indicators, deserts, null, output,
                null, null, null, null);
    }

    /** @return this analysis run tile by tile as {@code newTiles} says (null: in one piece) */
    public AnalysisSpec withTiles(TilesSpec newTiles) {
        return new AnalysisSpec(name, network, studyArea, facilities, catchments, population, zones, indicators,
                deserts, scenarios, output, workingCrs, map, accessibility, newTiles);
    }

    /** @return this analysis with other accessibility indicators (null: none) */
    public AnalysisSpec withAccessibility(AccessibilitySpec newAccessibility) {
        return new AnalysisSpec(name, network, studyArea, facilities, catchments, population, zones, indicators,
                deserts, scenarios, output, workingCrs, map, newAccessibility, tiles);
    }

    /** @return an analysis with only a title: no network, study area or facility types yet, every default */
    public static AnalysisSpec named(String name) {
        return new AnalysisSpec(name, null, null, null, null, null, null, null, null, null);
    }

    /** @return this analysis with another title */
    public AnalysisSpec withName(String newName) {
        return new AnalysisSpec(newName, network, studyArea, facilities, catchments, population, zones, indicators,
                deserts, scenarios, output, workingCrs, map, accessibility, tiles);
    }

    /** @return this analysis with another network */
    public AnalysisSpec withNetwork(NetworkSpec newNetwork) {
        return new AnalysisSpec(name, newNetwork, studyArea, facilities, catchments, population, zones, indicators,
                deserts, scenarios, output, workingCrs, map, accessibility, tiles);
    }

    /** @return this analysis with another study area */
    public AnalysisSpec withStudyArea(StudyAreaSpec newStudyArea) {
        return new AnalysisSpec(name, network, newStudyArea, facilities, catchments, population, zones, indicators,
                deserts, scenarios, output, workingCrs, map, accessibility, tiles);
    }

    /** @return this analysis with other facility types */
    public AnalysisSpec withFacilities(List<FacilitySpec> newFacilities) {
        return new AnalysisSpec(name, network, studyArea, newFacilities, catchments, population, zones, indicators,
                deserts, scenarios, output, workingCrs, map, accessibility, tiles);
    }

    /** @return this analysis with other polygon settings */
    public AnalysisSpec withCatchments(CatchmentSpec newCatchments) {
        return new AnalysisSpec(name, network, studyArea, facilities, newCatchments, population, zones, indicators,
                deserts, scenarios, output, workingCrs, map, accessibility, tiles);
    }

    /** @return this analysis with another population layer (null: none) */
    public AnalysisSpec withPopulation(PopulationSpec newPopulation) {
        return new AnalysisSpec(name, network, studyArea, facilities, catchments, newPopulation, zones, indicators,
                deserts, scenarios, output, workingCrs, map, accessibility, tiles);
    }

    /** @return this analysis with other further zone layers */
    public AnalysisSpec withZones(List<ZoneSpec> newZones) {
        return new AnalysisSpec(name, network, studyArea, facilities, catchments, population, newZones, indicators,
                deserts, scenarios, output, workingCrs, map, accessibility, tiles);
    }

    /** @return this analysis with other indicator tables */
    public AnalysisSpec withIndicators(List<IndicatorSpec> newIndicators) {
        return new AnalysisSpec(name, network, studyArea, facilities, catchments, population, zones, newIndicators,
                deserts, scenarios, output, workingCrs, map, accessibility, tiles);
    }

    /** @return this analysis with another desert rule */
    public AnalysisSpec withDeserts(DesertSpec newDeserts) {
        return new AnalysisSpec(name, network, studyArea, facilities, catchments, population, zones, indicators,
                newDeserts, scenarios, output, workingCrs, map, accessibility, tiles);
    }

    /** @return this analysis with other what-if scenarios */
    public AnalysisSpec withScenarios(List<ScenarioSpec> newScenarios) {
        return new AnalysisSpec(name, network, studyArea, facilities, catchments, population, zones, indicators,
                deserts, newScenarios, output, workingCrs, map, accessibility, tiles);
    }

    /** @return the scenario of this name, or empty */
    public java.util.Optional<ScenarioSpec> scenario(String scenarioName) {
        return scenarios.stream().filter(x -> x.name().equals(scenarioName)).findFirst();
    }

    /** @return this analysis with other output settings */
    public AnalysisSpec withOutput(OutputSpec newOutput) {
        return new AnalysisSpec(name, network, studyArea, facilities, catchments, population, zones, indicators,
                deserts, scenarios, newOutput, workingCrs, map, accessibility, tiles);
    }

    /** @return this analysis with another working CRS ({@code auto}, {@code EPSG:nnnn}, or null for auto) */
    public AnalysisSpec withWorkingCrs(String newWorkingCrs) {
        return new AnalysisSpec(name, network, studyArea, facilities, catchments, population, zones, indicators,
                deserts, scenarios, output, newWorkingCrs, map, accessibility, tiles);
    }

    /** @return this analysis with another map section (null: none) */
    public AnalysisSpec withMap(MapSpec newMap) {
        return new AnalysisSpec(name, network, studyArea, facilities, catchments, population, zones, indicators,
                deserts, scenarios, output, workingCrs, newMap, accessibility, tiles);
    }

    /**
     * The walking network.
     *
     * @param roads              OS Open Roads RoadLink shapefiles or GeoPackages ({@code file.gpkg#road_link}),
     *                           any other line layers (joined at shared vertices), or one OpenStreetMap
     *                           {@code .osm.pbf} or {@code .osm} XML file
     * @param footpaths          footpath / rights-of-way line layers, optional
     * @param footpathToleranceM distance within which a footpath end joins a road (default 10)
     * @param nodeCrossings      join lines wherever they cross (default false: only at shared vertices)
     * @param walkingSpeedKmh    walking speed (default 4.8)
     * @param snapToleranceM     largest distance from a facility to the network (default 250)
     * @param offNetworkLeg      {@code walk} (default) or {@code ignore}
     * @param cache              keep the built graph in the per-user network cache and reuse it (default true)
     * @param clipToStudyArea    read only the links within walking reach of the study area (default true)
     * @param walkable           which road lines may be walked: a CQL rule over the roads' fields or
     *                           {@code preset:<name>}; absent, the preset the fields point to
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"roads", "footpaths", "footpath_tolerance_m", "node_crossings", "walking_speed_kmh",
        "snap_tolerance_m", "off_network_leg", "cache", "clip_to_study_area", "walkable"})
    public record NetworkSpec(List<String> roads, List<String> footpaths, Double footpathToleranceM, Boolean nodeCrossings,
                              Double walkingSpeedKmh, Double snapToleranceM, OffNetworkLeg offNetworkLeg, Boolean cache,
                              Boolean clipToStudyArea, String walkable) {
        public NetworkSpec {
            roads = roads == null ? List.of() : List.copyOf(roads);
            footpaths = footpaths == null ? List.of() : List.copyOf(footpaths);
            footpathToleranceM = footpathToleranceM == null ? 10.0 : footpathToleranceM;
            nodeCrossings = nodeCrossings != null && nodeCrossings;
            walkingSpeedKmh = walkingSpeedKmh == null ? 4.8 : walkingSpeedKmh;
            snapToleranceM = snapToleranceM == null ? 250.0 : snapToleranceM;
            offNetworkLeg = offNetworkLeg == null ? OffNetworkLeg.WALK : offNetworkLeg;
            cache = cache == null || cache;
            clipToStudyArea = clipToStudyArea == null || clipToStudyArea;
        }

        /** @return a builder of a network with nothing chosen yet and every default */
        public static SpecBuilders.Network builder() {
            return new SpecBuilders.Network();
        }

        /** @return a builder holding this network's values, to change some of them */
        public SpecBuilders.Network toBuilder() {
            return builder().roads(roads).footpaths(footpaths).footpathToleranceM(footpathToleranceM)
                    .nodeCrossings(nodeCrossings).walkingSpeedKmh(walkingSpeedKmh).snapToleranceM(snapToleranceM)
                    .offNetworkLeg(offNetworkLeg).cache(cache).clipToStudyArea(clipToStudyArea).walkable(walkable);
        }
    }

    /**
     * The study area.
     *
     * @param layer       the ward (or other zone) polygons
     * @param nameField   the field holding each zone's name
     * @param codeField   the field holding its code, optional
     * @param select      names or codes of the zones to include; all when absent
     * @param residential residential land polygons: deserts are sought only there, optional
     * @param filter      a CQL filter picking the study-area polygons out of the layer, optional
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"layer", "name_field", "code_field", "select", "residential", "filter"})
    public record StudyAreaSpec(String layer, String nameField, String codeField, List<String> select,
                                String residential, String filter) {
        public StudyAreaSpec {
            select = select == null ? null : List.copyOf(select);
        }

        /** @return a builder of a study area with nothing chosen yet */
        public static SpecBuilders.StudyArea builder() {
            return new SpecBuilders.StudyArea();
        }

        /** @return a builder holding this study area's values, to change some of them */
        public SpecBuilders.StudyArea toBuilder() {
            return builder().layer(layer).nameField(nameField).codeField(codeField).select(select)
                    .residential(residential).filter(filter);
        }
    }

    /**
     * One facility type.
     *
     * @param type           a short identifier (gp, libraries...) used in file and column names
     * @param label          the readable name for maps and tables
     * @param layers         the facility layers (points or polygons; CSVs of coordinates or postcodes):
     *                       written {@code layer: gp.shp} for one, {@code layer: [gp.shp, gp_sites.shp]}
     *                       when a type's facilities are split over several (points and polygons)
     * @param filter         a CQL filter picking the facilities out of a mixed layer, optional
     * @param nameField      the field naming each facility, optional (guessed otherwise)
     * @param idField        the field identifying each facility (for scenarios' {@code ids}), optional
     * @param bandsMin       the time bands in minutes, ascending (default 10, 20)
     * @param servedBandMin  the band within which a place counts as served (default: the largest)
     * @param postcodeLookup for a CSV of postcodes: the postcode centroid table (Code-Point Open layout)
     * @param postcodeField  the CSV's postcode column, optional (detected)
     * @param xField         the CSV's easting or longitude column, optional (detected)
     * @param yField         the CSV's northing or latitude column, optional (detected)
     * @param crs            the layer's CRS when the file does not say, e.g. EPSG:4326
     * @param encoding       the text encoding of a CSV (default UTF-8) or of a {@code .dbf} without
     *                       {@code .cpg}, e.g. windows-1252
     * @param badRows        {@code fail} (the default when null: a row or feature that cannot be used
     *                       stops the run, naming it) or {@code skip} (it is left out and listed in
     *                       one warning); null is kept so that the file does not gain the default
     * @param osmTags        for an OpenStreetMap extract ({@code .osm.pbf}, {@code .osm}) as the layer:
     *                       which elements are the facilities ({@link OsmTags}); null for other layers
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "label", "layer", "filter", "name_field", "id_field", "bands_min", "served_band_min",
        "postcode_lookup", "postcode_field", "x_field", "y_field", "crs", "encoding", "bad_rows", "osm_tags"})
    public record FacilitySpec(String type, String label,
                               @JsonProperty("layer") @JsonFormat(with = {
                                   JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                                   JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<String> layers,
                               String filter, String nameField, String idField, List<Double> bandsMin,
                               Double servedBandMin,
                               String postcodeLookup, String postcodeField, String xField, String yField, String crs,
                               String encoding, BadRowPolicy badRows, OsmTags osmTags) {
        public FacilitySpec {
            layers = layers == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(layers));
            bandsMin = bandsMin == null ? List.of(10.0, 20.0) : List.copyOf(bandsMin);
            label = label == null ? type : label;
        }

        /** @return a builder of a type with this identifier, the default bands and nothing else set yet */
        public static SpecBuilders.Facility builder(String type) {
            return new SpecBuilders.Facility().type(type);
        }

        /** @return a builder holding this type's values, to change some of them */
        public SpecBuilders.Facility toBuilder() {
            return builder(type).label(label).layers(layers).filter(filter).nameField(nameField).idField(idField)
                    .bandsMin(bandsMin)
                    .servedBandMin(servedBandMin).postcodeLookup(postcodeLookup).postcodeField(postcodeField)
                    .xField(xField).yField(yField).crs(crs).encoding(encoding).badRows(badRows).osmTags(osmTags);
        }

        /** @return the first (usually the only) facility layer, or null when none is given */
        @JsonIgnore
        public String layer() {
            return layers.isEmpty() ? null : layers.get(0);
        }

        /** @return the band that decides whether a place is served */
        public double servedBand() {
            return servedBandMin != null ? servedBandMin : bandsMin.get(bandsMin.size() - 1);
        }

        /** @return the index of {@link #servedBand()} in the type's bands */
        public int servedBandIndex() {
            return bandsMin.indexOf(servedBand());
        }

        /** @return what to do with a row or feature that cannot be used ({@code bad_rows}, default fail) */
        public BadRowPolicy badRowPolicy() {
            return badRows == null ? BadRowPolicy.FAIL : badRows;
        }
    }

    /**
     * Service-area polygons.
     *
     * @param trimDistanceM    how far polygons extend either side of reachable streets (default 100)
     * @param rings            ring polygons (0-5, 5-10, 10-20) instead of disks (default false)
     * @param perFacility      one overlapping polygon per facility as well as per type (default false)
     * @param accessSpacingM   largest spacing of access points on area facilities (default 50)
     * @param accessToleranceM how near the network a boundary point must be to be an access point (default 30)
     * @param threads          parallel facility types; 0 = one per processor (default)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"trim_distance_m", "rings", "per_facility", "access_spacing_m", "access_tolerance_m", "threads"})
    public record CatchmentSpec(Double trimDistanceM, Boolean rings, Boolean perFacility, Double accessSpacingM,
                                Double accessToleranceM, Integer threads) {
        public CatchmentSpec {
            trimDistanceM = trimDistanceM == null ? 100.0 : trimDistanceM;
            rings = rings != null && rings;
            perFacility = perFacility != null && perFacility;
            accessSpacingM = accessSpacingM == null ? 50.0 : accessSpacingM;
            accessToleranceM = accessToleranceM == null ? 30.0 : accessToleranceM;
            threads = threads == null ? 0 : threads;
        }

        /** @return a builder of the default polygon settings */
        public static SpecBuilders.Catchment builder() {
            return new SpecBuilders.Catchment();
        }

        /** @return a builder holding these settings, to change some of them */
        public SpecBuilders.Catchment toBuilder() {
            return builder().trimDistanceM(trimDistanceM).rings(rings).perFacility(perFacility)
                    .accessSpacingM(accessSpacingM).accessToleranceM(accessToleranceM).threads(threads);
        }
    }

    /**
     * Residents.
     *
     * @param layer      polygons (spread evenly, over residential land when given) or points with a count
     * @param countField the field holding the number of residents
     * @param encoding   the text encoding of a CSV (default UTF-8) or of a {@code .dbf} without {@code .cpg}, optional
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"layer", "count_field", "encoding"})
    public record PopulationSpec(String layer, String countField, String encoding) {

        /** @return residents from a layer and field, in the encoding the file says */
        public PopulationSpec(String layer, String countField) {
            this(layer, countField, null);
        }
    }

    /**
     * A further zone layer to report coverage for.
     *
     * @param layer     the zone polygons (e.g. LSOAs)
     * @param nameField the field naming each zone
     * @param name      the name of its outputs ({@code <name>_coverage.csv}), optional: by default
     *                  the layer's file name ({@link OutputNames#zoneName})
     * @param encoding  the text encoding of a {@code .dbf} without {@code .cpg}, optional
     * @param filter    a CQL filter picking the zones out of the layer, optional; of the zones it
     *                  keeps, only those sharing area with the study area are reported
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"layer", "name_field", "name", "encoding", "filter"})
    public record ZoneSpec(String layer, String nameField, String name, String encoding, String filter) {

        /** @return a zone layer named after its file */
        public ZoneSpec(String layer, String nameField) {
            this(layer, nameField, null, null, null);
        }

        /** @return this zone layer read from another file */
        public ZoneSpec withLayer(String newLayer) {
            return new ZoneSpec(newLayer, nameField, name, encoding, filter);
        }
    }

    /**
     * An indicator table joined to zone polygons and cross-tabulated against deserts.
     *
     * @param table      the CSV table (e.g. IMD 2019 by LSOA)
     * @param tableKey   the table's key column
     * @param layer      the zone polygons
     * @param layerKey   the layer's key field
     * @param field      the table column to classify
     * @param classes    deciles, quantiles, equal_intervals or natural_breaks (default: deciles)
     * @param count      the number of classes (default 10 for deciles, else 5)
     * @param label      a readable name, optional (default: the field); it names the output
     *                   {@code deserts_by_<label>.csv} ({@link OutputNames#indicatorTable})
     * @param encoding   the text encoding of the table (default UTF-8), optional
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"table", "table_key", "layer", "layer_key", "field", "classes", "count", "label", "encoding"})
    public record IndicatorSpec(String table, String tableKey, String layer, String layerKey, String field,
                                ClassMethod classes, Integer count, String label, String encoding) {
        public IndicatorSpec {
            classes = classes == null ? ClassMethod.DECILES : classes;
            count = count == null ? defaultCount(classes) : count;
            label = label == null ? field : label;
        }

        /** @return the number of classes when none is given: 10 for deciles, else 5 */
        public static int defaultCount(ClassMethod classes) {
            return classes == ClassMethod.DECILES ? 10 : 5;
        }

        /** @return a builder of an indicator with nothing chosen yet */
        public static SpecBuilders.Indicator builder() {
            return new SpecBuilders.Indicator();
        }

        /** @return a builder holding this indicator's values, to change some of them */
        public SpecBuilders.Indicator toBuilder() {
            return builder().table(table).tableKey(tableKey).layer(layer).layerKey(layerKey).field(field)
                    .classes(classes).count(count).label(label).encoding(encoding);
        }
    }

    /**
     * The desert rule.
     *
     * @param minMissing    a place is a desert when at least this many of the counted types miss it
     *                      (default 3); more than the types counted is allowed (no desert can then
     *                      be found, and the run says so)
     * @param types         the types counted, optional (default: every type); not with {@code missing_all_of}
     * @param missingAllOf  instead: a desert is where all of these types are missing, optional
     * @param minAreaM2     deserts smaller than this are dropped as slivers (default 2000)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"min_missing", "types", "missing_all_of", "min_area_m2"})
    public record DesertSpec(Integer minMissing, List<String> types, List<String> missingAllOf, Double minAreaM2) {
        public DesertSpec {
            minMissing = minMissing == null ? 3 : minMissing;
            types = types == null ? null : List.copyOf(types);
            missingAllOf = missingAllOf == null ? null : List.copyOf(missingAllOf);
            minAreaM2 = minAreaM2 == null ? 2000.0 : minAreaM2;
        }

        /** @return this rule with another threshold of missing types */
        public DesertSpec withMinMissing(int newMinMissing) {
            return new DesertSpec(newMinMissing, types, missingAllOf, minAreaM2);
        }

        /** @return this rule counting only these types (null: every type), the threshold rule */
        public DesertSpec withTypes(List<String> newTypes) {
            return new DesertSpec(minMissing, newTypes, null, minAreaM2);
        }

        /** @return this rule with another smallest desert area */
        public DesertSpec withMinAreaM2(double newMinAreaM2) {
            return new DesertSpec(minMissing, types, missingAllOf, newMinAreaM2);
        }

        /** @return the ids of the types this rule counts, among {@code all} (in their order) */
        public List<String> countedTypes(List<String> all) {
            return types == null ? all : all.stream().filter(types::contains).toList();
        }
    }
}
