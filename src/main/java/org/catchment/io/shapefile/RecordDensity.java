package org.catchment.io.shapefile;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.locationtech.jts.geom.Envelope;

/**
 * Where a shapefile's records lie: each record counted in the cell, of a grid of {@link #CELLS} x
 * {@link #CELLS} over the header's bounding box, that holds the centre of its bounding box, read
 * from the head of each record without building any geometry or attribute. So the records within
 * an envelope are counted before a layer is read (a tiled run's estimate of its tiles' memory:
 * {@code analysis.TileMemory}), however unevenly they are spread over the file (a city and its
 * countryside in one 100 km square). One pass over the {@code .shp}, skipping each record's points.
 */
public final class RecordDensity {

    /** The grid's cells along each side of the file's bounding box. */
    public static final int CELLS = 200;

    private final Envelope extent;
    private final double cellW;
    private final double cellH;
    private final int[] counts;
    private final long records;

    private RecordDensity(Envelope extent, int[] counts, long records) {
        this.extent = extent;
        this.cellW = Math.max(extent.getWidth() / CELLS, Double.MIN_NORMAL);
        this.cellH = Math.max(extent.getHeight() / CELLS, Double.MIN_NORMAL);
        this.counts = counts;
        this.records = records;
    }

    /**
     * @param shp a {@code .shp} file
     * @return its records counted on the grid
     * @throws IOException when the file cannot be read, or ends inside a record
     */
    public static RecordDensity of(Path shp) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(shp), 1 << 20))) {
            byte[] header = new byte[ShapefileChecks.SHP_HEADER_BYTES];
            in.readFully(header);
            ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
            Envelope extent = new Envelope(h.getDouble(36), h.getDouble(52), h.getDouble(44), h.getDouble(60));
            RecordDensity d = new RecordDensity(extent, new int[CELLS * CELLS], 0);
            return d.count(in);
        }
    }

    private RecordDensity count(DataInputStream in) throws IOException {
        byte[] head = new byte[4 + 32];
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        long n = 0;
        while (true) {
            int contentBytes;
            try {
                in.readInt();
                contentBytes = in.readInt() * 2;
            } catch (EOFException end) {
                break;
            }
            int read = Math.min(contentBytes, head.length);
            in.readFully(head, 0, read);
            int type = b.getInt(0);
            double x;
            double y;
            if (type == 0 || read < 20) {
                skip(in, contentBytes - read);
                n++;
                continue;
            } else if (type == 1 || type == 11 || type == 21) {
                x = b.getDouble(4);
                y = b.getDouble(12);
            } else {
                x = (b.getDouble(4) + b.getDouble(20)) / 2;
                y = (b.getDouble(12) + b.getDouble(28)) / 2;
            }
            counts[cell(x, y)]++;
            n++;
            skip(in, contentBytes - read);
        }
        return new RecordDensity(extent, counts, n);
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                throw new EOFException("the file ends inside a record");
            }
            left -= skipped;
        }
    }

    private int cell(double x, double y) {
        int col = (int) Math.max(0, Math.min(CELLS - 1, Math.floor((x - extent.getMinX()) / cellW)));
        int row = (int) Math.max(0, Math.min(CELLS - 1, Math.floor((y - extent.getMinY()) / cellH)));
        return row * CELLS + col;
    }

    /**
     * @param shp a {@code .shp} file
     * @return its records as its index ({@code .shx}, in any case of the extension) counts them, or -1
     *     when it has no readable index
     */
    public static long indexedRecords(Path shp) {
        Path shx = ShapefileParts.of(shp).shx();
        long size = shx == null ? 0 : shx.toFile().length();
        return size > ShapefileChecks.SHP_HEADER_BYTES
                ? (size - ShapefileChecks.SHP_HEADER_BYTES) / ShapefileChecks.SHX_ENTRY_BYTES : -1;
    }

    /** @return the records of the file */
    public long records() {
        return records;
    }

    /** @return the header's bounding box, in the file's coordinates */
    public Envelope extent() {
        return new Envelope(extent);
    }

    /**
     * @param e an envelope in the file's coordinates
     * @return the records whose centre lies in the envelope, each cell's count taken in proportion
     *     to the share of the cell the envelope covers (so within a cell's records of the truth)
     */
    public double within(Envelope e) {
        if (!e.intersects(extent)) {
            return 0;
        }
        if (extent.getWidth() <= 0 || extent.getHeight() <= 0) {
            return records;
        }
        int c0 = (int) Math.max(0, Math.floor((e.getMinX() - extent.getMinX()) / cellW));
        int c1 = (int) Math.min(CELLS - 1, Math.floor((e.getMaxX() - extent.getMinX()) / cellW));
        int r0 = (int) Math.max(0, Math.floor((e.getMinY() - extent.getMinY()) / cellH));
        int r1 = (int) Math.min(CELLS - 1, Math.floor((e.getMaxY() - extent.getMinY()) / cellH));
        double sum = 0;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int count = counts[r * CELLS + c];
                if (count > 0) {
                    Envelope cell = new Envelope(extent.getMinX() + c * cellW, extent.getMinX() + (c + 1) * cellW,
                            extent.getMinY() + r * cellH, extent.getMinY() + (r + 1) * cellH);
                    sum += count * Math.min(1, cell.intersection(e).getArea() / (cellW * cellH));
                }
            }
        }
        return sum;
    }
}
