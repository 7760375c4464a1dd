package org.catchment.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.catchment.io.shapefile.ShapefileWriter;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The points of a {@link NationalLand}, all drawn in proportion to its residents: the seven
 * facility types at national densities ({@link #TYPES}), the postcode centroids in Ordnance
 * Survey Code-Point Open's layout (one row per postcode, no header: postcode, positional quality,
 * easting, northing, then the country code), and population points with counts like the census
 * output areas' population-weighted centroids (about 300 residents each). Parks are outlines
 * (rectangles of 60 to 300 m a side), foodbanks a CSV of postcodes looked up in the postcode
 * file, as the sample town's are; the other types are point shapefiles. The large files are
 * written a row at a time.
 */
final class NationalPoints {

    /** A facility type: key, label, national count, bands and how its layer is given. */
    record Type(String key, String label, int nationalCount, String bands, Form form) {
    }

    /** How a type's layer is written. */
    enum Form { POINTS, OUTLINES, POSTCODES }

    /**
     * The types and their national counts (Great Britain, rounded): NHS Digital, Public Health
     * Scotland and NHS Wales list about 7,000 GP practices; CILIP about 3,000 public libraries;
     * Sport England's Active Places and its Scottish and Welsh counterparts about 2,500 public
     * leisure centres; ACRE and the community sector about 10,000 community centres and village
     * halls; the Trussell Trust and IFAN together about 2,600 food bank centres; Fields in Trust
     * about 27,000 parks and green spaces; the CDRC about 6,400 retail centres.
     */
    static final List<Type> TYPES = List.of(
            new Type("gp", "GP surgeries", 7_000, "10, 20", Form.POINTS),
            new Type("libraries", "Libraries", 3_000, "10, 20", Form.POINTS),
            new Type("community_centres", "Community centres", 10_000, "10, 20", Form.POINTS),
            new Type("sports_centres", "Sports centres", 2_500, "10, 20", Form.POINTS),
            new Type("foodbanks", "Foodbanks", 2_600, "10, 20", Form.POSTCODES),
            new Type("parks", "Parks", 27_000, "5, 10", Form.OUTLINES),
            new Type("retail_centres", "Retail centres", 6_400, "5, 10", Form.POINTS));
    static final int NATIONAL_POSTCODES = 1_700_000;
    static final int NATIONAL_POPULATION_POINTS = 235_000;
    static final String POSTCODES_FILE = "codepo_gb.csv";
    static final String POPULATION_FILE = "population.csv";
    /** The letters Code-Point uses in a postcode's last two places (no C, I, K, M, O, V). */
    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private final NationalLand land;
    private final long seed;
    private final GeometryFactory gf = new GeometryFactory();

    NationalPoints(NationalLand land, long seed) {
        this.land = land;
        this.seed = seed;
    }

    /** @return how many of a national count this land has (at least 2) */
    int scaled(int national) {
        return Math.max(2, (int) Math.round(national * land.scale()));
    }

    /**
     * Writes the postcode file, then every facility type's layer, then the population points.
     *
     * @return the number of facilities of each type, in {@link #TYPES} order
     */
    List<Integer> write(Path dir) {
        int postcodes = scaled(NATIONAL_POSTCODES);
        Type foodbanks = TYPES.stream().filter(t -> t.form() == Form.POSTCODES).findFirst().orElseThrow();
        List<String> chosen = writePostcodes(dir.resolve(POSTCODES_FILE), postcodes, scaled(foodbanks.nationalCount()));
        List<Integer> counts = new ArrayList<>();
        for (int t = 0; t < TYPES.size(); t++) {
            Type type = TYPES.get(t);
            if (type.form() == Form.POSTCODES) {
                List<String> lines = new ArrayList<>(List.of("name,postcode"));
                for (int i = 0; i < chosen.size(); i++) {
                    lines.add(type.label() + " " + (i + 1) + "," + chosen.get(i));
                }
                writeLines(dir.resolve(type.key() + ".csv"), lines);
                counts.add(chosen.size());
            } else {
                counts.add(writeFacilities(dir.resolve(type.key() + ".shp"), type, seed + 101 * (t + 1)));
            }
        }
        writePopulation(dir.resolve(POPULATION_FILE));
        return counts;
    }

    private int writeFacilities(Path shp, Type type, long typeSeed) {
        SplittableRandom random = new SplittableRandom(typeSeed);
        boolean outlines = type.form() == Form.OUTLINES;
        SimpleFeatureType featureType = BenchFiles.type(type.key(), outlines ? MultiPolygon.class : Point.class,
                "name", "id");
        int count = scaled(type.nationalCount());
        List<SimpleFeature> features = new ArrayList<>(count);
        Envelope extent = land.extent();
        for (int i = 0; i < count; i++) {
            Coordinate c = land.randomResidence(random);
            Geometry g;
            if (outlines) {
                double w = 60 + random.nextDouble() * 240;
                double h = 60 + random.nextDouble() * 240;
                Envelope box = new Envelope(Math.max(extent.getMinX(), c.x - w / 2), Math.min(extent.getMaxX(), c.x + w / 2),
                        Math.max(extent.getMinY(), c.y - h / 2), Math.min(extent.getMaxY(), c.y + h / 2));
                g = gf.createMultiPolygon(new Polygon[] {(Polygon) gf.toGeometry(box)});
            } else {
                g = gf.createPoint(c);
            }
            features.add(SimpleFeatureBuilder.build(featureType, new Object[] {g, type.label() + " " + (i + 1),
                String.format(Locale.ROOT, "%s-%05d", type.key(), i + 1)}, null));
        }
        ShapefileWriter.write(Layer.of(type.key(), featureType, features), shp);
        return count;
    }

    /**
     * Writes the Code-Point Open-style file, postcodes named after their 100 km square (area),
     * then district, sector and unit numbered on within the area, so each is unique.
     *
     * @return the postcodes of {@code pick} rows spread over the file (the foodbanks' addresses)
     */
    private List<String> writePostcodes(Path csv, int count, int pick) {
        SplittableRandom random = new SplittableRandom(seed + 7);
        TreeSet<Integer> picked = new TreeSet<>();
        while (picked.size() < Math.min(pick, count)) {
            picked.add(random.nextInt(count));
        }
        List<String> chosen = new ArrayList<>();
        Map<String, int[]> numbered = new HashMap<>();
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                Coordinate c = land.randomResidence(random);
                long e = Math.round(c.x);
                long n = Math.round(c.y);
                String area = GridSquares.name(e, n);
                int k = numbered.computeIfAbsent(area, a -> new int[1])[0]++;
                String postcode = String.format(Locale.ROOT, "%s%d %d%c%c", area, k / 4_000 + 1, k / 400 % 10,
                        UNIT_LETTERS.charAt(k / 20 % 20), UNIT_LETTERS.charAt(k % 20));
                out.write(String.format(Locale.ROOT, "\"%s\",10,%d,%d,\"E92000001\",\"\",\"\",\"\",\"\",\"\"%n",
                        postcode, e, n));
                if (picked.contains(i)) {
                    chosen.add(postcode);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return chosen;
    }

    /** Writes the population points: easting, northing and residents, about 300 each, summing to the land's residents. */
    private void writePopulation(Path csv) {
        SplittableRandom random = new SplittableRandom(seed + 11);
        int count = scaled(NATIONAL_POPULATION_POINTS);
        double mean = land.population(land.extent()) / count;
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("easting,northing,population\n");
            for (int i = 0; i < count; i++) {
                Coordinate c = land.randomResidence(random);
                out.write(String.format(Locale.ROOT, "%.1f,%.1f,%d%n", c.x, c.y,
                        Math.max(1, Math.round(mean * (0.8 + 0.4 * random.nextDouble())))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a small text file, a line each. */
    static void writeLines(Path file, List<String> lines) {
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
