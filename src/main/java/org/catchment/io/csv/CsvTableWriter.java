package org.catchment.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.catchment.io.AtomicOutput;

/**
 * Writes a statistics table as CSV: UTF-8 without a byte-order mark, a header row, fields quoted
 * only when needed (RFC 4180), lines ending in {@code \n}. Numbers never depend on the default
 * Locale: integers as integers, other numbers with a dot and at most {@value #DECIMALS} decimals,
 * trailing zeros trimmed and no exponent; null, NaN and infinities as an empty field. The file is
 * written through {@link AtomicOutput}.
 */
public final class CsvTableWriter {

    static final int DECIMALS = 6;

    private CsvTableWriter() {
    }

    /**
     * @param target the file to write (replaced if it exists)
     * @param header the column names
     * @param rows   the rows, each as long as the header
     * @throws IllegalArgumentException if a row's length differs from the header's
     * @throws org.catchment.CatchmentException if the file cannot be written
     */
    public static void write(Path target, List<String> header, List<? extends List<?>> rows) {
        check(header, rows, 0);
        writeParts(target, header, 1, part -> rows);
    }

    /**
     * Writes a table whose rows come in parts (the tiles of a tiled run, each read back from the
     * resume folder), one part at a time, so that the whole table is never in memory: the same
     * file as {@link #write} of the parts' rows concatenated in order.
     *
     * @param target the file to write (replaced if it exists)
     * @param header the column names
     * @param count  how many parts
     * @param part   makes the rows of part {@code i} ({@code 0 <= i < count}), each row as long as the header
     * @throws org.catchment.CatchmentException if the file cannot be written, or a row's length differs
     *     from the header's (no file is written)
     */
    public static void writeParts(Path target, List<String> header, int count,
                                  IntFunction<? extends List<? extends List<?>>> part) {
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
        AtomicOutput.write(target, temp -> {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(w, format)) {
                printer.printRecord(header);
                int written = 0;
                for (int i = 0; i < count; i++) {
                    List<? extends List<?>> rows = part.apply(i);
                    check(header, rows, written);
                    for (List<?> row : rows) {
                        List<String> cells = new ArrayList<>(row.size());
                        for (Object v : row) {
                            cells.add(format(v));
                        }
                        printer.printRecord(cells);
                    }
                    written += rows.size();
                }
            }
        });
    }

    /** @param first the number of the first row, counted over the whole table */
    private static void check(List<String> header, List<? extends List<?>> rows, int first) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("row " + (first + i) + " has " + rows.get(i).size()
                        + " values but the header has " + header.size());
            }
        }
    }

    /** @return the text of one value as written into the file */
    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                return "";
            }
            String s = BigDecimal.valueOf(d).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
            return s.equals("-0") ? "0" : s;
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return value.toString();
    }
}
