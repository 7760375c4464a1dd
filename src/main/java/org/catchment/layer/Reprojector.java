package org.catchment.layer;

import java.util.ArrayList;
import java.util.List;
import org.catchment.CatchmentException;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Geometry;

/**
 * Reprojects a layer into another CRS (normally the analysis's working CRS, see {@link WorkingCrs}).
 *
 * <p>Geometries are transformed vertex by vertex with GeoTools' referencing (lenient datum
 * shift: OSGB36 to WGS84 without a grid is accurate to a few metres, ample for walking
 * catchments; WGS 84 to its UTM zones needs no datum shift at all). A layer already in the target CRS is returned unchanged.
 */
public final class Reprojector {

    private Reprojector() {
    }

    /**
     * @param layer  the layer; it must have a CRS
     * @param target the CRS wanted
     * @return the layer in {@code target}
     * @throws CatchmentException if the layer has no CRS or a coordinate cannot be transformed
     */
    public static Layer toCrs(Layer layer, CoordinateReferenceSystem target) {
        CoordinateReferenceSystem from = layer.crs();
        if (from == null) {
            throw new CatchmentException(source(layer) + ": the layer has no coordinate reference system."
                    + " Add a .prj file or give its CRS (e.g. EPSG:4326 for longitude/latitude).");
        }
        if (Crs.sameAs(from, target)) {
            return from == target ? layer : retyped(layer, target, null);
        }
        try {
            return retyped(layer, target, CRS.findMathTransform(from, target, true));
        } catch (FactoryException e) {
            throw new CatchmentException(source(layer) + ": cannot transform from " + Crs.label(from)
                    + " to " + Crs.label(target) + ". Reproject the file to " + Crs.label(target) + " first.", e);
        }
    }

    private static Layer retyped(Layer layer, CoordinateReferenceSystem target, MathTransform transform) {
        SimpleFeatureType type = SimpleFeatureTypeBuilder.retype(layer.featureType(), target);
        SimpleFeatureBuilder fb = new SimpleFeatureBuilder(type);
        List<SimpleFeature> out = new ArrayList<>(layer.size());
        for (SimpleFeature f : layer.features()) {
            fb.init(f);
            Geometry g = Layer.geometry(f);
            if (transform != null && g != null && !g.isEmpty()) {
                try {
                    fb.set(type.getGeometryDescriptor().getLocalName(), JTS.transform(g, transform));
                } catch (TransformException e) {
                    throw new CatchmentException(source(layer) + ": feature " + f.getID()
                            + ": coordinates cannot be transformed to " + Crs.label(target)
                            + ". Check the layer's CRS.", e);
                }
            }
            out.add(fb.buildFeature(f.getID()));
        }
        Layer result = Layer.of(layer.name(), type, out);
        if (layer.source().isPresent()) {
            result = result.withSource(layer.source().get());
        }
        for (String w : layer.warnings()) {
            result = result.withWarning(w);
        }
        return result;
    }

    private static String source(Layer layer) {
        return layer.source().map(Object::toString).orElse(layer.name());
    }
}
