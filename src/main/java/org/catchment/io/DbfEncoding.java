package org.catchment.io;

import java.io.IOException;
import java.nio.charset.Charset;
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
     * @param warn     receives a warning when the {@code .cpg} names an unknown encoding
     */
    static Choice choose(Charset override, Path cpg, Consumer<String> warn) {
        if (override != null) {
            return new Choice(override, "the encoding given to the reader");
        }
        if (cpg == null) {
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
