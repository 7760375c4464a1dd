package org.catchment.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catchment.layer.Layer;

/**
 * Collects rows a reader cannot use and applies the {@link ReadOptions.BadRowPolicy}: the first
 * one is an error under {@code FAIL}; under {@code SKIP} they become one warning listing the first
 * {@value #LISTED} rows and the count.
 */
public final class BadRows {

    static final int LISTED = 10;
    /** The start of {@link #warning()} after the file name. */
    private static final Pattern LEFT_OUT = Pattern.compile(": (\\d+) rows? (?:was|were) left out: ");

    private final Path file;
    private final ReadOptions.BadRowPolicy policy;
    private final List<Bad> rows = new ArrayList<>();

    private record Bad(int row, String problem) {
    }

    public BadRows(Path file, ReadOptions.BadRowPolicy policy) {
        this.file = file;
        this.policy = policy == null ? ReadOptions.BadRowPolicy.FAIL : policy;
    }

    /** @throws BadRowException under {@code FAIL} */
    public void add(int row, String problem) {
        if (policy == ReadOptions.BadRowPolicy.FAIL) {
            throw new BadRowException(file, "row " + row, problem, "Correct the row");
        }
        rows.add(new Bad(row, problem));
    }

    /**
     * @param layer a layer read with {@code SKIP}
     * @return how many rows or features its reader left out as bad, from its warnings
     */
    public static int leftOut(Layer layer) {
        int n = 0;
        for (String w : layer.warnings()) {
            Matcher m = LEFT_OUT.matcher(w);
            if (m.find()) {
                n += Integer.parseInt(m.group(1));
            }
        }
        return n;
    }

    /** @return the warning, or null when no row was left out */
    public String warning() {
        int count = rows.size();
        if (count == 0) {
            return null;
        }
        List<String> listed = rows.stream().sorted(Comparator.comparingInt(Bad::row)).limit(LISTED)
                .map(b -> "row " + b.row() + ": " + b.problem()).toList();
        StringBuilder s = new StringBuilder().append(file).append(": ").append(count)
                .append(count == 1 ? " row was" : " rows were").append(" left out: ").append(String.join("; ", listed));
        if (count > LISTED) {
            s.append("; and ").append(count - LISTED).append(" more");
        }
        return s.append('.').toString();
    }
}
