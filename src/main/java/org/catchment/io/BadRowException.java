package org.catchment.io;

import java.nio.file.Path;
import org.catchment.InputException;

/**
 * A row or feature a reader cannot use, under {@link ReadOptions.BadRowPolicy#FAIL}. Its advice
 * says how to fix the data; where the caller lets such rows be skipped (a facility type's
 * {@code bad_rows}, the app's CSV dialog), it adds how with {@link #orSkip(String)}, so that no
 * message offers a setting the user does not have.
 */
public final class BadRowException extends InputException {

    private static final long serialVersionUID = 1L;

    private final String where;
    private final String problem;
    private final String fix;

    /**
     * @param file    the file
     * @param where   the row or feature, e.g. "row 5" or "record 12"
     * @param problem what is wrong with it
     * @param fix     how to correct it in the data
     */
    public BadRowException(Path file, String where, String problem, String fix) {
        this(file, where, problem, fix, null);
    }

    /** As {@link #BadRowException(Path, String, String, String)}, keeping the low-level cause. */
    public BadRowException(Path file, String where, String problem, String fix, Throwable cause) {
        super(file, where, problem, fix, cause);
        this.where = where;
        this.problem = problem;
        this.fix = fix;
    }

    /**
     * @param how how the caller skips bad rows, e.g. "set bad_rows: skip in facilities[1] to leave such rows out"
     * @return the same failure, its advice ending with "or" and {@code how}
     */
    public BadRowException orSkip(String how) {
        return new BadRowException(file(), where, problem, fix + ", or " + how, getCause());
    }
}
