package org.catchment.io.geopackage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * The rows of one GeoPackage table, made on a thread of their own while the caller inserts the
 * previous batch: each feature's geometry blob and SQL values, and, for a layer in parts, the parts
 * themselves (a tiled run's tiles read back from the resume folder). SQLite inserts on one thread,
 * so on a large table (the national run's node times and reachable network, millions of rows) the
 * rows were made and inserted one after the other on one core while the other stood idle once the
 * maps were drawn.
 *
 * <p>The rows come in the features' order, so the table is the same, byte for byte. A batch ends at
 * {@value #BATCH_ROWS} rows or once its blobs reach {@value #BATCH_BLOB_BYTES} bytes, and the
 * thread making them is at most one batch ahead, so a table of large polygons is not held twice
 * over. A failure making the rows (a part that cannot be read) is thrown to the caller as it was
 * thrown; {@link #close} stops the thread and waits for it.
 */
final class RowFeed implements AutoCloseable {

    /** Rows sent to SQLite at once: the driver holds a batch's values until it runs. */
    static final int BATCH_ROWS = 10_000;
    /** A batch also ends when its geometry blobs reach this many bytes (large polygons). */
    static final int BATCH_BLOB_BYTES = 32 << 20;

    /** The end of the rows. */
    private static final List<Object[]> END = List.of();

    private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(1);
    private final Thread thread;
    private boolean ended;

    /**
     * Starts making the rows.
     *
     * @param parts      the table's features, part after part
     * @param attributes the table's attribute columns, in order
     * @param srsId      the table's SRS id (in each blob's header)
     * @param sqlValue   an attribute value as SQLite takes it
     */
    RowFeed(Iterable<Layer> parts, List<AttributeDescriptor> attributes, long srsId, Function<Object, Object> sqlValue) {
        thread = new Thread(() -> make(parts, attributes, srsId, sqlValue), "catchment-geopackage-rows");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * @return the next batch of rows, each the geometry blob (null for no geometry) and then the
     *     attributes' SQL values; an empty list at the end
     * @throws RuntimeException the failure that stopped the rows being made
     */
    List<Object[]> next() {
        if (ended) {
            return END;
        }
        Object batch;
        try {
            batch = batches.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a GeoPackage table", e);
        }
        if (batch instanceof RuntimeException e) {
            ended = true;
            throw e;
        }
        if (batch instanceof Error e) {
            ended = true;
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = (List<Object[]>) batch;
        ended = rows.isEmpty();
        return rows;
    }

    /** Stops making rows (when the table was not written to the end) and waits for the thread to end. */
    @Override
    public void close() {
        thread.interrupt();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void make(Iterable<Layer> parts, List<AttributeDescriptor> attributes, long srsId,
                      Function<Object, Object> sqlValue) {
        try {
            WKBWriter wkb = new WKBWriter(2);
            List<Object[]> batch = new ArrayList<>();
            long blobBytes = 0;
            for (Layer layer : parts) {
                for (SimpleFeature f : layer.features()) {
                    Object[] row = new Object[attributes.size() + 1];
                    Geometry g = Layer.geometry(f);
                    if (g != null && !g.isEmpty()) {
                        byte[] blob = GeometryBlob.of(srsId, g, wkb);
                        row[0] = blob;
                        blobBytes += blob.length;
                    }
                    for (int i = 0; i < attributes.size(); i++) {
                        row[i + 1] = sqlValue.apply(f.getAttribute(attributes.get(i).getLocalName()));
                    }
                    batch.add(row);
                    if (batch.size() == BATCH_ROWS || blobBytes >= BATCH_BLOB_BYTES) {
                        batches.put(batch);
                        batch = new ArrayList<>();
                        blobBytes = 0;
                    }
                }
            }
            if (!batch.isEmpty()) {
                batches.put(batch);
            }
            batches.put(END);
        } catch (InterruptedException e) {
            // closed by the writer: nobody takes the rows any more
        } catch (RuntimeException | Error e) {
            fail(e);
        }
    }

    /** Hands the failure to the writer, unless it has stopped taking rows. */
    private void fail(Throwable failure) {
        try {
            batches.put(failure);
        } catch (InterruptedException closed) {
            Thread.currentThread().interrupt();
        }
    }
}
