package org.catchment.analysis;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.catchment.CatchmentException;
import org.catchment.io.ReadOptions;
import org.catchment.io.tiles.BasemapChoice;
import org.catchment.io.tiles.TileSource;
import org.catchment.layer.Crs;
import org.catchment.layer.WorkingCrs;
import org.catchment.network.Walkability;
import org.catchment.overlay.ClassMethod;
import org.catchment.servicearea.CatchmentOptions;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;

/**
 * What an analysis file accepts, in one place: the range and unit of every number
 * ({@link Limit}), the words of every key that takes one of a few ({@link Option}), the form of a
 * type identifier and the order of time bands. The validator and the desktop app's form and
 * dialogs all check through this class, so a value one accepts the others accept; the table of
 * limits in docs/analysis-file.md is compared with {@link Limit} by a test.
 */
public final class SpecRules {

    /** A facility type identifier: lower-case letters, digits and underscores, starting with a letter. */
    public static final Pattern TYPE_ID = Pattern.compile("[a-z][a-z0-9_]*");
    /** A colour of a map style: {@code #rrggbb}. */
    public static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private SpecRules() {
    }

    /**
     * What is wrong with a value, worded once for the analysis file's message and the form.
     *
     * @param problem what is wrong, lower case, without a final full stop
     * @param advice  what to do about it
     */
    public record Problem(String problem, String advice) {

        /** @return the problem and advice as the form shows them: "Walking speed must be ... . 4.8 km/h is ..." */
        public String sentence() {
            return Character.toUpperCase(problem.charAt(0)) + problem.substring(1) + ". " + advice;
        }

        /** @throws IllegalArgumentException with {@link #sentence()}, for the form's setters */
        public void raise() {
            throw new IllegalArgumentException(sentence());
        }
    }

    /**
     * The values a number may take: from {@code min} to {@code max}, both included.
     *
     * @param min   the smallest value allowed
     * @param max   the largest value allowed
     * @param whole true when only whole numbers are allowed
     * @param unit  the unit, e.g. {@code km/h}
     */
    public record Range(double min, double max, boolean whole, String unit) {

        /** @return true when {@code value} is allowed */
        public boolean contains(double value) {
            return value >= min && value <= max;
        }

        /** @return e.g. "0.5 to 10 km/h" */
        public String text() {
            return bound(min) + " to " + bound(max) + (unit.isEmpty() ? "" : " " + unit);
        }
    }

