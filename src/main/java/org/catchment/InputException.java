package org.catchment;

import java.nio.file.Path;

/**
 * Bad input: a file that cannot be read, or a row or feature in it that cannot be used.
 *
 * <p>The message is built from four parts so that every reader words its errors the same way:
 * {@code <file>: <where>: <problem>. <advice>} where "where" (a row, a feature, a field) is
 * optional.
 */
public class InputException extends CatchmentException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file    the file concerned (may be null when the input has no file, e.g. a table in memory)
     * @param where   the row, feature or field concerned, or null
     * @param problem what is wrong, without a final full stop
     * @param advice  what the user can do about it, or null
     */
    public InputException(Path file, String where, String problem, String advice) {
        this(file, where, problem, advice, null);
    }

    /** As {@link #InputException(Path, String, String, String)}, keeping the low-level cause. */
    public InputException(Path file, String where, String problem, String advice, Throwable cause) {
        super(compose(file, where, problem, advice), cause);
        this.file = file;
    }

    /** @return the file concerned, or null */
    public Path file() {
        return file;
    }

    static String compose(Path file, String where, String problem, String advice) {
        StringBuilder s = new StringBuilder();
        if (file != null) {
            s.append(file).append(": ");
        }
        if (where != null && !where.isBlank()) {
            s.append(where).append(": ");
        }
        s.append(problem);
        if (!problem.endsWith(".")) {
            s.append('.');
        }
        if (advice != null && !advice.isBlank()) {
            s.append(' ').append(advice);
            if (!advice.endsWith(".")) {
                s.append('.');
            }
        }
        return s.toString();
    }
}
