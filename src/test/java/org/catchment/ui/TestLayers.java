package org.catchment.ui;

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

/** In-memory layers from WKT for UI tests: one text attribute {@code name} per feature. */
public final class TestLayers {

    private TestLayers() {
    }

    /** @param namesAndWkt name, WKT, name, WKT... (all of one geometry type) */
    public static Layer layer(String layerName, String... namesAndWkt) {
        WKTReader reader = new WKTReader();
        List<Geometry> geometries = new ArrayList<>();
        try {
            for (int i = 1; i < namesAndWkt.length; i += 2) {
                geometries.add(reader.read(namesAndWkt[i]));
            }
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName(layerName);
        tb.setCRS(Crs.epsg(27700));
        tb.add("geom", geometries.get(0).getClass());
        tb.add("name", String.class);
        SimpleFeatureType type = tb.buildFeatureType();
        List<SimpleFeature> features = new ArrayList<>();
        for (int i = 0; i < geometries.size(); i++) {
            features.add(SimpleFeatureBuilder.build(type, new Object[] {geometries.get(i), namesAndWkt[2 * i]},
                    layerName + "." + (i + 1)));
        }
        return Layer.of(layerName, type, features);
    }

    /**
     * @param values one per zone (null: none)
     * @return 100 m squares side by side from E 350000, N 400000, named Z1, Z2, ... with a number
     *     field {@code share} and a text field {@code band} ("low" up to 0.5, else "high")
     */
    public static Layer zones(String layerName, Double... values) {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName(layerName);
        tb.setCRS(Crs.epsg(27700));
        tb.add("geom", org.locationtech.jts.geom.Polygon.class);
        tb.add("name", String.class);
        tb.nillable(true);
        tb.add("share", Double.class);
        tb.add("band", String.class);
        SimpleFeatureType type = tb.buildFeatureType();
        org.locationtech.jts.geom.GeometryFactory gf = new org.locationtech.jts.geom.GeometryFactory();
        List<SimpleFeature> features = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            double x = 350_000 + 100 * i;
            Geometry square = gf.toGeometry(new org.locationtech.jts.geom.Envelope(x, x + 100, 400_000, 400_100));
            String band = values[i] == null ? null : values[i] <= 0.5 ? "low" : "high";
            features.add(SimpleFeatureBuilder.build(type, new Object[] {square, "Z" + (i + 1), values[i], band},
                    layerName + "." + (i + 1)));
        }
        return Layer.of(layerName, type, features);
    }
}