    /**
     * Every number of the analysis file that has a range, with its key (a list's items written
     * {@code []}), unit and advice. Bounds are inclusive. Only {@link #WALKING_SPEED} has a usual
     * range, outside which a run warns.
     */
    public enum Limit {
        /** {@code network.walking_speed_kmh}. */
        WALKING_SPEED("network.walking_speed_kmh", "the walking speed", 0.5, 10, false, "km/h",
                "4.8 km/h, 80 m a minute, is the usual planning figure", 2, 7),
        /** {@code network.footpath_tolerance_m}. */
        FOOTPATH_TOLERANCE("network.footpath_tolerance_m", "the footpath tolerance", 0, 100, false, "m",
                "A footpath end this near a road joins it; the default is 10 m"),
        /** {@code network.snap_tolerance_m}. */
        SNAP_TOLERANCE("network.snap_tolerance_m", "the snap tolerance", 1, 5000, false, "m",
                "Facilities farther than this from the network are listed as unreachable; the default is 250 m"),
        /** {@code facilities[].bands_min}, each band. */
        BAND("facilities[].bands_min", "each time band", 1, 120, false, "min",
                "Bands are minutes of walking, e.g. [5, 10] or [10, 20]"),
        /** {@code catchments.trim_distance_m}. */
        TRIM_DISTANCE("catchments.trim_distance_m", "the trim distance", 1, 1000, false, "m",
                "100 m is ArcGIS Pro's default trim"),
        /** {@code catchments.access_spacing_m}. */
        ACCESS_SPACING("catchments.access_spacing_m", "the access point spacing", 1, 1000, false, "m",
                "The default is 50 m"),
        /** {@code catchments.access_tolerance_m}. */
        ACCESS_TOLERANCE("catchments.access_tolerance_m", "the access point tolerance", 0, 1000, false, "m",
                "The default is 30 m"),
        /** {@code catchments.threads}. */
        THREADS("catchments.threads", "the number of threads", 0, 256, true, "",
                "0 uses one thread per processor"),
        /** {@code indicators[].count}. */
        CLASS_COUNT("indicators[].count", "the number of classes", 2, 20, true, "", "Deciles have 10"),
        /**
         * {@code deserts.min_missing}. More than the types counted is allowed: no place can then be a
         * desert, and the run says so in a note.
         */
        MIN_MISSING("deserts.min_missing", "the number of missing types that makes a desert", 1, 100, true, "",
                "A place is a desert when at least this many of the counted facility types do not serve it"),
        /** {@code deserts.min_area_m2}. */
        MIN_AREA("deserts.min_area_m2", "the smallest desert area", 0, 1_000_000, false, "m²",
                "2000 m² drops the slivers along streets"),
        /** {@code output.width_px}. */
        MAP_WIDTH("output.width_px", "the map width", 200, 20_000, true, "px",
                "A4 landscape at 300 dpi is 3508 x 2480 px"),
        /** {@code output.height_px}. */
        MAP_HEIGHT("output.height_px", "the map height", 200, 20_000, true, "px",
                "A4 landscape at 300 dpi is 3508 x 2480 px"),
        /** {@code output.dpi}. */
        MAP_DPI("output.dpi", "the resolution", 72, 1200, true, "dpi", "Use 300 for print, 96 for screen"),
        /** {@code output.basemap_max_zoom}. */
        BASEMAP_MAX_ZOOM("output.basemap_max_zoom", "the basemap's deepest zoom", 0, 22, true, "",
                "Most tile servers go to zoom 18 or 19; the server's documentation says"),
        /** {@code tiles.grid_km}. */
        TILE_SIZE("tiles.grid_km", "the side of the tiles", 0.1, 1000, false, "km",
                "Tiles of 10 to 50 km suit a county or a country; use tiles: {by: FIELD} to tile by local authority"),
        /** {@code map.layers[].style.count}. */
        STYLE_CLASS_COUNT("map.layers[].style.count", "the number of classes", 2, 20, true, "",
                "5 classes read well on a map; deciles have 10");

        private final String key;
        private final String noun;
        private final double min;
        private final double max;
        private final boolean whole;
        private final String unit;
        private final String advice;
        private final double usualMin;
        private final double usualMax;

        Limit(String key, String noun, double min, double max, boolean whole, String unit, String advice) {
            this(key, noun, min, max, whole, unit, advice, Double.NaN, Double.NaN);
        }

        Limit(String key, String noun, double min, double max, boolean whole, String unit, String advice,
              double usualMin, double usualMax) {
            this.key = key;
            this.noun = noun;
            this.min = min;
            this.max = max;
            this.whole = whole;
            this.unit = unit;
            this.advice = advice;
            this.usualMin = usualMin;
            this.usualMax = usualMax;
        }

        /** @return the key in the analysis file, e.g. {@code network.walking_speed_kmh} or {@code facilities[].bands_min} */
        public String key() {
            return key;
        }

        /** @return the advice given with a value out of range */
        public String advice() {
            return advice;
        }

        /**
         * @param spec the analysis the value is for (no limit depends on it today; kept so the form and
         *             the validator ask alike)
         * @return the values allowed in that analysis
         */
        public Range range(AnalysisSpec spec) {
            return range();
        }

        /** @return the values allowed */
        public Range range() {
            return new Range(min, max, whole, unit);
        }

        /** @return the range outside which a value is accepted with a warning, or empty */
        public Optional<Range> usual() {
            return Double.isNaN(usualMin) ? Optional.empty() : Optional.of(new Range(usualMin, usualMax, whole, unit));
        }

