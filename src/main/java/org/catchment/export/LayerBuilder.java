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
    private final List<SimpleFeature> features = new ArrayList<>();
    private SimpleFeatureType type;
    private SimpleFeatureBuilder builder;
    private int attributes;

    LayerBuilder(String name, Class<? extends Geometry> binding, CoordinateReferenceSystem crs) {
        this.name = name;
        typeBuilder.setName(name);
        typeBuilder.setCRS(crs);
        typeBuilder.add("geom", binding);
        typeBuilder.setDefaultGeometry("geom");
    }

    /** Declares the next attribute; all are declared before the first row is added. */
    LayerBuilder attribute(String attribute, Class<?> binding) {
        if (type != null) {
            throw new IllegalStateException(name + ": attribute " + attribute + " declared after the first row");
        }
        typeBuilder.nillable(true);
        typeBuilder.add(attribute, binding);
        attributes++;
        return this;
    }

    /** Adds a row, made into a feature at once (a layer of a million facilities is held once, not twice). */
    LayerBuilder add(Geometry geometry, Object... values) {
        if (values.length != attributes) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for " + attributes + " attributes");
        }
        if (type == null) {
            type = typeBuilder.buildFeatureType();
            builder = new SimpleFeatureBuilder(type);
        }
        builder.add(geometry);
        for (Object v : values) {
            builder.add(v);
        }
        features.add(builder.buildFeature(name + "." + (features.size() + 1)));
        return this;
    }

    Layer build() {
        return Layer.of(name, type != null ? type : typeBuilder.buildFeatureType(), features);
    }
}
