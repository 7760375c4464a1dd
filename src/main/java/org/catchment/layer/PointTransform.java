package org.catchment.layer;

import org.catchment.CatchmentException;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Coordinate;

/**
 * One point from one CRS to another, as {@link Reprojector} moves layers (lenient datum shift):
 * a longitude and latitude typed into the app, or a postcode's centroid, onto the map's CRS.
 * Geographic CRSs are in longitude/latitude order ({@link Crs}).
 */
public final class PointTransform {

    private PointTransform() {
    }

    /**
     * @return the point in {@code to} (the same point when the two CRSs are the same)
     * @throws CatchmentException when the point cannot be transformed
     */
    public static Coordinate transform(Coordinate point, CoordinateReferenceSystem from, CoordinateReferenceSystem to) {
        if (Crs.sameAs(from, to)) {
            return new Coordinate(point);
        }
        try {
            return JTS.transform(point, null, CRS.findMathTransform(from, to, true));
        } catch (FactoryException | TransformException e) {
            throw new CatchmentException("The point " + point.x + ", " + point.y + " cannot be transformed from "
                    + Crs.label(from) + " to " + Crs.label(to) + ".", e);
        }
    }
}