        /** @return what is wrong with {@code value} in {@code spec}, or empty when it is allowed */
        public Optional<Problem> check(AnalysisSpec spec, double value) {
            Range r = range(spec);
            if (r.contains(value)) {
                return Optional.empty();
            }
            return Optional.of(new Problem(noun + " must be from " + r.text() + " (it is " + number(value) + ")",
                    advice));
        }

        /** @throws IllegalArgumentException worded for the form when {@code value} is not allowed in {@code spec} */
        public void require(AnalysisSpec spec, double value) {
            check(spec, value).ifPresent(Problem::raise);
        }

        /** As {@link #require(AnalysisSpec, double)} for a limit that does not depend on the analysis. */
        public void require(double value) {
            require(null, value);
        }

        /** @return the warning for a value allowed but outside the usual range, or empty */
        public Optional<String> warning(double value) {
            return usual().filter(u -> !u.contains(value)).map(u -> key + " is " + number(value) + " " + unit
                    + ", outside the usual " + u.text() + "; check it is meant. " + advice);
        }
    }

    /**
     * The keys whose value is one of a few words: the lower-case names of the constants of an enum
     * the engine uses ({@link #word}).
     */
    public enum Option {
        /** {@code network.off_network_leg}. */
        OFF_NETWORK_LEG("network.off_network_leg", CatchmentOptions.OffNetworkLeg.class),
        /** {@code facilities[].bad_rows}. */
        BAD_ROWS("facilities[].bad_rows", ReadOptions.BadRowPolicy.class),
        /** {@code indicators[].classes}. */
        CLASSES("indicators[].classes", ClassMethod.class),
        /** {@code output.basemap}. */
        BASEMAP("output.basemap", BasemapChoice.class),
        /** {@code output.atlas}. */
        ATLAS("output.atlas", AtlasOf.class),
        /** {@code map.layers[].style.classes}. */
        STYLE_CLASSES("map.layers[].style.classes", MapSpec.Classes.class);

        private final String key;
        private final Class<? extends Enum<?>> type;

        Option(String key, Class<? extends Enum<?>> type) {
            this.key = key;
            this.type = type;
        }

        /** @return the key in the analysis file */
        public String key() {
            return key;
        }

        /** @return the enum whose constants are the allowed values */
        public Class<? extends Enum<?>> type() {
            return type;
        }

        /** @return the allowed words, in the enum's order */
        public List<String> words() {
            return SpecRules.words(type);
        }
    }

    /** @return how the analysis file writes an option value: its constant's name in lower case */
    public static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** @return the words of every constant of an option's enum */
    public static List<String> words(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(SpecRules::word).toList();
    }

