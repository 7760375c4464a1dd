package org.catchment.network;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.catchment.InputException;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.filter.Filter;
import org.geotools.filter.FilterAttributeExtractor;
import org.geotools.filter.text.cql2.CQLException;
import org.geotools.filter.text.ecql.ECQL;

/**
 * Which lines of a road layer may be walked: a rule in the CQL of the facility filters over the
 * layer's fields, as {@code network.walkable} gives it, or a {@link Preset} by name
 * ({@code preset:osm}), or, when the analysis gives neither, the preset the layer's fields point
 * to ({@link #detect}). A preset is written out over the fields the layer has (OS Open Roads'
 * {@code function} or {@code road_function}; OpenStreetMap's {@code foot} and {@code access}
 * when present), so the rule named in a run's summary is the rule applied.
 */
public final class Walkability {

    /** How {@code network.walkable} names a preset: {@code preset:osm}. */
    private static final String PRESET_PREFIX = "preset:";

    /** GraphHopper 11's foot profile: the highway values it walks ({@code FootAccessParser}). */
    static final List<String> OSM_HIGHWAYS = List.of("footway", "path", "steps", "pedestrian", "living_street",
            "track", "residential", "service", "platform", "trunk", "trunk_link", "primary", "primary_link",
            "secondary", "secondary_link", "tertiary", "tertiary_link", "cycleway", "unclassified", "road",
            "bridleway");
    /** Access values that let walkers in (OSM wiki, key:access; GraphHopper's intended values and destination). */
    static final List<String> OSM_ALLOWED = List.of("yes", "designated", "official", "permissive", "destination");
    /** Access values that keep walkers out (OSM wiki, key:access; GraphHopper's restricted values). */
    static final List<String> OSM_RESTRICTED = List.of("no", "private", "restricted", "military", "emergency",
            "permit");
    /** Geofabrik's road classes ({@code fclass}) that walkers may use: all but motorways and their links. */
    static final List<String> GEOFABRIK_CLASSES = List.of("footway", "path", "steps", "pedestrian", "living_street",
            "track", "track_grade1", "track_grade2", "track_grade3", "track_grade4", "track_grade5", "residential",
            "service", "trunk", "trunk_link", "primary", "primary_link", "secondary", "secondary_link", "tertiary",
            "tertiary_link", "cycleway", "unclassified", "unknown", "bridleway");

    /** A named rule for a kind of road layer. */
    public enum Preset {
        /** OS Open Roads: motorways (function or class {@code Motorway}) are not walkable. */
        OS_OPEN_ROADS("os_open_roads", "OS Open Roads: motorways not walkable"),
        /** OpenStreetMap tags {@code highway}, {@code foot}, {@code access}, as GraphHopper's foot profile reads them. */
        OSM("osm", "OpenStreetMap highway, foot and access tags"),
        /** Geofabrik's shapefile road classes ({@code fclass}). */
        GEOFABRIK("geofabrik", "Geofabrik's OpenStreetMap road classes (fclass)"),
        /** Every line is walkable. */
        ALL("all", "every line walkable");

        private final String key;
        private final String title;

        Preset(String key, String title) {
            this.key = key;
            this.title = title;
        }

        /** @return the name written after {@code preset:} */
        public String key() {
            return key;
        }

        /** @return what the preset is, in words */
        public String title() {
            return title;
        }

        /** @return the preset of that name, ignoring case */
        public static Optional<Preset> named(String key) {
            for (Preset p : values()) {
                if (p.key.equalsIgnoreCase(key.trim())) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }

        /** @return the names of every preset, for messages: "os_open_roads, osm, geofabrik, all" */
        public static String names() {
            return String.join(", ", java.util.Arrays.stream(values()).map(Preset::key).toList());
        }
    }

    /** How the rule was chosen. */
    private enum Origin {
        /** From the layer's fields, the analysis giving no rule. */
        DETECTED,
        /** A preset the analysis names. */
        NAMED,
        /** A rule the analysis writes. */
        WRITTEN
    }

    private final Preset preset;
    private final Origin origin;
    private final String rule;
    private final Filter filter;

