package org.catchment.io.csv;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catchment.InputException;

/**
 * A CSV file without geometry read as text: a header and rows of named values (population,
 * deprivation deciles). Used for attribute joins. The file is read as UTF-8 (or the encoding its
 * byte-order mark names), with the delimiter (comma, semicolon or tab) detected from the header.
 *
 * <p>Every row must have as many fields as the header (extra trailing empty fields are allowed);
 * values are kept exactly as written, with blank lines left out.
 */
public final class CsvTable {

    private final Path file;
    private final List<String> columns;
    private final List<Map<String, String>> rows;
    private final List<Integer> rowNumbers;

    private CsvTable(Path file, List<String> columns, List<Map<String, String>> rows, List<Integer> rowNumbers) {
        this.file = file;
        this.columns = List.copyOf(columns);
        this.rows = Collections.unmodifiableList(rows);
        this.rowNumbers = List.copyOf(rowNumbers);
    }

    /**
     * @param csv the file
     * @return the table
     * @throws InputException if the file is missing or empty, the header repeats a name, or a row
     *     has the wrong number of fields
     */
    public static CsvTable read(Path csv) {
        return read(csv, null);
    }

    /**
     * @param csv      the file
     * @param encoding its text encoding; null: UTF-8 (a byte-order mark always wins)
     * @return the table
     * @throws InputException as {@link #read(Path)}, or if the text is not valid in the encoding
     */
    public static CsvTable read(Path csv, Charset encoding) {
        List<CsvSource.Row> all = CsvSource.readAll(csv, encoding);
        List<String> columns = CsvSource.header(csv, all.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (CsvSource.Row row : all.subList(1, all.size())) {
            String problem = CsvSource.fieldCountProblem(row, columns.size());
            if (problem != null) {
                throw new InputException(csv, "row " + row.number(), problem,
                        "Check the quotes and delimiters on that row");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                values.put(columns.get(i), row.values().get(i));
            }
            rows.add(Collections.unmodifiableMap(values));
            numbers.add(row.number());
        }
        return new CsvTable(csv, columns, rows, numbers);
    }

    /** @return the column names, trimmed, in file order */
    public List<String> columns() {
        return columns;
    }

    /** @return the rows in file order, each mapping every column name to its value as written */
    public List<Map<String, String>> rows() {
        return rows;
    }

    /** @return the spreadsheet row number (header = row 1) of the row at {@code index} in {@link #rows()} */
    public int rowNumber(int index) {
        return rowNumbers.get(index);
    }

    /** @return the file the table was read from */
    public Path file() {
        return file;
    }
}
