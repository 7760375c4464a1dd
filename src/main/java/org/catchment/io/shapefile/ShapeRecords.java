package org.catchment.io.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.catchment.InputException;
import org.catchment.io.BadRowException;
import org.catchment.io.MissingGeometries;
import org.catchment.io.ReadOptions.BadRowPolicy;
import org.h2gis.functions.io.dbf.internal.DBFDriver;
import org.h2gis.functions.io.dbf.internal.DbaseFileHeader;
import org.h2gis.functions.io.shp.internal.IndexFile;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads every record of a checked shapefile through the H2GIS SHP/DBF driver classes (its shape
 * reader with the index, and its dBase reader; the one place that knows that driver, so it can be
 * replaced): the geometry and the attribute values as Java objects. Its {@code SHPDriver}
 * facade is not used because it turns every geometry into an H2 value (WKB) and back. A record
 * that cannot be read, or has a null shape, is an error naming it or, with
 * {@link BadRowPolicy#SKIP}, left out with a warning. Records the checks found outside the extent
 * asked for ({@link ShapefileChecks.Layout#outside()}) are passed over: neither their shape nor
 * their attribute row is decoded.
 */
final class ShapeRecords {

    /** One record: its 1-based number in the file, its geometry and values. */
    record Row(int number, Geometry geometry, Object[] values) {
    }

    /** The columns (only the supported ones) and the rows read. */
    record Table(List<DbfField> fields, List<Row> rows) {
    }

    private ShapeRecords() {
    }

    static Table read(ShapefileParts parts, ShapefileChecks.Layout layout, DbfEncoding.Choice encoding, BadRowPolicy policy,
                      Consumer<String> warn) {
        DBFDriver dbf = new DBFDriver();
        try (FileChannel shpChannel = FileChannel.open(parts.shp(), StandardOpenOption.READ);
             FileChannel shxChannel = FileChannel.open(parts.shx(), StandardOpenOption.READ)) {
            Shapes shapes = new Shapes(new org.h2gis.functions.io.shp.internal.ShapefileReader(shpChannel),
                    new IndexFile(shxChannel));
            dbf.initDriverFromFile(parts.dbf().toAbsolutePath().toFile(), encoding.charset().name());
            CharsetDecoder decoder = encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            List<DbfField> all = fields(dbf.getDbaseFileHeader());
            TextCheck text = new TextCheck(decoder, all);
            List<Integer> used = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).supported()) {
                    used.add(i);
                } else {
                    warn.accept(parts.dbf().getFileName() + ": column " + all.get(i).name() + " has dBase type '"
                            + all.get(i).type() + "', which is not read (only C, N, F, L and D are); it was left out");
                }
            }
            List<Row> rows = new ArrayList<>(layout.shapes());
            List<Integer> skipped = new ArrayList<>();
            MissingGeometries missing = new MissingGeometries(parts.shp(), null);
            String layer = ShapefileParts.baseName(parts.shp());
            try (DbfRecords raw = new DbfRecords(parts.dbf(), layout.dbfHeaderBytes(), layout.dbfRecordBytes())) {
                for (int r = 0; r < layout.shapes(); r++) {
                    if (layout.outside().get(r)) {
                        raw.skip();
                        continue;
                    }
                    byte[] record = raw.next();
                    try {
                        Row row = row(shapes, dbf, r, record, all, used, text, encoding.origin(), parts);
                        if (row == null) {
                            missing.add(layer + "." + (r + 1));
                        } else {
                            rows.add(row);
                        }
                    } catch (InputException e) {
                        if (policy == BadRowPolicy.FAIL) {
                            throw e;
                        }
                        skipped.add(r + 1);
                        warn.accept(e.getMessage());
                    }
                }
            }
            if (!skipped.isEmpty()) {
                warn.accept(parts.shp().getFileName() + ": " + skipped.size() + " record(s) left out: " + skipped);
            }
            String noShape = missing.check(policy);
            if (noShape != null) {
                warn.accept(noShape);
            }
            if (layout.dbfRecords() > layout.shapes()) {
                warn.accept(parts.dbf().getFileName() + " has " + layout.dbfRecords() + " records but "
                        + parts.shp().getFileName() + " has " + layout.shapes() + " shapes; the extra "
                        + (layout.dbfRecords() - layout.shapes()) + " attribute records were ignored");
            }
            return new Table(used.stream().map(all::get).toList(), rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(parts.shp(), null, "the shapefile cannot be read" + (e.getMessage() == null ? ""
                    : " (" + e.getMessage().lines().findFirst().orElse("") + ")"),
                    "The file is damaged: copy or export it again", e);
        } finally {
            try {
                dbf.close();
            } catch (IOException | RuntimeException ignored) {
                // closing read-only files; the result (or the first error) is what matters
            }
        }
    }

    private static List<DbfField> fields(DbaseFileHeader h) {
        List<DbfField> fields = new ArrayList<>(h.getNumFields());
        int offset = 0;
        for (int i = 0; i < h.getNumFields(); i++) {
            fields.add(new DbfField(h.getFieldName(i), h.getFieldType(i), h.getFieldLength(i),
                    h.getFieldDecimalCount(i), offset));
            offset += h.getFieldLength(i);
        }
        return fields;
    }

    /** The driver's shape reader and the index that locates each record. */
    private record Shapes(org.h2gis.functions.io.shp.internal.ShapefileReader reader, IndexFile index) {
        Geometry get(int r) throws IOException {
            return reader.geomAt(index.getOffset(r));
        }
    }

    private static Row row(Shapes shapes, DBFDriver dbf, int r, byte[] record, List<DbfField> all, List<Integer> used,
                           TextCheck text, String origin, ShapefileParts parts) {
        String where = "record " + (r + 1);
        Geometry geometry;
        try {
            geometry = shapes.get(r);
        } catch (IOException | RuntimeException e) {
            throw new BadRowException(parts.shp(), where, describe(e),
                    "The file is damaged: repair the record in QGIS or GDAL, or export the file again", e);
        }
        if (geometry == null || geometry.isEmpty()) {
            return null;
        }
        Object[] values = new Object[used.size()];
        for (int k = 0; k < used.size(); k++) {
            int j = used.get(k);
            DbfField f = all.get(j);
            if (f.type() == 'D') {
                values[k] = date(record, f, parts, where(r, f));
                continue;
            }
            if (f.type() == 'C') {
                text.check(record, f, origin, parts, r);
            }
            try {
                values[k] = f.convert(dbf.getField(r, j));
            } catch (IOException | RuntimeException e) {
                throw new BadRowException(parts.dbf(), where(r, f), "the value cannot be read as "
                        + DbfField.kind(f.binding()) + " (" + describe(e) + ")", "Fix the value in the attribute table", e);
            }
        }
        return new Row(r + 1, geometry, values);
    }

    /**
     * @return why a record's shape cannot be read, in words and without the name of the driver's
     *     exception class: "its shape type is PointZ, but the file holds Point shapes" for a record
     *     of another shape type than the header's
     */
    static String describe(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "the shape cannot be read: its bytes do not form a shape";
        }
        java.util.regex.Matcher changed = java.util.regex.Pattern.compile("ShapeType changed illegally from (\\w+) to (\\w+)")
                .matcher(m);
        if (changed.find()) {
            return "the shape cannot be read: its shape type is " + changed.group(2) + ", but the file holds "
                    + changed.group(1) + " shapes";
        }
        return "the shape cannot be read (" + m.lines().findFirst().orElse(m) + ")";
    }

    private static Object date(byte[] record, DbfField f, ShapefileParts parts, String where) {
        String raw = new String(record, 1 + f.offset(), Math.min(f.length(), record.length - 1 - f.offset()),
                StandardCharsets.ISO_8859_1);
        try {
            return DbfField.date(raw);
        } catch (IllegalArgumentException e) {
            throw new BadRowException(parts.dbf(), where, e.getMessage(), "Fix the date in the attribute table", e);
        }
    }

    /** @return where a value is, for messages: "record 12, column name" */
    private static String where(int r, DbfField f) {
        return "record " + (r + 1) + ", column " + f.name();
    }

    /**
     * Checks text columns against the encoding before the driver decodes them (it silently cuts
     * text at the first byte the encoding rejects), decoding into one buffer reused for every value.
     */
    static final class TextCheck {
        private final CharsetDecoder decoder;
        private final CharBuffer chars;

        TextCheck(CharsetDecoder decoder, List<DbfField> fields) {
            this.decoder = decoder;
            int widest = fields.stream().filter(f -> f.type() == 'C').mapToInt(DbfField::length).max().orElse(0);
            this.chars = CharBuffer.allocate((int) Math.ceil(decoder.maxCharsPerByte() * widest) + 1);
        }

        void check(byte[] record, DbfField f, String origin, ShapefileParts parts, int r) {
            decoder.reset();
            chars.clear();
            CoderResult result = decoder.decode(ByteBuffer.wrap(record, 1 + f.offset(), f.length()), chars, true);
            if (!result.isError()) {
                result = decoder.flush(chars);
            }
            if (result.isError()) {
                throw new BadRowException(parts.dbf(), where(r, f), "the text is not valid " + decoder.charset().name()
                        + ", " + origin, "Give the file's real encoding (Windows-1252 for most files without a .cpg)");
            }
        }
    }
}
