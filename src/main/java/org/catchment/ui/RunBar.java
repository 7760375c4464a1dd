package org.catchment.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.catchment.ui.model.AnalysisSession;
import org.catchment.ui.model.AnalysisSession.RunStatus;

/**
 * The run controls under the side panels, in sight whichever panel is in front: Run and Cancel,
 * a progress bar and the current stage (or how the last run ended). A view of the
 * {@link AnalysisSession}'s run status; it never shrinks below its own height.
 */
final class RunBar extends VBox {

    private final Button run = new Button("Run analysis");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label stage = new Label();

    /**
     * @param session  the open analysis, whose run status is shown
     * @param onRun    starts a run
     * @param onCancel cancels the running one
     */
    RunBar(AnalysisSession session, Runnable onRun, Runnable onCancel) {
        super(6);
        getStyleClass().add("run-bar");
        setPadding(new Insets(8, 10, 10, 10));
        setMinHeight(Region.USE_PREF_SIZE);
        run.setId("runButton");
        cancel.setId("cancelButton");
        progress.setId("runProgress");
        stage.setId("runStage");
        run.getStyleClass().add("primary");
        run.setOnAction(e -> onRun.run());
        cancel.setOnAction(e -> onCancel.run());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setMinHeight(Region.USE_PREF_SIZE);
        stage.getStyleClass().add("run-stage");
        stage.setWrapText(true);
        stage.setMinHeight(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, run, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(buttons, progress, stage);
        session.addListener(new AnalysisSession.Listener() {
            @Override
            public void runChanged(RunStatus status) {
                show(status);
            }
        });
        show(session.status());
    }

    private void show(RunStatus status) {
        run.setDisable(status.isRunning());
        cancel.setDisable(status.state() != AnalysisSession.RunState.RUNNING);
        progress.setProgress(status.fraction());
        stage.setText(status.text());
    }
}
