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
}
