package org.catchment.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.catchment.InputException;

/**
 * Decides the text encoding of a {@code .dbf}: the caller's override, else the {@code .cpg} beside
 * it, else Windows-1252 (what ArcGIS and old GDAL write without a {@code .cpg}; it also reads
 * plain ASCII and, for the characters British data uses, ISO-8859-1 text).
 */
final class DbfEncoding {

    /** The encoding assumed when there is no {@code .cpg}: Windows-1252 ("ANSI"). */
    static final Charset DEFAULT = Charset.forName("windows-1252");

    /** The encoding chosen and where it came from, in words for messages ("the encoding given by x.cpg"). */
    record Choice(Charset charset, String origin) {
    }

    private DbfEncoding() {
    }

    /**
     * @param override the caller's encoding, or null
     * @param cpg      the {@code .cpg} file, or null when there is none
     * @param dbf      the {@code .dbf} itself: without a {@code .cpg}, text that is valid UTF-8 with
     *                 accented letters is read as UTF-8 (with a warning), since Windows-1252 text
     *                 with accents is almost never valid UTF-8
     * @param warn     receives a warning when the {@code .cpg} names an unknown encoding or is missing
     */
    static Choice choose(Charset override, Path cpg, Path dbf, Consumer<String> warn) {
        if (override != null) {
            return new Choice(override, "the encoding given to the reader");
        }
        if (cpg == null) {
            if (looksLikeUtf8(dbf)) {
                warn.accept(dbf.getFileName() + " has no .cpg; its text is valid UTF-8 with accented letters, so it"
                        + " was read as UTF-8. Add a .cpg saying UTF-8 (or the right encoding) to be sure");
                return new Choice(StandardCharsets.UTF_8, "UTF-8, detected in a file without a .cpg");
            }
            return new Choice(DEFAULT, "the default for a file without a .cpg");
        }
        String text;
        try {
            text = Files.readString(cpg, StandardCharsets.ISO_8859_1).trim();
        } catch (IOException e) {
            throw new InputException(cpg, null, "cannot read the encoding file (" + e.getMessage() + ")",
                    "Check that it is readable, or delete it and give the encoding", e);
        }
        Charset named = fromCpg(text);
        if (named == null) {
            warn.accept(cpg.getFileName() + " names the encoding '" + text + "', which is not known; the attributes"
                    + " were read as Windows-1252. Give the encoding if the names look wrong");
            return new Choice(DEFAULT, "the default for an unknown .cpg");
        }
        return new Choice(named, "the encoding " + cpg.getFileName() + " names");
    }

    /** Bytes of a {@code .dbf} examined for UTF-8, at most: enough for any council layer's names. */
    private static final int SNIFF_BYTES = 16 << 20;

    /** @return true when the file's bytes hold some non-ASCII text and all of it decodes as UTF-8 */
    static boolean looksLikeUtf8(Path dbf) {
        if (dbf == null) {
            return false;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(dbf)) {
            bytes = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return false;
        }
        int header = bytes.length >= 10 ? (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8 : bytes.length;
        boolean nonAscii = false;
        for (int i = Math.min(header, bytes.length); i < bytes.length; i++) {
            if (bytes[i] < 0) {
                nonAscii = true;
                break;
            }
        }
        if (!nonAscii || header >= bytes.length) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, header, bytes.length - header));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** @return the charset a {@code .cpg} text names ("UTF-8", "65001", "ANSI 1252", "1252", "ISO-8859-1", "88591"...), or null */
    static Charset fromCpg(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace(" ", "").replace("_", "-");
        if (List.of("UTF-8", "UTF8", "65001").contains(t)) {
            return StandardCharsets.UTF_8;
        }
        if (List.of("1252", "ANSI1252", "CP1252", "WINDOWS-1252", "ANSI").contains(t)) {
            return DEFAULT;
        }
        if (List.of("88591", "8859-1", "ISO-8859-1", "ISO8859-1", "ISO88591", "LATIN1", "28591").contains(t)) {
            return StandardCharsets.ISO_8859_1;
        }
        try {
            return Charset.forName(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
