package org.catchment.ui.common;

import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.catchment.ui.model.CrashReport;

/**
 * The dialog of an unexpected error ({@link CrashReport}): its one-line reason, where the log file
 * is, and "Copy details", which puts the bug report (stack trace included) on the clipboard. The
 * details are never shown in the dialog.
 */
public final class CrashDialog {

    /** The button that copies the details; it leaves the dialog open. */
    public static final ButtonType COPY = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);

    private CrashDialog() {
    }

    /**
     * Shows the dialog and waits until it is closed.
     *
     * @param owner  the window it belongs to, or null
     * @param header what failed ("The analysis could not be opened"), or null for a general heading
     * @param report the error
     * @param log    the log file holding the details, or null when there is none
     */
    public static void show(Window owner, String header, CrashReport report, Path log) {
        Alert alert = new Alert(Alert.AlertType.ERROR, null, COPY, ButtonType.CLOSE);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle("Catchment");
        alert.setHeaderText(header == null ? "Something went wrong" : header);
        Label reason = new Label(report.reason());
        reason.setWrapText(true);
        reason.setId("crashReason");
        reason.setMaxWidth(520);
        Label help = new Label("Please tell us about it: Copy details puts a report for the bug tracker on the"
                + " clipboard" + (log == null ? "." : "; it is also in the log file " + log + "."));
        help.setWrapText(true);
        help.setMaxWidth(520);
        help.getStyleClass().add("notes");
        help.setId("crashHelp");
        alert.getDialogPane().setContent(new VBox(10, reason, help));
        alert.getDialogPane().setId("crashDialog");
        alert.getDialogPane().getStyleClass().add("catchment-dialog");
        Button copy = (Button) alert.getDialogPane().lookupButton(COPY);
        copy.setId("copyDetails");
        copy.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(report.details());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
            e.consume();
        });
        alert.showAndWait();
    }
}
