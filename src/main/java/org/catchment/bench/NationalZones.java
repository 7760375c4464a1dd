package org.catchment.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.catchment.io.shapefile.ShapefileWriter;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * The administrative zones of a {@link NationalLand}: local authority districts of about equal
 * population, each cut into wards and, independently, into LSOA-like zones, also of about equal
 * population, as the real ones are drawn (wards of a few thousand residents, LSOAs of about
 * 1,600), so wards are small in towns and large in the country. A rectangle is cut into
 * {@code k} parts by halving it across its longer side where {@code floor(k / 2) / k} of its
 * residents lie, and so on (recursive bisection over the land's summed-area table).
 *
 * <p>National counts (scaled by {@link NationalLand#scale()}): 360 districts, 9,000 wards,
 * 42,000 LSOAs (England and Wales' LSOAs with Scotland's data zones). Codes follow the ONS
 * pattern: districts {@code E06000001}..., wards {@code E05000001}..., LSOAs {@code E01000001}....
 */
final class NationalZones {

    static final int NATIONAL_DISTRICTS = 360;
    static final int NATIONAL_WARDS = 9_000;
    static final int NATIONAL_LSOAS = 42_000;
    /** The ward layer's field holding the district's code: what a tiled run tiles by. */
    static final String DISTRICT_FIELD = "lad_code";

    /** A zone: its code, name, district code and rectangle. */
    record Zone(String code, String name, String district, Envelope box) {
    }

    private final List<Zone> wards = new ArrayList<>();
    private final List<Zone> lsoas = new ArrayList<>();
    private final int districts;

    NationalZones(NationalLand land) {
        districts = Math.max(2, (int) Math.round(NATIONAL_DISTRICTS * land.scale()));
        int wardsEach = Math.max(2, (int) Math.round(NATIONAL_WARDS * land.scale() / districts));
        int lsoasEach = Math.max(wardsEach, (int) Math.round(NATIONAL_LSOAS * land.scale() / districts));
        List<Envelope> lads = new ArrayList<>();
        split(land, land.extent(), districts, lads);
        for (int d = 0; d < lads.size(); d++) {
            String lad = String.format(Locale.ROOT, "E06%06d", d + 1);
            String ladName = String.format(Locale.ROOT, "District %03d", d + 1);
            List<Envelope> parts = new ArrayList<>();
            split(land, lads.get(d), wardsEach, parts);
            for (Envelope w : parts) {
                wards.add(new Zone(String.format(Locale.ROOT, "E05%06d", wards.size() + 1),
                        ladName + " ward " + (wards.size() + 1), lad, w));
            }
            parts.clear();
            split(land, lads.get(d), lsoasEach, parts);
            for (int p = 0; p < parts.size(); p++) {
                lsoas.add(new Zone(String.format(Locale.ROOT, "E01%06d", lsoas.size() + 1),
                        String.format(Locale.ROOT, "%s %03d%c", ladName, p / 26 + 1, (char) ('A' + p % 26)), lad,
                        parts.get(p)));
            }
        }
    }

    /** Cuts a rectangle into {@code k} parts of about equal population, appended in order. */
    private static void split(NationalLand land, Envelope box, int k, List<Envelope> out) {
        if (k <= 1) {
            out.add(box);
            return;
        }
        int first = k / 2;
        double target = land.population(box) * first / k;
        boolean across = box.getWidth() >= box.getHeight();
        double lo = across ? box.getMinX() : box.getMinY();
        double hi = across ? box.getMaxX() : box.getMaxY();
        double min = lo;
        for (int it = 0; it < 50; it++) {
            double mid = (lo + hi) / 2;
            Envelope part = across ? new Envelope(box.getMinX(), mid, box.getMinY(), box.getMaxY())
                    : new Envelope(box.getMinX(), box.getMaxX(), box.getMinY(), mid);
            if (land.population(part) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double cut = Math.round((lo + hi) / 2 * 10) / 10.0;
        double max = across ? box.getMaxX() : box.getMaxY();
        cut = Math.max(min + 1, Math.min(max - 1, cut));
        if (across) {
            split(land, new Envelope(box.getMinX(), cut, box.getMinY(), box.getMaxY()), first, out);
            split(land, new Envelope(cut, box.getMaxX(), box.getMinY(), box.getMaxY()), k - first, out);
        } else {
            split(land, new Envelope(box.getMinX(), box.getMaxX(), box.getMinY(), cut), first, out);
            split(land, new Envelope(box.getMinX(), box.getMaxX(), cut, box.getMaxY()), k - first, out);
        }
    }

    int districts() {
        return districts;
    }

    List<Zone> wards() {
        return wards;
    }

    List<Zone> lsoas() {
        return lsoas;
    }

    /** Writes {@code wards.shp} (name, code, lad_code, lad_name) and {@code lsoa.shp} (LSOA_CODE, LSOA_NAME). */
    void write(Path dir) {
        GeometryFactory gf = new GeometryFactory();
        SimpleFeatureType wardType = BenchFiles.type("wards", MultiPolygon.class, "name", "code", DISTRICT_FIELD);
        List<SimpleFeature> features = new ArrayList<>(wards.size());
        for (Zone z : wards) {
            features.add(SimpleFeatureBuilder.build(wardType, new Object[] {polygon(gf, z.box()), z.name(), z.code(),
                z.district()}, null));
        }
        ShapefileWriter.write(Layer.of("wards", wardType, features), dir.resolve("wards.shp"));
        SimpleFeatureType lsoaType = BenchFiles.type("lsoa", MultiPolygon.class, "LSOA_CODE", "LSOA_NAME");
        features = new ArrayList<>(lsoas.size());
        for (Zone z : lsoas) {
            features.add(SimpleFeatureBuilder.build(lsoaType, new Object[] {polygon(gf, z.box()), z.code(), z.name()},
                    null));
        }
        ShapefileWriter.write(Layer.of("lsoa", lsoaType, features), dir.resolve("lsoa.shp"));
    }

    /** Writes {@code lsoa_indicators.csv}: an IMD-like decile per LSOA (random, fixed seed), for the indicator table. */
    void writeIndicators(Path csv, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>(lsoas.size() + 1);
        lines.add("lsoa_code,imd_decile");
        for (Zone z : lsoas) {
            lines.add(z.code() + "," + (1 + random.nextInt(10)));
        }
        NationalPoints.writeLines(csv, lines);
    }

    private static MultiPolygon polygon(GeometryFactory gf, Envelope box) {
        return gf.createMultiPolygon(new Polygon[] {(Polygon) gf.toGeometry(box)});
    }
}