    private Walkability(Preset preset, Origin origin, String rule) {
        this.preset = preset;
        this.origin = origin;
        this.rule = rule;
        this.filter = parse(rule);
    }

    /**
     * @param given  {@code network.walkable}: null or blank to detect the preset from the fields,
     *               {@code preset:<name>}, or a CQL rule
     * @param fields the layer's field names
     * @return the rule
     * @throws IllegalArgumentException, worded for the user, when the preset is unknown, lacks a
     *     field it needs, or the rule does not parse or names a field the layer lacks
     */
    public static Walkability of(String given, Collection<String> fields) {
        if (given == null || given.isBlank()) {
            return preset(detect(fields), fields, Origin.DETECTED);
        }
        Optional<Preset> named = presetName(given).map(n -> Preset.named(n).orElseThrow(() ->
                new IllegalArgumentException("there is no preset '" + n + "'; the presets are " + Preset.names())));
        if (named.isPresent()) {
            return preset(named.get(), fields, Origin.NAMED);
        }
        Walkability w = new Walkability(null, Origin.WRITTEN, given.trim());
        for (String name : w.fieldsUsed()) {
            if (field(fields, name).isEmpty()) {
                throw new IllegalArgumentException("the rule names the field '" + name + "', which the roads do not"
                        + " have; their fields are " + String.join(", ", fields));
            }
        }
        return w;
    }

    /**
     * As {@link #of(String, Collection)} for a road layer, a problem reported as bad input naming
     * the layer's file and {@code network.walkable}.
     */
    public static Walkability of(String given, Layer layer) {
        try {
            return of(given, fieldNames(layer));
        } catch (IllegalArgumentException e) {
            Path file = layer.source().orElse(Path.of(layer.name()));
            throw new InputException(file, "network.walkable", e.getMessage(), "Write a rule over these fields,"
                    + " e.g. highway IN ('footway','residential'), or name a preset (preset:" + Preset.names()
                    .replace(", ", ", preset:") + ")");
        }
    }

    /**
     * @param fields a layer's field names
     * @return the preset its fields point to: {@code highway} is OpenStreetMap; {@code fclass}
     *     Geofabrik; an OS Open Roads road function or start and end node fields OS Open Roads;
     *     anything else every line walkable
     */
    public static Preset detect(Collection<String> fields) {
        if (field(fields, "highway").isPresent()) {
            return Preset.OSM;
        }
        if (field(fields, "fclass").isPresent()) {
            return Preset.GEOFABRIK;
        }
        if (first(fields, OpenRoadsSchema.FUNCTION).isPresent() || OpenRoadsSchema.hasNodeFields(fields)) {
            return Preset.OS_OPEN_ROADS;
        }
        return Preset.ALL;
    }

    private static Walkability preset(Preset preset, Collection<String> fields, Origin origin) {
        String rule = switch (preset) {
            case OS_OPEN_ROADS -> osOpenRoads(fields);
            case OSM -> osm(fields);
            case GEOFABRIK -> quoted(required(fields, "fclass", preset)) + " IN " + list(GEOFABRIK_CLASSES);
            case ALL -> "INCLUDE";
        };
        return new Walkability(preset, origin, rule);
    }

    private static String osOpenRoads(Collection<String> fields) {
        List<String> motorway = new ArrayList<>();
        first(fields, OpenRoadsSchema.FUNCTION).ifPresent(f -> motorway.add(quoted(f) + " ILIKE 'Motorway'"));
        first(fields, OpenRoadsSchema.CLASS).ifPresent(f -> motorway.add(quoted(f) + " ILIKE 'Motorway'"));
        return motorway.isEmpty() ? "INCLUDE" : "NOT (" + String.join(" OR ", motorway) + ")";
    }

