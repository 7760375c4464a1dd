package org.catchment.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tables of docs/architecture.md that state the package rules, as data: the table of
 * top-level packages (first column "package"), the table of subpackages (first column
 * "subpackage"), both with "uses" and "libraries" columns, and the table of libraries (first
 * column "library") with the Java packages of each.
 *
 * <p>Package names are relative to {@code org.catchment}; the row of the root package
 * {@code org.catchment} itself is stored under "". A "uses" or "libraries" cell is a list
 * separated by commas (backticks and remarks in parentheses are ignored); "—" or "-" means none.
 */
final class ArchitectureDoc {

    static final Path FILE = Path.of("docs", "architecture.md");

    /** One row of a package table: the packages and the libraries it uses. */
    record Row(Set<String> uses, Set<String> libraries) {
    }

    /** Top-level package -> row. */
    final Map<String, Row> packages = new LinkedHashMap<>();
    /** Subpackage of a package with subpackages ({@code io.csv}, and the roots {@code io}, {@code ui}) -> row. */
    final Map<String, Row> subpackages = new LinkedHashMap<>();
    /** Java package prefix -> library name. */
    final Map<String, String> libraryPackages = new LinkedHashMap<>();

    static ArchitectureDoc read() {
        try {
            return parse(Files.readAllLines(FILE, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArchitectureDoc parse(List<String> lines) {
        ArchitectureDoc doc = new ArchitectureDoc();
        for (List<List<String>> table : tables(lines)) {
            List<String> header = table.get(0);
            String kind = header.get(0).toLowerCase(Locale.ROOT);
            switch (kind) {
                case "package" -> doc.rows(table, doc.packages);
                case "subpackage" -> doc.rows(table, doc.subpackages);
                case "library" -> {
                    int col = column(header, "java packages");
                    for (List<String> row : table.subList(1, table.size())) {
                        for (String prefix : list(row.get(col))) {
                            doc.libraryPackages.put(prefix, row.get(0));
                        }
                    }
                }
                default -> {
                }
            }
        }
        return doc;
    }

    private void rows(List<List<String>> table, Map<String, Row> into) {
        List<String> header = table.get(0);
        int uses = column(header, "uses");
        int libraries = column(header, "libraries");
        for (List<String> row : table.subList(1, table.size())) {
            String name = row.get(0).replace("`", "").trim();
            String key = name.equals(PackageGraph.ROOT) ? "" : name;
            if (into.put(key, new Row(list(row.get(uses)), list(row.get(libraries)))) != null) {
                throw new IllegalStateException(FILE + ": package " + name + " is listed twice");
            }
        }
    }

    private static int column(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException(FILE + ": a table starting with '" + header.get(0) + "' has no column '" + name + "'");
    }

    private static Set<String> list(String cell) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : cell.replaceAll("\\([^)]*\\)", "").replace("`", "").split(",")) {
            String p = part.trim();
            if (!p.isEmpty() && !p.equals("—") && !p.equals("-")) {
                out.add(p);
            }
        }
        return out;
    }

    /** @return every Markdown table: the header's cells, then each row's cells (the separator line left out) */
    private static List<List<List<String>>> tables(List<String> lines) {
        List<List<List<String>>> tables = new ArrayList<>();
        List<List<String>> current = null;
        for (String line : lines) {
            String t = line.trim();
            if (!t.startsWith("|")) {
                current = null;
                continue;
            }
            if (current == null) {
                current = new ArrayList<>();
                tables.add(current);
            }
            if (!t.matches("\\|[\\s:|-]+\\|?")) {
                current.add(cells(t));
            }
        }
        return tables;
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
        List<String> cells = new ArrayList<>();
        for (String c : inner.split("\\|", -1)) {
            cells.add(c.trim());
        }
        return cells;
    }
}
