package org.catchment.network;

import java.util.stream.IntStream;
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

    /** From this many points on, a transform is split over the processors. */
    static final int PARALLEL_FROM = 50_000;

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

    /**
     * Transforms the points; from {@value #PARALLEL_FROM} points on in chunks at once on every
     * processor (each point is converted on its own, so the result is the same).
     */
    private double[] transform(MathTransform t, double[] src, int count) {
        double[] dst = new double[2 * count];
        int chunks = count < PARALLEL_FROM ? 1 : Runtime.getRuntime().availableProcessors();
        IntStream.range(0, chunks).parallel().forEach(k -> {
            int from = (int) ((long) count * k / chunks);
            int to = (int) ((long) count * (k + 1) / chunks);
            try {
                t.transform(src, 2 * from, dst, 2 * from, to - from);
            } catch (TransformException e) {
                throw new CatchmentException("A coordinate cannot be transformed between " + Crs.label(workingCrs)
                        + " and WGS 84 (" + e.getMessage() + "). Check that the data lie within the working CRS's area.", e);
            }
        });
        return dst;
    }

}
