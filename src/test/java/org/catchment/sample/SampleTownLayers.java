package org.catchment.sample;

import java.util.ArrayList;
import java.util.List;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.locationtech.jts.geom.LineString;

/** The sample town's layers as GeoTools features in EPSG:27700, in the schemas of the files written. */
final class SampleTownLayers {

    private SampleTownLayers() {
    }

    /** @return the public rights of way: id, type (Footpath or Bridleway), name */
    static Layer footpaths(SampleTownPlan plan) {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("footpaths");
        tb.setCRS(Crs.bng());
        tb.add("the_geom", LineString.class);
        tb.length(10).add("id", String.class);
        tb.length(20).add("type", String.class);
        tb.length(60).add("name", String.class);
        SimpleFeatureType type = tb.buildFeatureType();
        List<SimpleFeature> features = new ArrayList<>();
        for (SampleTownPlan.Path p : plan.footpaths) {
            features.add(SimpleFeatureBuilder.build(type, new Object[] {p.line(), p.id(), p.type(), p.name()}, p.id()));
        }
        return Layer.of("footpaths", type, features);
    }
}
