package org.catchment.export;

import java.util.ArrayList;
import java.util.List;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.locationtech.jts.geom.Geometry;

/**
 * Builds an output layer in the working CRS one feature at a time: declare the geometry binding and
 * the attributes, then add rows of values in the same order.
 */
final class LayerBuilder {

    private final String name;
    private final SimpleFeatureTypeBuilder typeBuilder = new SimpleFeatureTypeBuilder();
    private final List<Object[]> rows = new ArrayList<>();
    private final List<Geometry> geometries = new ArrayList<>();
    private int attributes;

    LayerBuilder(String name, Class<? extends Geometry> binding, CoordinateReferenceSystem crs) {
        this.name = name;
        typeBuilder.setName(name);
        typeBuilder.setCRS(crs);
        typeBuilder.add("geom", binding);
        typeBuilder.setDefaultGeometry("geom");
    }

    LayerBuilder attribute(String attribute, Class<?> binding) {
        typeBuilder.nillable(true);
        typeBuilder.add(attribute, binding);
        attributes++;
        return this;
    }

    LayerBuilder add(Geometry geometry, Object... values) {
        if (values.length != attributes) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for " + attributes + " attributes");
        }
        geometries.add(geometry);
        rows.add(values);
        return this;
    }

    Layer build() {
        SimpleFeatureType type = typeBuilder.buildFeatureType();
        SimpleFeatureBuilder fb = new SimpleFeatureBuilder(type);
        List<SimpleFeature> features = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            fb.add(geometries.get(i));
            for (Object v : rows.get(i)) {
                fb.add(v);
            }
            features.add(fb.buildFeature(name + "." + (i + 1)));
        }
        return Layer.of(name, type, features);
    }
}
