package org.catchment.layer;

import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Envelope;

/**
 * Opens GeoTools' referencing on a background thread while a command does its other first work
 * (parsing its arguments and the analysis file), because the first use costs about a second:
 * GeoTools finds its factories, starts its EPSG database (HSQL) and builds its units and
 * transforms. The warm-up decodes British National Grid and WGS 84 and transforms an extent
 * between them, which is what every analysis in Great Britain does first (any other CRS still
 * finds the database open).
 *
 * <p>{@link Crs} waits for a warm-up under way before it touches GeoTools itself, so GeoTools is
 * never initialised from two threads at once; a warm-up that fails is forgotten (the same step
 * then fails or succeeds on the caller's thread as it would have without it).
 */
public final class CrsWarmUp {

    private static Thread thread;
    /** True once the warm-up has ended and a caller has waited for it. */
    private static volatile boolean settled;

    private CrsWarmUp() {
    }

    /**
     * Starts the warm-up on a daemon thread, once per JVM; returns at once. Call it before any
     * other thread uses GeoTools (first thing in {@code main}).
     */
    public static synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(CrsWarmUp::warm, "catchment-crs-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until a warm-up started on another thread has ended; returns at once when none is under way. */
    static void await() {
        if (settled) {
            return;
        }
        Thread t;
        synchronized (CrsWarmUp.class) {
            t = thread;
        }
        if (t == null || t == Thread.currentThread()) {
            return;
        }
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        settled = true;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return true while a warm-up thread is working */
    static synchronized boolean running() {
        return thread != null && thread.isAlive();
    }

    private static void warm() {
        try {
            CoordinateReferenceSystem grid = Crs.epsg(WorkingCrs.BRITISH_NATIONAL_GRID);
            Crs.fromWkt(Crs.wkt(grid));
            Crs.lonLatExtent(new Envelope(400_000, 401_000, 300_000, 301_000), grid);
            Crs.areaOfUse(grid);
        } catch (FactoryException | RuntimeException e) {
            // nothing to do: the caller's own first use meets the same problem and reports it
        }
    }
}
