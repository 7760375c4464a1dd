package org.catchment.overlay;

import java.util.ArrayList;
import java.util.List;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** WKT geometries and small in-memory layers for the overlay tests. */
final class Fixtures {

    private static final WKTReader WKT = new WKTReader();

    private Fixtures() {
    }

    static Geometry wkt(String text) {
        try {
            return WKT.read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** @return a box [x0,x1] × [y0,y1] */
    static Geometry box(double x0, double y0, double x1, double y1) {
        return wkt("POLYGON((" + x0 + " " + y0 + ", " + x1 + " " + y0 + ", " + x1 + " " + y1 + ", " + x0 + " " + y1
                + ", " + x0 + " " + y0 + "))");
    }

    /**
     * A layer in EPSG:27700 with a geometry field and the given attribute fields; each row is the
     * geometry followed by the attribute values.
     */
    static Layer layer(String name, Class<? extends Geometry> binding, String[] fields, Class<?>[] fieldTypes,
                       Object[]... rows) {
        SimpleFeatureTypeBuilder b = new SimpleFeatureTypeBuilder();
        b.setName(name);
        b.setCRS(Crs.epsg(27700));
        b.add("geom", binding);
        for (int i = 0; i < fields.length; i++) {
            b.add(fields[i], fieldTypes[i]);
        }
        SimpleFeatureType type = b.buildFeatureType();
        List<SimpleFeature> features = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            Object[] values = rows[r].clone();
            if (values[0] instanceof String s) {
                values[0] = wkt(s);
            }
            features.add(SimpleFeatureBuilder.build(type, values, name + "." + (r + 1)));
        }
        return Layer.of(name, type, features);
    }

    /** @return a polygon layer with a name and a code field */
    static Layer wards(Object[]... rows) {
        return layer("wards", org.locationtech.jts.geom.Polygon.class, new String[] {"WD22NM", "WD22CD"},
                new Class<?>[] {String.class, String.class}, rows);
    }

    /** @return a layer with one count field {@code pop} of the given geometry binding */
    static Layer counts(Class<? extends Geometry> binding, Object[]... rows) {
        return layer("population", binding, new String[] {"pop"}, new Class<?>[] {Object.class}, rows);
    }

    static Object[] row(Object... values) {
        return values;
    }
}
