package org.catchment.io;

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

/** Builds small EPSG:27700 layers from WKT for the io tests. */
public final class TestLayers {

    private TestLayers() {
    }

    /** An attribute: name, class. */
    public record Attr(String name, Class<?> binding) {
    }

    /**
     * @param wkts   one geometry per feature
     * @param attrs  the attribute columns
     * @param values one row of values per feature
     */
    public static Layer layer(String name, Class<? extends Geometry> binding, List<String> wkts, List<Attr> attrs,
                       List<List<Object>> values) {
        SimpleFeatureTypeBuilder b = new SimpleFeatureTypeBuilder();
        b.setName(name);
        b.setCRS(Crs.epsg(27700));
        b.add("geom", binding);
        for (Attr a : attrs) {
            b.add(a.name(), a.binding());
        }
        SimpleFeatureType type = b.buildFeatureType();
        SimpleFeatureBuilder fb = new SimpleFeatureBuilder(type);
        List<SimpleFeature> features = new ArrayList<>();
        for (int i = 0; i < wkts.size(); i++) {
            fb.add(geometry(wkts.get(i)));
            if (!values.isEmpty()) {
                for (Object v : values.get(i)) {
                    fb.add(v);
                }
            }
            features.add(fb.buildFeature(name + "." + (i + 1)));
        }
        return Layer.of(name, type, features);
    }

    public static Geometry geometry(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }
}
