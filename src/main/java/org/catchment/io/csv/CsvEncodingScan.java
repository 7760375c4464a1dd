package org.catchment.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Finds where a file stops being valid text in an encoding, by decoding it in blocks: the
 * position, in characters after any byte-order mark, of the first byte sequence that is not
 * valid. Used only after a read has failed, to name the row that holds it.
 */
final class CsvEncodingScan {

    private static final int BLOCK = 1 << 16;

    private CsvEncodingScan() {
    }

    /** @return the index of the first character that cannot be decoded, or -1 when all can (or the file cannot be read) */
    static long firstBadCharacter(Path file, Charset charset) {
        try (BOMInputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(file))
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE).get()) {
            String bom = in.getBOMCharsetName();
            return scan(in, (bom != null ? Charset.forName(bom) : charset).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (IOException e) {
            return -1;
        }
    }

    private static long scan(InputStream in, CharsetDecoder decoder) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(BLOCK);
        CharBuffer chars = CharBuffer.allocate(BLOCK);
        long decoded = 0;
        boolean end = false;
        while (true) {
            int n = end ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
            end = n < 0;
            if (!end) {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, end);
            decoded += chars.position();
            chars.clear();
            if (result.isError()) {
                return decoded;
            }
            bytes.compact();
            if (end && !result.isOverflow()) {
                CoderResult flushed = decoder.flush(chars);
                return flushed.isError() ? decoded + chars.position() : -1;
            }
        }
    }
}