    /**
     * The foot profile as a rule: a {@code foot} tag that lets walkers in decides first; else a
     * {@code foot} or {@code access} tag that keeps them out closes the way; else the highway
     * must be one walkers use. A missing column is left out of the rule.
     */
    private static String osm(Collection<String> fields) {
        String rule = quoted(required(fields, "highway", Preset.OSM)) + " IN " + list(OSM_HIGHWAYS);
        for (String key : List.of("access", "foot")) {
            Optional<String> f = field(fields, key);
            if (f.isPresent()) {
                rule = "NOT (" + quoted(f.get()) + " IN " + list(OSM_RESTRICTED) + ") AND " + rule;
            }
        }
        Optional<String> foot = field(fields, "foot");
        return foot.isEmpty() ? rule : quoted(foot.get()) + " IN " + list(OSM_ALLOWED) + " OR (" + rule + ")";
    }

    private static String required(Collection<String> fields, String name, Preset preset) {
        return field(fields, name).orElseThrow(() -> new IllegalArgumentException("the preset " + preset.key()
                + " reads the field " + name + ", which the roads do not have; their fields are "
                + String.join(", ", fields)));
    }

    /**
     * @param given a value of {@code network.walkable}
     * @return what is wrong with it (an unknown preset, a rule that is not CQL), or empty; the
     *     fields it names are checked against the roads when they are read
     */
    public static Optional<String> problem(String given) {
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        Optional<String> name = presetName(given);
        if (name.isPresent()) {
            return Preset.named(name.get()).isPresent() ? Optional.empty()
                    : Optional.of("there is no preset '" + name.get() + "'; the presets are " + Preset.names());
        }
        try {
            parse(given);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Optional<String> presetName(String given) {
        String t = given.trim();
        return t.regionMatches(true, 0, PRESET_PREFIX, 0, PRESET_PREFIX.length())
                ? Optional.of(t.substring(PRESET_PREFIX.length()).trim()) : Optional.empty();
    }

    private static Filter parse(String cql) {
        try {
            return ECQL.toFilter(cql);
        } catch (CQLException e) {
            throw new IllegalArgumentException("the rule \"" + cql + "\" is not valid CQL ("
                    + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }

    /** @return the preset, or empty for a rule the analysis writes */
    public Optional<Preset> preset() {
        return Optional.ofNullable(preset);
    }

    /** @return the rule in CQL */
    public String rule() {
        return rule;
    }

    /**
     * @return the rule in words, as a run's notes and summary give it: "preset osm (OpenStreetMap
     *     highway, foot and access tags), chosen from the roads' fields: foot IN (...) OR ..."
     */
    public String describe() {
        String how = switch (origin) {
            case DETECTED -> "preset " + preset.key() + " (" + preset.title() + "), chosen from the roads' fields";
            case NAMED -> "preset " + preset.key() + " (" + preset.title() + "), as network.walkable names it";
            case WRITTEN -> "the rule network.walkable gives";
        };
        return how + ": " + rule;
    }

    /** @return whether a feature of {@code layer} may be walked, its fields read as the layer's filters read them */
    public Predicate<SimpleFeature> on(Layer layer) {
        return layer.matcher(filter);
    }

    private Set<String> fieldsUsed() {
        FilterAttributeExtractor names = new FilterAttributeExtractor();
        filter.accept(names, null);
        return new TreeSet<>(List.of(names.getAttributeNames()));
    }

    /** @return the layer's attribute names, without the geometry */
    public static List<String> fieldNames(Layer layer) {
        return layer.featureType().getAttributeDescriptors().stream()
                .filter(d -> !(d.getType() instanceof org.geotools.api.feature.type.GeometryType))
                .map(d -> d.getLocalName()).toList();
    }

    private static Optional<String> field(Collection<String> fields, String name) {
        return fields.stream().filter(f -> f.equalsIgnoreCase(name)).findFirst();
    }

    private static Optional<String> first(Collection<String> fields, List<String> names) {
        for (String n : names) {
            Optional<String> f = field(fields, n);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    private static String quoted(String field) {
        return field.matches("[A-Za-z_][A-Za-z0-9_]*") && !field.equalsIgnoreCase("function")
                && !field.equalsIgnoreCase("class") ? field : "\"" + field.replace("\"", "\"\"") + "\"";
    }

    private static String list(List<String> values) {
        return "(" + String.join(",", values.stream().map(v -> "'" + v.toLowerCase(Locale.ROOT) + "'").toList()) + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
