package org.catchment.ui.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.catchment.CatchmentException;
import org.catchment.ui.model.CrashReport;

/**
 * The app's message boxes. Errors show the user-facing message of a {@link CatchmentException} as
 * it is, never with a Java class name ({@link CatchmentException#withoutClassNames}); anything else
 * is unexpected (a bug) and goes to the {@link CrashHandler}: one line without Java class names, the
 * details copied on request and written to the log file.
 */
public final class Dialogs {

    /** The answer to "save changes?". */
    public enum SaveChoice {
        /** Save, then go on. */
        SAVE,
        /** Go on without saving. */
        DISCARD,
        /** Stay. */
        CANCEL
    }

    private Dialogs() {
    }

    /** @return the message to show for a failure: the CatchmentException's own, else the crash report's one line */
    public static String message(Throwable e) {
        CatchmentException c = userError(e);
        return c != null ? CatchmentException.withoutClassNames(c.getMessage()) : CrashReport.of(e, null).reason();
    }

    /**
     * Shows an error and waits for OK: a {@link CatchmentException}'s message, or for an unexpected
     * error the crash dialog ({@link CrashHandler#report}).
     */
    public static void error(Window owner, String header, Throwable e) {
        if (userError(e) == null) {
            CrashHandler.report(owner, header, e);
        } else {
            error(owner, header, message(e));
        }
    }

    /** @return the CatchmentException in the error's causes, or null when there is none */
    private static CatchmentException userError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CatchmentException c) {
                return c;
            }
        }
        return null;
    }

    /** Shows an error message and waits for OK. */
    public static void error(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Catchment");
        alert.setHeaderText(header);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setId("errorMessage");
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().getStyleClass().add("catchment-dialog");
        alert.showAndWait();
    }

    /** Shows information and waits for OK. */
    public static void info(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Catchment");
        alert.setHeaderText(header);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setId("infoMessage");
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    /** @return true if the user answers OK */
    public static boolean confirm(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Catchment");
        alert.setHeaderText(header);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** Asks whether to save unsaved changes before going on. */
    public static SaveChoice askSave(Window owner, String name) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.",
                save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Catchment");
        alert.setHeaderText("Save the changes to \u201c" + name + "\u201d?");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return SaveChoice.CANCEL;
        }
        return answer.get() == save ? SaveChoice.SAVE : SaveChoice.DISCARD;
    }
}
