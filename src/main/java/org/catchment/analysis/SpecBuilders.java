package org.catchment.analysis;

import java.util.Arrays;
import java.util.List;
import org.catchment.io.ReadOptions.BadRowPolicy;
import org.catchment.io.tiles.BasemapChoice;
import org.catchment.overlay.ClassMethod;
import org.catchment.servicearea.CatchmentOptions.OffNetworkLeg;
import org.catchment.analysis.AnalysisSpec.CatchmentSpec;
import org.catchment.analysis.AnalysisSpec.FacilitySpec;
import org.catchment.analysis.AnalysisSpec.IndicatorSpec;
import org.catchment.analysis.AnalysisSpec.NetworkSpec;
import org.catchment.analysis.OutputSpec;
import org.catchment.analysis.AnalysisSpec.StudyAreaSpec;

/**
 * Builders of the {@link AnalysisSpec} records, so a spec is built and changed by naming its
 * values ({@code FacilitySpec.builder("gp").layer("gp.shp").bands(10, 20).build()},
 * {@code spec.network().toBuilder().walkingSpeedKmh(4.0).build()}) rather than by position.
 * Each starts from the record's {@code builder()} or {@code toBuilder()}; a value not set is null
 * and takes the record's documented default.
 */
public final class SpecBuilders {

    private SpecBuilders() {
    }

    /** Builds a {@link NetworkSpec} by name; what is not set takes the documented default. */
    public static final class Network {
        private List<String> roads;
        private List<String> footpaths;
        private Double footpathToleranceM;
        private Boolean nodeCrossings;
        private Double walkingSpeedKmh;
        private Double snapToleranceM;
        private OffNetworkLeg offNetworkLeg;
        private Boolean cache;
        private Boolean clipToStudyArea;
        private String walkable;

        Network() {
        }

        public Network roads(List<String> v) { roads = v; return this; }
        public Network footpaths(List<String> v) { footpaths = v; return this; }
        public Network footpathToleranceM(Double v) { footpathToleranceM = v; return this; }
        public Network nodeCrossings(Boolean v) { nodeCrossings = v; return this; }
        public Network walkingSpeedKmh(Double v) { walkingSpeedKmh = v; return this; }
        public Network snapToleranceM(Double v) { snapToleranceM = v; return this; }
        public Network offNetworkLeg(OffNetworkLeg v) { offNetworkLeg = v; return this; }
        public Network cache(Boolean v) { cache = v; return this; }
        public Network clipToStudyArea(Boolean v) { clipToStudyArea = v; return this; }
        public Network walkable(String v) { walkable = v; return this; }

        public NetworkSpec build() {
            return new NetworkSpec(roads, footpaths, footpathToleranceM, nodeCrossings, walkingSpeedKmh,
                    snapToleranceM, offNetworkLeg, cache, clipToStudyArea, walkable);
        }
    }

    /** Builds a {@link StudyAreaSpec} by name. */
    public static final class StudyArea {
        private String layer;
        private String nameField;
        private String codeField;
        private List<String> select;
        private String residential;
        private String filter;

        StudyArea() {
        }

        public StudyArea layer(String v) { layer = v; return this; }
        public StudyArea nameField(String v) { nameField = v; return this; }
        public StudyArea codeField(String v) { codeField = v; return this; }
        public StudyArea select(List<String> v) { select = v; return this; }
        public StudyArea residential(String v) { residential = v; return this; }
        public StudyArea filter(String v) { filter = v; return this; }

        public StudyAreaSpec build() {
            return new StudyAreaSpec(layer, nameField, codeField, select, residential, filter);
        }
    }

    /** Builds a {@link FacilitySpec} by name; what is not set takes the documented default. */
    public static final class Facility {
        private String type;
        private String label;
        private List<String> layers;
        private String filter;
        private String nameField;
        private String idField;
        private List<Double> bandsMin;
        private Double servedBandMin;
        private String postcodeLookup;
        private String postcodeField;
        private String xField;
        private String yField;
        private String crs;
        private String encoding;
        private BadRowPolicy badRows;
        private OsmTags osmTags;

        Facility() {
        }

