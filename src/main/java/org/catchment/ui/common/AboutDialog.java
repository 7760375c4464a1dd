package org.catchment.ui.common;

import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.catchment.About;
import org.catchment.RunLog;

/**
 * Help &gt; About: the version, the Java runtime, the licence and the data credits
 * ({@link About}, as {@code catchment --version} prints them), and where the log file and the
 * settings are, for a bug report.
 */
public final class AboutDialog {

    private AboutDialog() {
    }

    /**
     * Shows the dialog and waits until it is closed.
     *
     * @param owner    the main window
     * @param settings the settings file
     */
    public static void show(Window owner, Path settings) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About Catchment");
        alert.setHeaderText("Catchment " + About.version());
        alert.setGraphic(new ImageView(SwingFXUtils.toFXImage(AppIcon.draw(64), null)));
        Path log = RunLog.current().file();
        VBox content = new VBox(8,
                line("aboutTagline", "Walking catchments of social infrastructure and the deserts between them.", null),
                line("aboutVersion", "Version " + About.version(), null),
                line("aboutRuntime", About.runtime(), null),
                line("aboutLicence", About.licence(), null),
                line("aboutCredits", About.credits(), null),
                line("aboutFiles", "Log file: " + (log == null ? "none" : log) + "\nSettings: " + settings, "notes"));
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("aboutDialog");
        alert.getDialogPane().setPrefWidth(600);
        alert.showAndWait();
    }

    private static Label line(String id, String text, String style) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(560);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }
}
