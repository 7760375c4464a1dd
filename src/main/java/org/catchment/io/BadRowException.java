package org.catchment.io;

import java.nio.file.Path;
import org.catchment.InputException;

/**
 * A row or feature a reader cannot use, read under {@link ReadOptions.BadRowPolicy#FAIL}. The
 * caller that knows how the user chose that policy (the analysis file's {@code bad_rows} key, the
 * app's CSV dialog) can reword the advice with {@link #withAdvice}.
 */
public final class BadRowException extends InputException {

    private static final long serialVersionUID = 1L;

    private final String where;
    private final String problem;

    /**
     * @param file    the file
     * @param where   the row or feature, e.g. "row 12"
     * @param problem what is wrong with it
     */
    public BadRowException(Path file, String where, String problem) {
        super(file, where, problem, "Correct the row, or choose to skip bad rows");
        this.where = where;
        this.problem = problem;
    }

    /** @return the same problem with other advice, e.g. naming the key that skips bad rows */
    public InputException withAdvice(String advice) {
        return new InputException(file(), where, problem, advice, this);
    }
}
