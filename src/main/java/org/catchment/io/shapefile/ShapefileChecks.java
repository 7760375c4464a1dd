package org.catchment.io.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import org.catchment.InputException;
import org.locationtech.jts.geom.Envelope;

/**
 * Checks the structure of a shapefile's {@code .shp}, {@code .shx} and {@code .dbf} before any
 * record is read: empty or cut-off files, a wrong file code, an index pointing past the end of
 * the shapes, an attribute table with fewer records than there are shapes. The shapefile driver
 * fails on such files with low-level errors (buffer underflows, negative lengths); these checks
 * name the file and the record instead. As each record's header is read anyway, the checks also
 * note which records lie outside an extent, from the bounding box a multipoint, line or polygon
 * record carries (or a point's coordinates), so those records are skipped unread.
 */
final class ShapefileChecks {

    /** Size of the .shp and .shx headers, in bytes. */
    static final int SHP_HEADER_BYTES = 100;
    private static final int SHP_FILE_CODE = 9994;
    /** Size of an .shx entry (a record's offset and length), in bytes. */
    static final int SHX_ENTRY_BYTES = 8;
    private static final int SHP_RECORD_HEADER_BYTES = 8;
    /** Shape type, bounding box, and part and point counts at the start of a record's content. */
    private static final int RECORD_PREFIX_BYTES = 44;
    private static final int DBF_MIN_HEADER_BYTES = 33;
    private static final String RECOPY = "The file is damaged or was not copied completely: copy or export the shapefile again";

    /**
     * What the checks found: record counts, the attribute table's layout, and the records (0-based)
     * whose bounding box misses the extent asked for (none without one).
     */
    record Layout(int shapeType, int shapes, int dbfRecords, int dbfHeaderBytes, int dbfRecordBytes, BitSet outside) {
    }

    private ShapefileChecks() {
    }

    /**
     * @param within the extent, in the file's coordinates, outside which records are noted as
     *               {@link Layout#outside()}; null for none
     * @return the layout, when the three files agree
     * @throws InputException naming the file and record that is wrong
     */
    static Layout check(ShapefileParts parts, Envelope within) {
        long shpBytes = size(parts.shp());
        ByteBuffer shpHeader = header(parts.shp(), shpBytes, "shapefile");
        int declaredBytes = shpHeader.order(ByteOrder.BIG_ENDIAN).getInt(24) * 2;
        long shxBytes = size(parts.shx());
        header(parts.shx(), shxBytes, "shapefile index");
        if ((shxBytes - SHP_HEADER_BYTES) % SHX_ENTRY_BYTES != 0) {
            throw new InputException(parts.shx(), null, "the index has " + shxBytes
                    + " bytes, which is not a 100-byte header plus 8 bytes per shape", RECOPY);
        }
        int shapes = (int) ((shxBytes - SHP_HEADER_BYTES) / SHX_ENTRY_BYTES);
        BitSet outside = new BitSet();
        checkRecords(parts, shapes, shpBytes, within, outside);
        if (declaredBytes > shpBytes) {
            throw new InputException(parts.shp(), null, "the file is cut off: its header says " + declaredBytes
                    + " bytes but it has " + shpBytes, RECOPY);
        }
        int shapeType = shpHeader.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
        Layout layout = dbfLayout(parts.dbf(), shapeType, shapes, outside);
        if (layout.dbfRecords() < shapes) {
            throw new InputException(parts.dbf(), "record " + (layout.dbfRecords() + 1), "the attribute table has "
                    + layout.dbfRecords() + " records but " + parts.shp().getFileName() + " has " + shapes
                    + " shapes, so shapes " + (layout.dbfRecords() + 1) + " to " + shapes + " have no attributes",
                    "The .dbf belongs to another version of the file or was cut off: copy or export the shapefile again");
        }
        return layout;
    }

