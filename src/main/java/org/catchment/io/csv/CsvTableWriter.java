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
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("row " + i + " has " + rows.get(i).size()
                        + " values but the header has " + header.size());
            }
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
        AtomicOutput.write(target, temp -> {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(w, format)) {
                printer.printRecord(header);
                for (List<?> row : rows) {
                    List<String> cells = new ArrayList<>(row.size());
                    for (Object v : row) {
                        cells.add(format(v));
                    }
                    printer.printRecord(cells);
                }
            }
        });
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
