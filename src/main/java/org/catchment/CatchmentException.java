package org.catchment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failure the user can act on. Its message is complete and is shown as it is, never with a
 * stack trace: it names the file (and row or feature) concerned, what is wrong and what to do.
 *
 * <p>Everything below the user interface wraps lower-level exceptions into this type once, at
 * the place where the file or step is known, so callers only ever need to catch this.
 */
public class CatchmentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A Java class name as exceptions print it, qualified or ending in Exception or Error, with a following colon. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:(?:java|javax|jdk|sun|com|org|net|mil|io)\\.(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*"
            + "|[A-Z][\\w$]*(?:Exception|Error))\\b(:\\s*)?");

    /** @param message the complete, user-facing message */
    public CatchmentException(String message) {
        super(message);
    }

    /**
     * The last guard before a message reaches the user (the command line's error line and
     * warnings, the app's error dialog): every Java class name is taken out. One that prefixes a
     * message ({@code java.lang.IllegalStateException: ShapeType changed}) is dropped with its
     * colon; one standing alone becomes "an internal error".
     *
     * @param message a message, possibly built from a low-level exception's text
     * @return the message with no Java class name in it
     */
    public static String withoutClassNames(String message) {
        if (message == null) {
            return "";
        }
        Matcher m = CLASS_NAME.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1) != null ? "" : "an internal error");
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * @param message the complete, user-facing message
     * @param cause   the low-level cause, kept for {@code --debug} output and logs
     */
    public CatchmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