    private static void checkRecords(ShapefileParts parts, int shapes, long shpBytes, Envelope within, BitSet outside) {
        ByteBuffer index = read(parts.shx(), SHP_HEADER_BYTES, shapes * SHX_ENTRY_BYTES).order(ByteOrder.BIG_ENDIAN);
        try (FileChannel shp = FileChannel.open(parts.shp(), StandardOpenOption.READ)) {
            checkRecords(parts, shapes, shpBytes, index, shp, within, outside);
        } catch (IOException e) {
            throw new InputException(parts.shp(), null, "cannot read the file (" + e.getMessage() + ")",
                    "Check that it is readable", e);
        }
    }

    private static void checkRecords(ShapefileParts parts, int shapes, long shpBytes, ByteBuffer index, FileChannel shp,
                                     Envelope within, BitSet outside) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(RECORD_PREFIX_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        ReadWindow window = new ReadWindow(shp, shpBytes);
        for (int i = 0; i < shapes; i++) {
            long offset = index.getInt(i * SHX_ENTRY_BYTES) * 2L;
            long content = index.getInt(i * SHX_ENTRY_BYTES + 4) * 2L;
            long end = offset + SHP_RECORD_HEADER_BYTES + content;
            if (offset < SHP_HEADER_BYTES || content < 0) {
                throw new InputException(parts.shx(), "shape " + (i + 1) + " of " + shapes,
                        "the index entry is invalid (offset " + offset + ", length " + content + ")", RECOPY);
            }
            if (end > shpBytes) {
                throw new InputException(parts.shp(), "shape " + (i + 1) + " of " + shapes,
                        "the file is cut off: the shape needs bytes " + offset + " to " + end + " but the file has only "
                                + shpBytes + " bytes", RECOPY);
            }
            head.clear();
            window.read(head, offset + SHP_RECORD_HEADER_BYTES);
            checkCounts(parts, i, shapes, head, content);
            if (within != null && misses(head, within)) {
                outside.set(i);
            }
        }
    }

    /**
     * @return true if the record whose first bytes are in {@code head} lies wholly outside
     *     {@code within}; false for a null shape or a record too short to tell (those are read)
     */
    private static boolean misses(ByteBuffer head, Envelope within) {
        int family = head.position() < 20 ? 0 : head.getInt(0) % 10;
        if (family == 1) {
            return !within.intersects(head.getDouble(4), head.getDouble(12));
        }
        if ((family == 3 || family == 5 || family == 8) && head.position() >= 36) {
            return !within.intersects(new Envelope(head.getDouble(4), head.getDouble(20), head.getDouble(12),
                    head.getDouble(28)));
        }
        return false;
    }

    /**
     * Checks that a multipoint, line or polygon record's part and point counts fit in its
     * length, so that a corrupt count cannot make the driver read past the record or allocate
     * a huge array.
     */
    private static void checkCounts(ShapefileParts parts, int i, int shapes, ByteBuffer head, long content) {
        if (head.position() < RECORD_PREFIX_BYTES) {
            return;
        }
        int family = head.getInt(0) % 10;
        boolean multipoint = family == 8;
        if (!multipoint && family != 3 && family != 5) {
            return;
        }
        long first = head.getInt(36);
        long points = multipoint ? first : head.getInt(40);
        long needed = multipoint ? 40 + 16 * points : 44 + 4 * first + 16 * points;
        if (first < 0 || points < 0 || needed > content) {
            throw new InputException(parts.shp(), "shape " + (i + 1) + " of " + shapes, "the shape's part or point"
                    + " count does not fit in its " + content + " bytes (it would need " + needed + ")", RECOPY);
        }
    }