        public Facility type(String v) { type = v; return this; }
        public Facility label(String v) { label = v; return this; }
        public Facility layers(List<String> v) { layers = v; return this; }
        /** Sets one layer (null: none). */
        public Facility layer(String v) { layers = v == null ? null : List.of(v); return this; }
        public Facility filter(String v) { filter = v; return this; }
        public Facility nameField(String v) { nameField = v; return this; }
        public Facility idField(String v) { idField = v; return this; }
        public Facility bandsMin(List<Double> v) { bandsMin = v; return this; }
        /** Sets the bands in minutes, e.g. {@code bands(10, 20)}. */
        public Facility bands(double... v) { bandsMin = Arrays.stream(v).boxed().toList(); return this; }
        public Facility servedBandMin(Double v) { servedBandMin = v; return this; }
        public Facility postcodeLookup(String v) { postcodeLookup = v; return this; }
        public Facility postcodeField(String v) { postcodeField = v; return this; }
        public Facility xField(String v) { xField = v; return this; }
        public Facility yField(String v) { yField = v; return this; }
        public Facility crs(String v) { crs = v; return this; }
        public Facility encoding(String v) { encoding = v; return this; }
        public Facility badRows(BadRowPolicy v) { badRows = v; return this; }
        public Facility osmTags(OsmTags v) { osmTags = v; return this; }

        public FacilitySpec build() {
            return new FacilitySpec(type, label, layers, filter, nameField, idField, bandsMin, servedBandMin,
                    postcodeLookup, postcodeField, xField, yField, crs, encoding, badRows, osmTags);
        }
    }

    /** Builds a {@link CatchmentSpec} by name; what is not set takes the documented default. */
    public static final class Catchment {
        private Double trimDistanceM;
        private Boolean rings;
        private Boolean perFacility;
        private Double accessSpacingM;
        private Double accessToleranceM;
        private Integer threads;

        Catchment() {
        }

        public Catchment trimDistanceM(Double v) { trimDistanceM = v; return this; }
        public Catchment rings(Boolean v) { rings = v; return this; }
        public Catchment perFacility(Boolean v) { perFacility = v; return this; }
        public Catchment accessSpacingM(Double v) { accessSpacingM = v; return this; }
        public Catchment accessToleranceM(Double v) { accessToleranceM = v; return this; }
        public Catchment threads(Integer v) { threads = v; return this; }

        public CatchmentSpec build() {
            return new CatchmentSpec(trimDistanceM, rings, perFacility, accessSpacingM, accessToleranceM, threads);
        }
    }

    /** Builds an {@link IndicatorSpec} by name; what is not set takes the documented default. */
    public static final class Indicator {
        private String table;
        private String tableKey;
        private String layer;
        private String layerKey;
        private String field;
        private ClassMethod classes;
        private Integer count;
        private String label;
        private String encoding;

        Indicator() {
        }

        public Indicator table(String v) { table = v; return this; }
        public Indicator tableKey(String v) { tableKey = v; return this; }
        public Indicator layer(String v) { layer = v; return this; }
        public Indicator layerKey(String v) { layerKey = v; return this; }
        public Indicator field(String v) { field = v; return this; }
        public Indicator classes(ClassMethod v) { classes = v; return this; }
        public Indicator count(Integer v) { count = v; return this; }
        public Indicator label(String v) { label = v; return this; }
        public Indicator encoding(String v) { encoding = v; return this; }

        public IndicatorSpec build() {
            return new IndicatorSpec(table, tableKey, layer, layerKey, field, classes, count, label, encoding);
        }
    }

    /** Builds an {@link OutputSpec} by name; what is not set takes the documented default. */
    public static final class Output {
        private String dir;
        private Integer widthPx;
        private Integer heightPx;
        private Integer dpi;
        private List<String> attribution;
        private List<BackdropSpec> backdrop;
        private BasemapChoice basemap;
        private String basemapUrl;
        private String basemapAttribution;
        private Integer basemapMaxZoom;
        private AtlasOf atlas;

        Output() {
        }

        public Output dir(String v) { dir = v; return this; }
        public Output widthPx(Integer v) { widthPx = v; return this; }
        public Output heightPx(Integer v) { heightPx = v; return this; }
        public Output dpi(Integer v) { dpi = v; return this; }
        public Output attribution(List<String> v) { attribution = v; return this; }
        public Output backdrop(List<BackdropSpec> v) { backdrop = v; return this; }
        public Output basemap(BasemapChoice v) { basemap = v; return this; }
        public Output basemapUrl(String v) { basemapUrl = v; return this; }
        public Output basemapAttribution(String v) { basemapAttribution = v; return this; }
        public Output basemapMaxZoom(Integer v) { basemapMaxZoom = v; return this; }
        public Output atlas(AtlasOf v) { atlas = v; return this; }

        public OutputSpec build() {
            return new OutputSpec(dir, widthPx, heightPx, dpi, attribution, backdrop, basemap, basemapUrl,
                    basemapAttribution, basemapMaxZoom, atlas);
        }
    }
}
