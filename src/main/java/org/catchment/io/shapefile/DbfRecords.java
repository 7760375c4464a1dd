package org.catchment.io.shapefile;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The raw bytes of a {@code .dbf}'s records, in order. Used beside the shapefile driver for what
 * it cannot do: read D (date) fields, which it returns as null, and check text against the
 * encoding before it decodes (it silently cuts text at the first byte the encoding rejects).
 */
final class DbfRecords implements Closeable {

    private final InputStream in;
    private final int recordBytes;

    DbfRecords(Path dbf, int headerBytes, int recordBytes) throws IOException {
        this.in = new BufferedInputStream(Files.newInputStream(dbf), 1 << 16);
        this.recordBytes = recordBytes;
        in.skipNBytes(headerBytes);
    }

    /** @return the next record's bytes, starting with the deletion flag */
    byte[] next() throws IOException {
        return in.readNBytes(recordBytes);
    }

    /** Passes over the next record without reading it into memory. */
    void skip() throws IOException {
        in.skipNBytes(recordBytes);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
