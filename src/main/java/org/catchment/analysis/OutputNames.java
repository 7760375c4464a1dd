package org.catchment.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names of the files a run writes, as the analysis file decides them, and the check that no
 * two are the same (one would silently replace the other). A zone layer's table is
 * {@code <name>_coverage.csv}, its name being the {@code name} key or else the layer's file name
 * (a GeoPackage table's file, not the table); an indicator's is {@code deserts_by_<label>.csv},
 * the label defaulting to the field; each facility type draws {@code map_<type>.png}; an atlas
 * ({@code output.atlas}) is the folder {@value #ATLAS}. Names are
 * lower case with every run of other characters than a-z and 0-9 turned into {@code _}.
 */
public final class OutputNames {

    /** The GeoPackage's file name. */
    public static final String GEOPACKAGE = "catchment.gpkg";
    /** The study area's coverage table. */
    public static final String WARD_COVERAGE = "ward_coverage.csv";
    /** The deserts table. */
    public static final String DESERTS = "deserts.csv";
    /** The postcodes' accessibility indicators ({@code accessibility.postcodes}). */
    public static final String ACCESS_POSTCODES = "access_postcodes.csv";
    /** The plain-text summary. */
    public static final String SUMMARY = "summary.txt";
    /** The folder of the atlas's pages ({@code output.atlas}), replaced as a whole. */
    public static final String ATLAS = "atlas";

    /**
     * One output and the key of the analysis file that names it.
     *
     * @param file  the file name
     * @param key   the key, e.g. {@code zones[1]}; null for an output every run writes
     * @param owner what writes it, for messages: "the study area's coverage table"
     */
    record Output(String file, String key, String owner) {
    }

    /** Two keys whose outputs would have the same name. */
    record Clash(Output first, Output second) {
    }

    private OutputNames() {
    }

    /** @return the name of a zone layer's outputs: its {@code name}, else its file name */
    public static String zoneName(AnalysisSpec.ZoneSpec zone) {
        return slug(zone.name() != null ? zone.name() : baseName(zone.layer()));
    }

    /** @return the coverage table of a zone layer */
    public static String zoneTable(AnalysisSpec.ZoneSpec zone) {
        return zoneName(zone) + "_coverage.csv";
    }

    /** @return the accessibility table of a zone layer, by its output name: {@code access_lsoa.csv} */
    public static String accessTable(String zoneName) {
        return "access_" + zoneName + ".csv";
    }

    /** @return the cross-tabulation of an indicator, named after its label */
    public static String indicatorTable(AnalysisSpec.IndicatorSpec indicator) {
        return "deserts_by_" + slug(indicator.label()) + ".csv";
    }

    /** @return the map of a facility type, or of the deserts for "deserts" */
    public static String map(String type) {
        return "map_" + type + ".png";
    }

    /** @return the names of the files an analysis writes, in the order they are written */
    public static List<String> files(AnalysisSpec spec) {
        return outputs(spec).stream().map(Output::file).toList();
    }

    /** @return every output with the key that names it, in the order they are written */
    static List<Output> outputs(AnalysisSpec spec) {
        List<Output> out = new ArrayList<>();
        out.add(new Output(GEOPACKAGE, null, "the GeoPackage"));
        out.add(new Output(WARD_COVERAGE, null, "the study area's coverage table"));
        for (int i = 0; i < spec.zones().size(); i++) {
            out.add(new Output(zoneTable(spec.zones().get(i)), "zones[" + i + "]", "zones[" + i + "]"));
        }
        out.add(new Output(DESERTS, null, "the deserts table"));
        for (int i = 0; i < spec.indicators().size(); i++) {
            out.add(new Output(indicatorTable(spec.indicators().get(i)), "indicators[" + i + "]", "indicators[" + i + "]"));
        }
        if (spec.accessibility() != null) {
            if (spec.accessibility().postcodes() != null) {
                out.add(new Output(ACCESS_POSTCODES, "accessibility.postcodes", "the postcodes' accessibility table"));
            }
            for (int i = 0; i < spec.accessibility().zones().size(); i++) {
                out.add(new Output(accessTable(spec.accessibility().zones().get(i)), "accessibility.zones[" + i + "]",
                        "accessibility.zones[" + i + "]"));
            }
        }
        for (int i = 0; i < spec.facilities().size(); i++) {
            out.add(new Output(map(spec.facilities().get(i).type()), "facilities[" + i + "].type",
                    "facilities[" + i + "]"));
        }
        out.add(new Output(map("deserts"), null, "the map of the deserts"));
        if (spec.output().atlasOf() != AtlasOf.NONE) {
            out.add(new Output(ATLAS, "output.atlas", "the atlas"));
        }
        out.add(new Output(SUMMARY, null, "the summary"));
        return out;
    }

    /** @return the first output whose name another output before it already has */
    static Optional<Clash> clash(AnalysisSpec spec) {
        Map<String, Output> seen = new HashMap<>();
        for (Output o : outputs(spec)) {
            Output before = seen.putIfAbsent(o.file(), o);
            if (before != null) {
                return Optional.of(new Clash(before, o));
            }
        }
        return Optional.empty();
    }

    /** @return the key to report a clash at: the later one that a user set */
    static String key(Clash clash) {
        return clash.second().key() != null ? clash.second().key() : clash.first().key();
    }

    /** @return what is wrong, naming both outputs */
    static String problem(Clash clash, int firstLine) {
        Output reported = clash.second().key() != null ? clash.second() : clash.first();
        Output other = reported == clash.second() ? clash.first() : clash.second();
        return reported.owner() + " would write " + clash.first().file() + ", as " + other.owner()
                + (other.key() != null && firstLine > 0 ? " (line " + firstLine + ")" : "")
                + " does, so one would replace the other";
    }

    /** @return the advice for a clash: which key to change */
    static String advice(Clash clash) {
        String key = key(clash);
        if (key.startsWith("zones")) {
            return "Give each zone layer its own name, e.g. name: " + "lsoa_2021 (its table is then lsoa_2021_coverage.csv)";
        }
        if (key.startsWith("accessibility")) {
            return "Give the zone layer another name, e.g. name: lsoa_2021 (its accessibility table is then"
                    + " access_lsoa_2021.csv)";
        }
        if (key.startsWith("indicators")) {
            return "Give each indicator its own label, e.g. label: IMD 2019 income decile";
        }
        return "Give the facility type another identifier";
    }

    /** @return a file name's base, without folder, extension or GeoPackage table: "lsoa" for "data/lsoa.gpkg#lsoa21" */
    static String baseName(String path) {
        String name = Path.of(path.replaceFirst("#.*$", "")).getFileName().toString();
        return name.replaceFirst("\\.[^.]*$", "");
    }

    /** @return lower case, each run of characters other than a-z and 0-9 turned into one {@code _} */
    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