    /** @return the constant written {@code word} (exactly, lower case), or empty */
    public static <E extends Enum<E>> Optional<E> fromWord(Class<E> type, String word) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> word(c).equals(word)).findFirst();
    }

    /**
     * @return true when a road source is an OpenStreetMap extract ({@code .osm.pbf} or {@code .osm}
     *     XML), a whole network on its own
     */
    public static boolean isOpenStreetMap(String road) {
        String r = road.toLowerCase(Locale.ROOT);
        return r.endsWith(".pbf") || r.endsWith(".osm");
    }

    /** @return what is wrong with the road sources ({@code network.roads}): an extract with other sources, or empty */
    public static Optional<Problem> checkRoads(List<String> roads) {
        return roads.size() > 1 && roads.stream().anyMatch(SpecRules::isOpenStreetMap)
                ? Optional.of(new Problem("an OpenStreetMap extract cannot be combined with other road sources",
                        "Give either one .osm.pbf (or .osm) or OS Open Roads files")) : Optional.empty();
    }

    /** @return what is wrong with footpath layers ({@code network.footpaths}) over these roads, or empty */
    public static Optional<Problem> checkFootpaths(List<String> roads, List<String> footpaths) {
        return !footpaths.isEmpty() && roads.stream().anyMatch(SpecRules::isOpenStreetMap)
                ? Optional.of(new Problem("footpaths can only be merged into an OS Open Roads network",
                        "OpenStreetMap already holds footpaths: remove network.footpaths")) : Optional.empty();
    }

    /**
     * @return what is wrong with a walkability rule ({@code network.walkable}) over these roads, or
     *     empty: an unknown preset, a rule that is not CQL, or a rule for an OpenStreetMap extract
     *     (walked by GraphHopper's foot profile); the fields it names are checked when the roads are read
     */
    public static Optional<Problem> checkWalkable(List<String> roads, String walkable) {
        if (walkable == null || walkable.isBlank()) {
            return Optional.empty();
        }
        if (roads.stream().anyMatch(SpecRules::isOpenStreetMap)) {
            return Optional.of(new Problem("an OpenStreetMap extract (.osm.pbf) is walked by GraphHopper's foot"
                    + " profile, not by a rule", "Remove network.walkable, or give the roads as a line layer"));
        }
        return Walkability.problem(walkable).map(p -> new Problem(p, "Write a CQL rule over the roads' fields, e.g."
                + " highway IN ('footway','residential'), or name a preset: preset:" + String.join(", preset:",
                Walkability.Preset.names().split(", "))));
    }

    /** The word of {@code working_crs} that chooses the working CRS from the study area. */
    public static final String AUTO_CRS = "auto";

    /**
     * @param text the value of {@code working_crs} (null: not given)
     * @return true when the working CRS is chosen from the study area: {@code auto}, or not given
     */
    public static boolean isAutoCrs(String text) {
        return text == null || text.trim().equalsIgnoreCase(AUTO_CRS);
    }

    /**
     * @return what is wrong with a {@code working_crs}: not {@code auto} nor an EPSG code, a code
     *     the EPSG database lacks, or a CRS that is not projected in metres; or empty
     */
    public static Optional<Problem> checkWorkingCrs(String text) {
        if (isAutoCrs(text)) {
            return Optional.empty();
        }
        String advice = "Write auto (British National Grid in Great Britain, else the study area's UTM zone) or the"
                + " EPSG code of a projected CRS in metres, e.g. EPSG:32632 (UTM zone 32N)";
        CoordinateReferenceSystem crs;
        try {
            crs = Crs.decode(text);
        } catch (CatchmentException e) {
            return Optional.of(new Problem("'" + text + "' is not auto nor a known EPSG code", advice));
        }
        String problem = WorkingCrs.problem(crs);
        return problem == null ? Optional.empty() : Optional.of(new Problem(problem, advice));
    }

    /** @return what is wrong with a facility type identifier, or empty */
    public static Optional<Problem> checkType(String type) {
        return type != null && TYPE_ID.matcher(type).matches() ? Optional.empty()
                : Optional.of(new Problem("the type '" + type + "' is not a short identifier",
                        "Use lower-case letters, digits and _ (e.g. gp, libraries, sports_centres)"));
    }

    /**
     * @param name an encoding as written in an {@code encoding} key (UTF-8, windows-1252, latin1...)
     * @return the charset, or empty when Java knows no encoding of that name
     */
    public static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** @return what is wrong with a type's time bands (none, one out of range, not ascending), or empty */
    public static Optional<Problem> checkBands(AnalysisSpec spec, List<Double> bands) {
        if (bands.isEmpty()) {
            return Optional.of(new Problem("no time bands are given", "Give the bands in minutes, e.g. 10, 20"));
        }
        for (int b = 0; b < bands.size(); b++) {
            Double v = bands.get(b);
            if (v == null) {
                return Optional.of(new Problem("a time band is empty", Limit.BAND.advice()));
            }
            Optional<Problem> p = Limit.BAND.check(spec, v);
            if (p.isPresent()) {
                return p;
            }
            if (b > 0 && !(v > bands.get(b - 1))) {
                return Optional.of(new Problem("the bands " + minutes(bands) + " are not in ascending order",
                        "List them from the shortest to the longest, e.g. 10, 20"));
            }
        }
        return Optional.empty();
    }

    /** @return what is wrong with a served band (it must be one of the bands, or absent), or empty */
    public static Optional<Problem> checkServedBand(List<Double> bands, Double servedBandMin) {
        return servedBandMin == null || bands.contains(servedBandMin) ? Optional.empty()
                : Optional.of(new Problem("the served band " + number(servedBandMin) + " is not one of the bands "
                        + minutes(bands), "Choose one of the bands"));
    }

    /**
     * @return what is wrong with {@code output.basemap_url}: a custom basemap needs a usable URL
     *     template, and the URL is used by a custom basemap only
     */
    public static Optional<Problem> checkBasemapUrl(OutputSpec o) {
        if (o.basemapChoice() != BasemapChoice.CUSTOM) {
            return o.basemapUrl() == null ? Optional.empty() : Optional.of(new Problem("basemap_url is given but the"
                    + " basemap is " + word(o.basemapChoice()), "Write basemap: custom to draw the tiles of that URL"));
        }
        return TileSource.checkTemplate(o.basemapUrl())
                .map(advice -> new Problem("the custom basemap's tile URL is not usable", advice));
    }

    /** @return what is wrong with {@code output.basemap_attribution}: a custom basemap needs its credit line */
    public static Optional<Problem> checkBasemapAttribution(OutputSpec o) {
        return o.basemapChoice() == BasemapChoice.CUSTOM
                && (o.basemapAttribution() == null || o.basemapAttribution().isBlank())
                ? Optional.of(new Problem("a custom basemap needs basemap_attribution", "Give the credit line the tile"
                        + " provider asks for; it is printed on every map")) : Optional.empty();
    }

    /** @return what is wrong with a colour of a style ({@code #rrggbb}), or empty */
    public static Optional<Problem> checkColour(String colour) {
        return colour != null && COLOUR.matcher(colour).matches() ? Optional.empty()
                : Optional.of(new Problem("the colour '" + colour + "' is not a colour written #rrggbb",
                        "Write each colour as # and six hexadecimal digits, e.g. #2c7fb8"));
    }

    /** @return what is wrong with a style's colours (a ramp needs two), or empty */
    public static Optional<Problem> checkColours(MapSpec.Classes classes, List<String> colours) {
        if (colours == null) {
            return Optional.empty();
        }
        if (colours.size() < (classes == MapSpec.Classes.CATEGORIES ? 1 : 2)) {
            return Optional.of(new Problem("a ramp of classes needs at least two colours, from the lowest class to"
                    + " the highest", "Give two or more, e.g. [\"#ffffcc\", \"#253494\"], or leave colours out"));
        }
        return colours.stream().map(SpecRules::checkColour).flatMap(Optional::stream).findFirst();
    }

    /** @return what is wrong with a map extent ({@code [min_x, min_y, max_x, max_y]}, min below max), or empty */
    public static Optional<Problem> checkExtent(List<Double> extent) {
        if (extent == null) {
            return Optional.empty();
        }
        boolean ok = extent.size() == 4 && extent.stream().allMatch(v -> v != null && Double.isFinite(v))
                && extent.get(0) < extent.get(2) && extent.get(1) < extent.get(3);
        return ok ? Optional.empty() : Optional.of(new Problem("the extent " + extent + " is not four numbers"
                + " [min_x, min_y, max_x, max_y] with each minimum below its maximum",
                "Give the area to show in the working CRS's metres, or leave extent out to show every layer"));
    }

    /** @return the warnings for values allowed but unusual (a walking speed outside 2 to 7 km/h) */
    public static List<String> warnings(AnalysisSpec spec) {
        List<String> out = new ArrayList<>();
        if (spec.network() != null) {
            Limit.WALKING_SPEED.warning(spec.network().walkingSpeedKmh()).ifPresent(out::add);
        }
        return out;
    }

    /** @return minutes as lists of bands are shown: "10, 20" */
    public static String minutes(List<Double> minutes) {
        return String.join(", ", minutes.stream().map(SpecRules::number).toList());
    }

    /** @return a number as the rules and the form show it: without a needless ".0" */
    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** @return a bound of a range: as {@link #number}, thousands grouped from 10,000 (20,000 px) */
    private static String bound(double v) {
        return Math.abs(v) >= 10_000 && v == Math.rint(v) && !Double.isInfinite(v)
                ? String.format(Locale.ROOT, "%,d", (long) v) : number(v);
    }
}
