package org.catchment;

/**
 * A failure the user can act on. Its message is complete and is shown as it is, never with a
 * stack trace: it names the file (and row or feature) concerned, what is wrong and what to do.
 *
 * <p>Everything below the user interface wraps lower-level exceptions into this type once, at
 * the place where the file or step is known, so callers only ever need to catch this.
 */
public class CatchmentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message the complete, user-facing message */
    public CatchmentException(String message) {
        super(message);
    }

    /**
     * @param message the complete, user-facing message
     * @param cause   the low-level cause, kept for {@code --debug} output and logs
     */
    public CatchmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
