package org.catchment.ui.form;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.catchment.analysis.OutputSpec;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.SpecRules.Limit;
import org.catchment.ui.form.model.AnalysisForm;

/**
 * The analysis panel's output section: the folder File &gt; Export all (and the command line's
 * {@code run}) writes to, and the size and resolution of the PNG maps.
 */
final class OutputSection extends VBox {

    private final TextField dir = new TextField();
    private final TextField width = new TextField();
    private final TextField height = new TextField();
    private final TextField dpi = new TextField();

    /**
     * @param form    the analysis being edited
     * @param chooser the panel's file choosers
     * @param editing runs an edit, showing a rejected value's message
     */
    OutputSection(AnalysisForm form, InputChooser chooser, Consumer<Runnable> editing) {
        super(6);
        dir.setId("outputDir");
        width.setId("mapWidth");
        height.setId("mapHeight");
        dpi.setId("mapDpi");
        for (TextField f : new TextField[] {width, height, dpi}) {
            f.setPrefColumnCount(4);
            f.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        FormControls.commit(dir, form::setOutputDir, editing);
        Consumer<String> size = t -> form.setMapSize(FormControls.wholeNumber(width.getText(), "The map width"),
                FormControls.wholeNumber(height.getText(), "The map height"),
                FormControls.wholeNumber(dpi.getText(), "The resolution"));
        FormControls.limits(width, Limit.MAP_WIDTH);
        FormControls.limits(height, Limit.MAP_HEIGHT);
        FormControls.limits(dpi, Limit.MAP_DPI);
        FormControls.commit(width, size, editing);
        FormControls.commit(height, size, editing);
        FormControls.commit(dpi, size, editing);
        Button browse = FormControls.toolButton("Browse\u2026");
        browse.setOnAction(e -> chooser.folder("Output folder").ifPresent(p -> editing.accept(
                () -> form.setOutputDir(p))));
        HBox dirBox = new HBox(6, dir, browse);
        dirBox.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(dir, Priority.ALWAYS);
        HBox pixels = new HBox(5, width, unit("\u00d7"), height, unit("px,"), dpi, unit("dpi"));
        pixels.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = FormControls.grid();
        FormControls.row(grid, 0, "Folder", dirBox);
        FormControls.row(grid, 1, "Maps", pixels);
        getChildren().addAll(grid, FormControls.hint("A relative folder is beside the analysis file. A4 landscape at"
                + " 300 dpi is 3508 \u00d7 2480 px."));
    }

    private static javafx.scene.control.Label unit(String text) {
        javafx.scene.control.Label l = new javafx.scene.control.Label(text);
        l.getStyleClass().add("field-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /** Shows the spec's output settings. */
    void sync(AnalysisSpec spec) {
        OutputSpec o = spec.output();
        dir.setText(o.dir());
        width.setText(Integer.toString(o.widthPx()));
        height.setText(Integer.toString(o.heightPx()));
        dpi.setText(Integer.toString(o.dpi()));
    }
}
