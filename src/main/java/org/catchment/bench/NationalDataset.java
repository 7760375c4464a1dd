package org.catchment.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * A generated Great Britain-like national dataset for the national benchmark (issue 14), made on
 * the fly and never committed: OS Open Roads-style RoadLink tiles by 100 km grid square in one
 * folder ({@link NationalRoads}), wards grouped in local authority districts and LSOA-like zones
 * with an IMD-like decile ({@link NationalZones}), seven facility types, Code-Point Open-style
 * postcodes and population points ({@link NationalPoints}), over towns and countryside of
 * realistic density ({@link NationalLand}), and the analysis file that runs them all: catchments
 * of every type, deserts, ward and LSOA coverage, the indicator table and the accessibility
 * indicators per postcode and per LSOA.
 *
 * <p>One number sets the size: the road links wanted. At 4 million links (OS Open Roads' Great
 * Britain) it makes about 9,000 wards in 360 districts, 42,000 LSOAs, 1.7 million postcodes and
 * the national facility counts of {@link NationalPoints#TYPES}; smaller sizes scale every count
 * by {@code links / 4,000,000}. The same size and seed give the same files. Memory is bounded by
 * one 100 km tile's links and the smaller layers; the postcodes and population points are
 * written a row at a time.
 */
public final class NationalDataset {

    /** The analysis file written, tiled by district when {@code tiled} is asked for. */
    public static final String ANALYSIS_FILE = "analysis.yml";
    /** The folder of RoadLink tiles, as a national OS Open Roads download has them. */
    public static final String ROADS_FOLDER = "roads";

    /**
     * What was written.
     *
     * @param links             road links, over all tiles
     * @param tiles             links per RoadLink tile, by file name without extension
     * @param extent            the land, British National Grid metres
     * @param residents         the land's residents
     * @param districts         local authority districts
     * @param wards             wards (the study area)
     * @param lsoas             LSOA-like zones
     * @param facilities        facilities per type key, in the analysis file's order
     * @param postcodes         postcode centroids
     * @param populationPoints  population points
     */
    public record Summary(int links, Map<String, Integer> tiles, Envelope extent, double residents, int districts,
            int wards, int lsoas, Map<String, Integer> facilities, int postcodes, int populationPoints) {

        /** @return one line naming the counts, for the command line */
        public String describe() {
            return String.format(Locale.ROOT, "%,d road links in %d tiles (%.0f x %.0f km), %,.0f residents,"
                    + " %d districts, %,d wards, %,d LSOAs, %,d facilities of %d types %s, %,d postcodes,"
                    + " %,d population points", links, tiles.size(), extent.getWidth() / 1000, extent.getHeight() / 1000,
                    residents, districts, wards, lsoas, facilities.values().stream().mapToInt(Integer::intValue).sum(),
                    facilities.size(), facilities, postcodes, populationPoints);
        }
    }

    private NationalDataset() {
    }

    /**
     * Writes the dataset and its analysis file into a folder.
     *
     * @param links    about how many road links (at least 100)
     * @param seed     the random seed
     * @param dir      the folder (created if missing)
     * @param tilesBy  the ward field a tiled run tiles by ({@code lad_code}), or null for an untiled analysis file
     * @return what was written
     * @throws IllegalArgumentException for fewer than 100 links
     */
    public static Summary write(int links, long seed, Path dir, String tilesBy) {
        if (links < 100) {
            throw new IllegalArgumentException("a national dataset needs at least 100 links, not " + links);
        }
        try {
            Files.createDirectories(dir.resolve(ROADS_FOLDER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NationalLand land = NationalLand.generate(links, seed);
        Map<String, Integer> tiles = new NationalRoads(land, seed).write(dir.resolve(ROADS_FOLDER));
        NationalZones zones = new NationalZones(land);
        zones.write(dir);
        zones.writeIndicators(dir.resolve("lsoa_indicators.csv"), seed + 3);
        NationalPoints points = new NationalPoints(land, seed);
        List<Integer> counts = points.write(dir);
        Map<String, Integer> facilities = new java.util.LinkedHashMap<>();
        for (int t = 0; t < NationalPoints.TYPES.size(); t++) {
            facilities.put(NationalPoints.TYPES.get(t).key(), counts.get(t));
        }
        NationalPoints.writeLines(dir.resolve(ANALYSIS_FILE), List.of(analysis(links, tilesBy).split("\n")));
        return new Summary(tiles.values().stream().mapToInt(Integer::intValue).sum(), tiles, land.extent(),
                land.population(land.extent()), zones.districts(), zones.wards().size(), zones.lsoas().size(), facilities,
                points.scaled(NationalPoints.NATIONAL_POSTCODES), points.scaled(NationalPoints.NATIONAL_POPULATION_POINTS));
    }

    /** @return the analysis file's text */
    static String analysis(int links, String tilesBy) {
        StringBuilder yaml = new StringBuilder(String.format(Locale.ROOT,
                "# The national benchmark's generated dataset (catchment bench --write-national), about %,d links.%n"
                + "name: National benchmark%n"
                + "network: {roads: [%s], cache: false}%n"
                + "study_area: {layer: wards.shp, name_field: name, code_field: code}%n"
                + "facilities:%n", links, ROADS_FOLDER));
        for (NationalPoints.Type t : NationalPoints.TYPES) {
            String layer = switch (t.form()) {
                case POSTCODES -> t.key() + ".csv, postcode_lookup: " + NationalPoints.POSTCODES_FILE
                        + ", postcode_field: postcode";
                case POINTS, OUTLINES -> t.key() + ".shp, id_field: id";
            };
            yaml.append(String.format(Locale.ROOT, "  - {type: %s, label: %s, layer: %s, name_field: name, bands_min: [%s]}%n",
                    t.key(), t.label(), layer, t.bands()));
        }
        yaml.append("population: {layer: ").append(NationalPoints.POPULATION_FILE).append(", count_field: population}\n")
                .append("zones:\n  - {layer: lsoa.shp, name_field: LSOA_NAME}\n")
                .append("indicators:\n  - {table: lsoa_indicators.csv, table_key: lsoa_code, layer: lsoa.shp,"
                        + " layer_key: LSOA_CODE, field: imd_decile, label: IMD decile}\n")
                .append("accessibility: {postcodes: ").append(NationalPoints.POSTCODES_FILE).append(", zones: [lsoa]}\n")
                .append("deserts: {min_missing: 3}\n");
        if (tilesBy != null) {
            yaml.append("tiles: {by: ").append(tilesBy).append("}\n");
        }
        return yaml.append("output: {dir: out}\n").toString();
    }
}
