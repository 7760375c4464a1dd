package org.catchment.network;

import java.util.stream.IntStream;
import org.catchment.CatchmentException;
import org.catchment.layer.Crs;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.referencing.CRS;

/**
 * Converts between British National Grid metres and the WGS 84 latitude/longitude that
 * GraphHopper stores. One instance converts every coordinate of a network, in bulk, so graph
 * nodes and snap queries always agree.
 */
public final class NetworkProjection {

    /** From this many points on, a transform is split over the processors. */
    static final int PARALLEL_FROM = 50_000;

    private final MathTransform toLonLat;
    private final MathTransform toBng;

    /** Creates the EPSG:27700 to EPSG:4326 transform (lenient: no datum grid needed). */
    public NetworkProjection() {
        try {
            toLonLat = CRS.findMathTransform(Crs.bng(), Crs.wgs84(), true);
            toBng = toLonLat.inverse();
        } catch (FactoryException | org.geotools.api.referencing.operation.NoninvertibleTransformException e) {
            throw new CatchmentException("Cannot set up the British National Grid to WGS 84 transform: "
                    + e.getMessage() + ". The GeoTools EPSG database may be damaged; reinstall Catchment.", e);
        }
    }

    /**
     * @param xy    easting, northing pairs
     * @param count the number of points
     * @return longitude, latitude pairs
     */
    public double[] toLonLat(double[] xy, int count) {
        return transform(toLonLat, xy, count);
    }

    /**
     * @param lonLat longitude, latitude pairs
     * @param count  the number of points
     * @return easting, northing pairs
     */
    public double[] toBng(double[] lonLat, int count) {
        return transform(toBng, lonLat, count);
    }

    /**
     * Transforms the points; from {@value #PARALLEL_FROM} points on in chunks at once on every
     * processor (each point is converted on its own, so the result is the same).
     */
    private static double[] transform(MathTransform t, double[] src, int count) {
        double[] dst = new double[2 * count];
        int chunks = count < PARALLEL_FROM ? 1 : Runtime.getRuntime().availableProcessors();
        IntStream.range(0, chunks).parallel().forEach(k -> {
            int from = (int) ((long) count * k / chunks);
            int to = (int) ((long) count * (k + 1) / chunks);
            try {
                t.transform(src, 2 * from, dst, 2 * from, to - from);
            } catch (TransformException e) {
                throw new CatchmentException("A coordinate cannot be transformed between British National Grid and"
                        + " WGS 84 (" + e.getMessage() + "). Check that the data lie in Great Britain.", e);
            }
        });
        return dst;
    }

}
