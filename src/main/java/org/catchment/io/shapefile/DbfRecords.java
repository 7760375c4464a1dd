package org.catchment.io.shapefile;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The raw bytes of a {@code .dbf}'s records, in order. Used beside the shapefile driver for what
 * it cannot do: read D (date) fields, which it returns as null, and check text against the
 * encoding before it decodes (it silently cuts text at the first byte the encoding rejects).
 * Records are read through one buffer by position, so passing over a record (one outside the
 * extent read) costs no read at all.
 */
final class DbfRecords implements Closeable {

    private static final int BUFFER_BYTES = 1 << 16;

    private final FileChannel channel;
    private final long size;
    private final int recordBytes;
    private final ByteBuffer buffer;
    private long bufferStart;
    private long position;

    DbfRecords(Path dbf, int headerBytes, int recordBytes) throws IOException {
        this.channel = FileChannel.open(dbf, StandardOpenOption.READ);
        this.size = channel.size();
        this.recordBytes = recordBytes;
        this.buffer = ByteBuffer.allocate(Math.max(BUFFER_BYTES, recordBytes));
        buffer.limit(0);
        if (headerBytes > size) {
            channel.close();
            throw new EOFException();
        }
        this.position = headerBytes;
    }

    /** @return the next record's bytes, starting with the deletion flag (fewer at the end of the file) */
    byte[] next() throws IOException {
        int n = (int) Math.min(recordBytes, Math.max(0, size - position));
        if (position < bufferStart || position + n > bufferStart + buffer.limit()) {
            fill();
        }
        byte[] out = new byte[n];
        buffer.get((int) (position - bufferStart), out, 0, n);
        position += n;
        return out;
    }

    /** Passes over the next record without reading it. */
    void skip() throws IOException {
        if (position + recordBytes > size) {
            position = size;
            throw new EOFException();
        }
        position += recordBytes;
    }

    private void fill() throws IOException {
        buffer.clear();
        bufferStart = position;
        while (buffer.hasRemaining() && bufferStart + buffer.position() < size
                && channel.read(buffer, bufferStart + buffer.position()) >= 0) {
            // fill the buffer, or read to the end of the file
        }
        buffer.flip();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
