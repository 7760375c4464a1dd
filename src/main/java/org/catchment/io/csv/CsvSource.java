package org.catchment.io.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.catchment.InputException;
import org.catchment.io.InputFiles;

/**
 * The one place CSV files are opened: byte-order mark, encoding, delimiter detection, quoted
 * fields, blank lines and spreadsheet row numbers, shared by every CSV reader in this package.
 *
 * <p>Rows are numbered as a spreadsheet shows them: the first line is row 1 (the header, when
 * there is one), a blank line still counts as a row, and a quoted field spanning several lines
 * stays one row. Rows whose fields are all blank are skipped.
 */
public final class CsvSource {

    /** One non-blank row: its spreadsheet row number and its fields as written (not trimmed). */
    record Row(int number, List<String> values) {
    }

    private CsvSource() {
    }

    /**
     * Streams the non-blank rows of a file.
     *
     * @param file     the CSV file
     * @param encoding the text encoding; null: UTF-8 (a byte-order mark always wins)
     * @param sink     receives each row in order
     * @return the delimiter used
     * @throws InputException if the file is missing, empty, not in the encoding or badly quoted
     */
    static char read(Path file, Charset encoding, Consumer<Row> sink) {
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : encoding;
        char delimiter = detectDelimiter(file, charset);
        CSVFormat format = format(delimiter);
        boolean any = false;
        int row = 0;
        try (Reader reader = open(file, charset); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                row++;
                List<String> values = record.toList();
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                any = true;
                sink.accept(new Row(row, values));
            }
        } catch (UncheckedIOException e) {
            throw failure(file, charset, row + 1, e.getCause());
        } catch (IOException e) {
            throw failure(file, charset, row + 1, e);
        }
        if (!any) {
            throw new InputException(file, null, "the file is empty (no header, no rows)",
                    "Check that this is the right file and that it was saved as CSV");
        }
        return delimiter;
    }

    /** Reads a whole file into memory (for tables and point files, which are small). */
    static List<Row> readAll(Path file, Charset encoding) {
        List<Row> rows = new ArrayList<>();
        read(file, encoding, rows::add);
        return rows;
    }

    /**
     * Checks a header row and returns its trimmed column names.
     *
     * @throws InputException on a blank or repeated column name
     */
    static List<String> header(Path file, Row row) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < row.values().size(); i++) {
            String name = row.values().get(i).trim();
            if (name.isEmpty()) {
                throw new InputException(file, "row " + row.number(), "column " + (i + 1) + " of the header has no name",
                        "Give every column a name in the first row");
            }
            Integer before = seen.put(name.toLowerCase(Locale.ROOT), i + 1);
            if (before != null) {
                throw new InputException(file, "row " + row.number(), "the column name '" + name
                        + "' appears twice in the header (columns " + before + " and " + (i + 1) + ")",
                        "Rename one of the two columns");
            }
            names.add(name);
        }
        return names;
    }

    /**
     * @return null when the row has as many fields as the header (extra trailing empty fields are
     *     allowed, as spreadsheets write them), else the reason it does not fit
     */
    static String fieldCountProblem(Row row, int columns) {
        List<String> v = row.values();
        if (v.size() < columns) {
            return "the row has " + v.size() + " fields but the header has " + columns;
        }
        for (int i = columns; i < v.size(); i++) {
            if (!v.get(i).isBlank()) {
                return "the row has " + v.size() + " fields but the header has " + columns;
            }
        }
        return null;
    }

    /** @return the index of a column, compared trimmed and ignoring case, or -1 */
    public static int indexOf(List<String> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(name.trim())) {
                return i;
            }
        }
        return -1;
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter)
                .setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(false).get();
    }

    private static Reader open(Path file, Charset charset) throws IOException {
        return open(file, charset, CodingErrorAction.REPORT);
    }

    /** Opens the text of a file after its byte-order mark, in the charset the mark names, else {@code charset}. */
    private static Reader open(Path file, Charset charset, CodingErrorAction onError) throws IOException {
        InputFiles.requireRegularFile(file, "a CSV file");
        BOMInputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(file))
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE).get();
        String bom = in.getBOMCharsetName();
        Charset actual = bom != null ? Charset.forName(bom) : charset;
        return new BufferedReader(new InputStreamReader(in, actual.newDecoder()
                .onMalformedInput(onError).onUnmappableCharacter(onError)));
    }

    /**
     * Finds the spreadsheet row of the first character that is not valid in the encoding: the
     * parser reads ahead, so the row it had reached when decoding failed is not that row.
     *
     * @return the row (header = 1), or {@code fallback} when it cannot be found
     */
    private static int rowOfFirstBadCharacter(Path file, Charset charset, int fallback) {
        long bad = CsvEncodingScan.firstBadCharacter(file, charset);
        if (bad < 0) {
            return fallback;
        }
        try (Reader reader = open(file, charset, CodingErrorAction.REPLACE);
             CSVParser parser = CSVParser.parse(reader, format(detectDelimiter(file, charset, CodingErrorAction.REPLACE)))) {
            int row = 0;
            for (CSVRecord record : parser) {
                if (record.getCharacterPosition() > bad) {
                    return Math.max(row, 1);
                }
                row++;
            }
            return Math.max(row, 1);
        } catch (IOException | UncheckedIOException e) {
            return fallback;
        }
    }

    /**
     * Picks comma, semicolon or tab: whichever occurs most often outside quotes on the first line.
     *
     * @param charset the encoding (a byte-order mark wins)
     */
    static char detectDelimiter(Path file, Charset charset) {
        return detectDelimiter(file, charset, CodingErrorAction.REPORT);
    }

    private static char detectDelimiter(Path file, Charset charset, CodingErrorAction onError) {
        String first;
        try (BufferedReader r = new BufferedReader(open(file, charset, onError))) {
            first = r.readLine();
        } catch (NoSuchFileException e) {
            throw new InputException(file, null, "the file does not exist", "Check the path", e);
        } catch (IOException e) {
            throw failure(file, charset, 1, e);
        }
        if (first == null) {
            throw new InputException(file, null, "the file is empty (no header, no rows)",
                    "Check that this is the right file and that it was saved as CSV");
        }
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (char c : first.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }

    private static InputException failure(Path file, Charset charset, int row, Throwable e) {
        if (e instanceof CharacterCodingException) {
            return new InputException(file, "row " + rowOfFirstBadCharacter(file, charset, row), "the text is not valid "
                    + charset.name() + (charset.equals(StandardCharsets.UTF_8) ? " (the encoding assumed when none is given)" : ""),
                    "Save the file as UTF-8, or give its encoding with the encoding key of its entry in the analysis"
                    + " file (e.g. encoding: windows-1252)", e);
        }
        if (e instanceof NoSuchFileException) {
            return new InputException(file, null, "the file does not exist", "Check the path", e);
        }
        String m = e.getMessage() == null ? "a damaged line" : e.getMessage();
        return new InputException(file, "row " + row, "the CSV cannot be read (" + m + ")",
                "Check the quotes on that row: a field that starts with \" must end with \"", e);
    }
}
