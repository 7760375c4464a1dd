package org.catchment.io.shapefile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the text (C) columns of a {@code .dbf} hold, read from the raw bytes before any decoding:
 * plain ASCII, non-ASCII text that is all valid UTF-8, or non-ASCII text that is not. Used to
 * choose and explain the encoding of a {@code .dbf} that has no {@code .cpg}.
 *
 * <p>Each value is checked on its own (a value is a whole field, so a multi-byte sequence never
 * spans two), over the first {@link #SCAN_BYTES} bytes of records: the first value that is not
 * UTF-8 decides. A file that cannot be read, or whose header is damaged, is reported as ASCII:
 * the reader proper then gives the real error.
 */
final class DbfText {

    /** Record bytes examined at most: every record of a council layer, the first ~60,000 of an OS RoadLink file. */
    static final int SCAN_BYTES = 16 << 20;

    /** What the text holds. */
    enum Kind {
        /** Only bytes below 0x80 (or no text column). */
        ASCII,
        /** Bytes of 0x80 and above, every value valid UTF-8 with multi-byte letters. */
        UTF8,
        /** Bytes of 0x80 and above in at least one value that is not valid UTF-8. */
        OTHER
    }

    /**
     * @param kind   what the text holds
     * @param record the 1-based record of the first non-ASCII value (for OTHER: the first that is not UTF-8), or 0
     * @param column that value's column, or null
     * @param raw    that value's bytes, blanks included, or null
     */
    record Sniff(Kind kind, int record, String column, byte[] raw) {

        /** @return the value decoded in a charset and stripped, for messages */
        String sample(Charset charset) {
            return raw == null ? "" : new String(raw, charset).strip();
        }
    }

    private record Column(String name, int offset, int length) {
    }

    private DbfText() {
    }

    static Sniff sniff(Path dbf) {
        try (InputStream in = Files.newInputStream(dbf)) {
            byte[] head = in.readNBytes(32);
            if (head.length < 32) {
                return ascii();
            }
            int headerBytes = u16(head, 8);
            int recordBytes = u16(head, 10);
            byte[] fields = in.readNBytes(Math.max(0, headerBytes - 32));
            List<Column> text = textColumns(fields, recordBytes);
            if (text.isEmpty() || recordBytes <= 0) {
                return ascii();
            }
            return scan(in, text, recordBytes);
        } catch (IOException e) {
            return ascii();
        }
    }

    private static Sniff scan(InputStream in, List<Column> text, int recordBytes) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Sniff first = null;
        int records = Math.max(1, SCAN_BYTES / recordBytes);
        for (int r = 1; r <= records; r++) {
            byte[] record = in.readNBytes(recordBytes);
            if (record.length < recordBytes || record[0] == 0x1A) {
                break;
            }
            for (Column c : text) {
                if (!nonAscii(record, c)) {
                    continue;
                }
                byte[] raw = java.util.Arrays.copyOfRange(record, c.offset(), c.offset() + c.length());
                try {
                    utf8.reset().decode(ByteBuffer.wrap(raw));
                } catch (CharacterCodingException e) {
                    return new Sniff(Kind.OTHER, r, c.name(), raw);
                }
                if (first == null) {
                    first = new Sniff(Kind.UTF8, r, c.name(), raw);
                }
            }
        }
        return first == null ? ascii() : first;
    }

    private static boolean nonAscii(byte[] record, Column c) {
        for (int i = c.offset(); i < c.offset() + c.length(); i++) {
            if (record[i] < 0) {
                return true;
            }
        }
        return false;
    }

    /** @return the C columns of the field descriptors, those that fit inside a record */
    private static List<Column> textColumns(byte[] fields, int recordBytes) {
        List<Column> out = new ArrayList<>();
        int offset = 1;
        for (int d = 0; d + 32 <= fields.length && fields[d] != 0x0D; d += 32) {
            int length = fields[d + 16] & 0xff;
            char type = Character.toUpperCase((char) (fields[d + 11] & 0xff));
            if (type == 'C' && offset + length <= recordBytes) {
                int end = 0;
                while (end < 11 && fields[d + end] != 0) {
                    end++;
                }
                out.add(new Column(new String(fields, d, end, StandardCharsets.ISO_8859_1), offset, length));
            }
            offset += length;
        }
        return out;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static Sniff ascii() {
        return new Sniff(Kind.ASCII, 0, null, null);
    }
}
