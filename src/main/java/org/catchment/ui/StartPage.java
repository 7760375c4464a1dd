package org.catchment.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.catchment.ui.common.AppIcon;
import org.catchment.ui.model.RecentFiles;

/**
 * What the window shows while no analysis is open: open the sample town (the user's copy in their
 * documents, made the first time), start a new analysis, open an analysis file, or one of the recent
 * files; a recent file that is no longer there is marked missing, and any can be taken off the list.
 */
final class StartPage extends StackPane {

    /** What the page's buttons do. */
    interface Actions {
        /** Copies the sample (the first time) and opens the copy. */
        void openSample();

        /** Starts a new analysis. */
        void newAnalysis();

        /** Asks for an analysis file and opens it. */
        void chooseAndOpen();

        /** Opens a recent file. */
        void open(Path file);

        /** Takes a file off the recent list. */
        void removeRecent(Path file);
    }

    private final Actions actions;
    private final VBox recent = new VBox(2);

    /**
     * @param actions    what the buttons do
     * @param hasSample  whether the sample town came with this Catchment
     * @param sampleCopy where the copy of the sample goes
     */
    StartPage(Actions actions, boolean hasSample, Path sampleCopy) {
        this.actions = actions;
        ImageView icon = new ImageView(SwingFXUtils.toFXImage(AppIcon.draw(56), null));
        Label title = new Label("Catchment");
        title.getStyleClass().add("start-title");
        Label tagline = new Label("Walking catchments of social infrastructure and the deserts between them");
        tagline.getStyleClass().add("start-tagline");
        HBox head = new HBox(14, icon, new VBox(2, title, tagline));
        head.setAlignment(Pos.CENTER_LEFT);

        Button sample = action("startSample", hasSample ? "Open the sample town" : "The sample town is not installed",
                actions::openSample);
        sample.getStyleClass().add("primary");
        sample.setDisable(!hasSample);
        Label sampleNote = note(hasSample ? "Millbrook, a made-up town with seven kinds of facility. The first time"
                + " it is copied into your documents, where you can change it and run it:" : "");
        Label samplePath = note(hasSample ? sampleCopy.toString() : "");
        samplePath.setId("startSampleCopy");
        Button create = action("startNew", "New analysis", actions::newAnalysis);
        Label createNote = note("Choose the roads, the wards and the facility types in the Analysis panel.");
        Button open = action("startOpen", "Open an analysis\u2026", actions::chooseAndOpen);
        Label openNote = note("An analysis file (.yml), made here or written by hand.");
        VBox start = new VBox(6, heading("Start"), sample, new VBox(0, sampleNote, samplePath), create, createNote, open, openNote);

        recent.setId("recentList");
        VBox recentColumn = new VBox(6, heading("Recent analyses"), recent);

        GridPane columns = new GridPane();
        columns.setHgap(36);
        ColumnConstraints left = new ColumnConstraints(260, 300, 320);
        ColumnConstraints right = new ColumnConstraints(300, 440, Double.MAX_VALUE);
        right.setHgrow(Priority.ALWAYS);
        columns.getColumnConstraints().setAll(left, right);
        columns.add(start, 0, 0);
        columns.add(recentColumn, 1, 0);

        VBox card = new VBox(24, head, columns);
        card.getStyleClass().add("start-card");
        card.setMaxWidth(860);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(new StackPane(card));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("start-scroll");
        getChildren().add(scroll);
        getStyleClass().add("start-page");
        setId("startPage");
    }

    /** Shows the recent files, newest first. */
    void showRecent(List<RecentFiles.Entry> entries) {
        recent.getChildren().clear();
        if (entries.isEmpty()) {
            recent.getChildren().add(note("The analyses you open or save are listed here."));
        }
        for (int i = 0; i < entries.size(); i++) {
            recent.getChildren().add(row(i, entries.get(i)));
        }
    }

    private HBox row(int i, RecentFiles.Entry e) {
        Path file = e.file();
        Hyperlink name = new Hyperlink(file.getFileName() == null ? file.toString() : file.getFileName().toString());
        name.setId("recent-" + i);
        name.setOnAction(a -> actions.open(file));
        name.setDisable(e.missing());
        name.getStyleClass().add("recent-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Path parent = file.getParent();
        Label folder = new Label(parent == null ? "" : parent.toString());
        folder.getStyleClass().add("recent-folder");
        folder.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        folder.setTooltip(new Tooltip(file.toString()));
        VBox text = new VBox(0, name, folder);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(6, text);
        if (e.missing()) {
            Label missing = new Label("missing");
            missing.setId("recentMissing-" + i);
            missing.getStyleClass().add("recent-missing");
            missing.setMinWidth(Region.USE_PREF_SIZE);
            missing.setTooltip(new Tooltip(file + " is no longer there"));
            row.getChildren().add(missing);
        }
        Button remove = new Button("\u00d7");
        remove.setId("recentRemove-" + i);
        remove.getStyleClass().add("recent-remove");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setTooltip(new Tooltip("Take it off the list (the file is not deleted)"));
        remove.setOnAction(a -> actions.removeRecent(file));
        row.getChildren().add(remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("recent-row");
        return row;
    }

    private static Button action(String id, String text, Runnable run) {
        Button b = new Button(text);
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.getStyleClass().add("start-action");
        b.setOnAction(e -> run.run());
        return b;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("start-heading");
        return l;
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("notes");
        return l;
    }
}
