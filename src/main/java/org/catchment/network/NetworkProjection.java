package org.catchment.network;

import org.catchment.CatchmentException;
import org.catchment.layer.Crs;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.NoninvertibleTransformException;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.referencing.CRS;

/**
 * Converts between the working CRS's metres and the WGS 84 longitude/latitude that GraphHopper
 * stores. One instance converts every coordinate of a network, in bulk, so graph nodes and snap
 * queries always agree.
 */
public final class NetworkProjection {

    private final CoordinateReferenceSystem workingCrs;
    private final MathTransform toLonLat;
    private final MathTransform toWorking;

    /**
     * Creates the working CRS to EPSG:4326 transform (lenient: no datum grid needed).
     *
     * @param workingCrs the CRS the network's geometry is in (projected, metres)
     */
    public NetworkProjection(CoordinateReferenceSystem workingCrs) {
        this.workingCrs = workingCrs;
        try {
            toLonLat = CRS.findMathTransform(workingCrs, Crs.wgs84(), true);
            toWorking = toLonLat.inverse();
        } catch (FactoryException | NoninvertibleTransformException e) {
            throw new CatchmentException("Cannot set up the transform from " + Crs.label(workingCrs) + " to WGS 84: "
                    + e.getMessage() + ". The GeoTools EPSG database may be damaged; reinstall Catchment.", e);
        }
    }

    /** @return the working CRS, the CRS of the network's geometry */
    public CoordinateReferenceSystem crs() {
        return workingCrs;
    }

    /**
     * @param xy    x, y pairs in the working CRS
     * @param count the number of points
     * @return longitude, latitude pairs
     */
    public double[] toLonLat(double[] xy, int count) {
        return transform(toLonLat, xy, count);
    }

    /**
     * @param lonLat longitude, latitude pairs
     * @param count  the number of points
     * @return x, y pairs in the working CRS
     */
    public double[] toWorking(double[] lonLat, int count) {
        return transform(toWorking, lonLat, count);
    }

    private double[] transform(MathTransform t, double[] src, int count) {
        double[] dst = new double[2 * count];
        try {
            t.transform(src, 0, dst, 0, count);
        } catch (TransformException e) {
            throw new CatchmentException("A coordinate cannot be transformed between " + Crs.label(workingCrs)
                    + " and WGS 84 (" + e.getMessage() + "). Check that the data lie within the working CRS's area.", e);
        }
        return dst;
    }
}
