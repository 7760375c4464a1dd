package org.catchment.io.shapefile;

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
 * plain ASCII and, for the characters British data uses, ISO-8859-1 text), unless the text is
 * non-ASCII and all valid UTF-8. Without a {@code .cpg}, non-ASCII text is always warned of.
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
     * @param dbf      the {@code .dbf} itself, examined when there is no {@code .cpg} (see
     *                 {@link #withoutCpg}); may be null
     * @param warn     receives a warning when the {@code .cpg} names an unknown encoding, or is
     *                 missing and the text is not plain ASCII
     */
    static Choice choose(Charset override, Path cpg, Path dbf, Consumer<String> warn) {
        if (override != null) {
            return new Choice(override, "the encoding given to the reader");
        }
        if (cpg == null) {
            return withoutCpg(dbf, warn);
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

    /**
     * A {@code .dbf} without a {@code .cpg}: plain ASCII is read as Windows-1252 without a word (every
     * encoding agrees on it); non-ASCII text that is all valid UTF-8 is read as UTF-8 (Windows-1252
     * text with accents is almost never valid UTF-8); other non-ASCII text as Windows-1252. Both
     * non-ASCII cases are warned of, naming the file, the first such value and what to do.
     */
    private static Choice withoutCpg(Path dbf, Consumer<String> warn) {
        DbfText.Sniff sniff = dbf == null ? null : DbfText.sniff(dbf);
        if (sniff == null || sniff.kind() == DbfText.Kind.ASCII) {
            return new Choice(DEFAULT, "the default for a file without a .cpg");
        }
        String name = dbf.getFileName().toString();
        String cpgName = name.replaceFirst("(?i)\\.dbf$", "") + ".cpg";
        String where = "record " + sniff.record() + ", column " + sniff.column();
        if (sniff.kind() == DbfText.Kind.UTF8) {
            warn.accept(name + " has no .cpg; its text has characters outside ASCII that are all valid UTF-8 (first in "
                    + where + ": '" + sniff.sample(StandardCharsets.UTF_8) + "'), so it was read as UTF-8, far more"
                    + " likely than Windows-1252 for such bytes. Add a " + cpgName + " beside it containing UTF-8 (or"
                    + " 1252 if the names look wrong) to be sure");
            return new Choice(StandardCharsets.UTF_8, "UTF-8, detected in a file without a .cpg");
        }
        warn.accept(name + " has no .cpg; its text has characters outside ASCII that are not valid UTF-8 (first in "
                + where + ": '" + sniff.sample(DEFAULT) + "' as Windows-1252), so it was read as Windows-1252,"
                + " the usual encoding of files without a .cpg. If the names look wrong, add a " + cpgName
                + " beside it containing the file's encoding (e.g. 1252, ISO-8859-1 or UTF-8)");
        return new Choice(DEFAULT, "the default for a file without a .cpg");
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