    private static Layout dbfLayout(Path dbf, int shapeType, int shapes, BitSet outside) {
        long bytes = size(dbf);
        if (bytes == 0) {
            throw new InputException(dbf, null, "the attribute table is empty (0 bytes)", RECOPY);
        }
        if (bytes < DBF_MIN_HEADER_BYTES) {
            throw new InputException(dbf, null, "the attribute table has only " + bytes
                    + " bytes, too few for a dBase header", RECOPY);
        }
        ByteBuffer head = read(dbf, 0, 12).order(ByteOrder.LITTLE_ENDIAN);
        int records = head.getInt(4);
        int headerBytes = head.getShort(8) & 0xffff;
        int recordBytes = head.getShort(10) & 0xffff;
        if (records < 0 || headerBytes < DBF_MIN_HEADER_BYTES || recordBytes < 1 || headerBytes > bytes) {
            throw new InputException(dbf, null, "the dBase header is invalid (" + records + " records, header "
                    + headerBytes + " bytes, record " + recordBytes + " bytes)", RECOPY);
        }
        long complete = (bytes - headerBytes) / recordBytes;
        if (complete < records && complete < shapes) {
            throw new InputException(dbf, "record " + (complete + 1) + " of " + records,
                    "the attribute table is cut off: its header says " + records + " records but the file ends after "
                            + complete, RECOPY);
        }
        return new Layout(shapeType, shapes, records, headerBytes, recordBytes, outside);
    }

    private static ByteBuffer header(Path file, long bytes, String what) {
        if (bytes == 0) {
            throw new InputException(file, null, "the file is empty (0 bytes)", RECOPY);
        }
        if (bytes < SHP_HEADER_BYTES) {
            throw new InputException(file, null, "the file has only " + bytes + " bytes, too few for a " + what
                    + " (its header alone has 100)", RECOPY);
        }
        ByteBuffer header = read(file, 0, SHP_HEADER_BYTES);
        if (header.order(ByteOrder.BIG_ENDIAN).getInt(0) != SHP_FILE_CODE) {
            throw new InputException(file, null, "this is not a " + what + " (it does not start with the file code 9994)",
                    "Check that the file really is part of an ESRI shapefile");
        }
        return header;
    }

    static long size(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException e) {
            throw new InputException(file, null, "cannot read the file (" + e.getMessage() + ")",
                    "Check that it exists and is readable", e);
        }
    }

    private static ByteBuffer read(Path file, long position, int length) {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (buffer.hasRemaining()) {
                if (ch.read(buffer, position + buffer.position()) < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new InputException(file, null, "cannot read the file (" + e.getMessage() + ")",
                    "Check that it is readable", e);
        }
        buffer.flip();
        buffer.limit(length);
        return buffer;
    }

    /**
     * Positioned reads of a few bytes each from a file, served from one large buffer refilled where
     * the next read falls outside it: the records of a shapefile follow one another, so the record
     * heads of a whole file come in a few large reads instead of one system call per record.
     */
    private static final class ReadWindow {
        private static final int BYTES = 1 << 20;
        private final FileChannel channel;
        private final long size;
        private final ByteBuffer buffer = ByteBuffer.allocate(BYTES);
        private long start;

        ReadWindow(FileChannel channel, long size) {
            this.channel = channel;
            this.size = size;
            buffer.limit(0);
        }

        /**
         * Fills {@code into} from {@code position} on, as far as the file goes (as
         * {@link FileChannel#read(ByteBuffer, long)} would, up to the end of the file).
         */
        void read(ByteBuffer into, long position) throws IOException {
            long wanted = Math.min(into.remaining(), Math.max(0, size - position));
            if (position < start || position + wanted > start + buffer.limit()) {
                fill(position);
            }
            int from = (int) (position - start);
            int n = (int) Math.min(wanted, Math.max(0, buffer.limit() - from));
            into.put(into.position(), buffer, from, n);
            into.position(into.position() + n);
        }

        private void fill(long position) throws IOException {
            buffer.clear();
            start = position;
            while (buffer.hasRemaining() && channel.read(buffer, start + buffer.position()) >= 0) {
                if (start + buffer.position() >= size) {
                    break;
                }
            }
            buffer.flip();
        }
    }
}
