package org.catchment.ui.results;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.catchment.ui.common.TableColumns;
import org.catchment.ui.results.model.ResultRows;

/**
 * The results: a sortable table of coverage per ward, type and band, and one of the deserts with
 * their missing types and residents. Selecting a desert tells the listener (the map highlights it).
 */
public final class ResultsView extends VBox {

    private final TableView<ResultRows.Coverage> coverage = new TableView<>();
    private final TableView<ResultRows.DesertRow> deserts = new TableView<>();
    private final Label summary = new Label("Run the analysis to see its results.");
    private final Label warnings = new Label();
    private final Label notes = new Label();
    private final Label detail = new Label();
    private final TabPane tabs = new TabPane();

    /** @param onDesert told the selected desert row (null when none is selected) */
    public ResultsView(Consumer<ResultRows.DesertRow> onDesert) {
        getStyleClass().add("results-view");
        setSpacing(6);
        setPadding(new Insets(8));
        coverage.setId("coverageTable");
        deserts.setId("desertTable");
        summary.setWrapText(true);
        summary.setId("resultsSummary");
        warnings.setWrapText(true);
        warnings.getStyleClass().add("warnings");
        notes.setWrapText(true);
        notes.getStyleClass().add("notes");
        coverage.getColumns().add(TableColumns.text("Ward", ResultRows.Coverage::ward, 110));
        coverage.getColumns().add(TableColumns.text("Type", ResultRows.Coverage::type, 110));
        coverage.getColumns().add(numberColumn("Band (min)", ResultRows.Coverage::bandMin, "%.0f"));
        coverage.getColumns().add(numberColumn("Area %", ResultRows.Coverage::areaPct, "%.1f"));
        coverage.getColumns().add(numberColumn("Residents %", ResultRows.Coverage::residentsPct, "%.1f"));
        deserts.getColumns().add(numberColumn("No.", r -> (double) r.id(), "%.0f"));
        deserts.getColumns().add(numberColumn("Area (ha)", ResultRows.DesertRow::areaHa, "%.1f"));
        deserts.getColumns().add(numberColumn("Residents", ResultRows.DesertRow::residents, "%,.0f"));
        deserts.getColumns().add(TableColumns.text("Wards", ResultRows.DesertRow::wards, 110));
        deserts.getColumns().add(TableColumns.text("Missing types", ResultRows.DesertRow::missing, 220));
        deserts.getColumns().get(0).setMinWidth(46);
        deserts.getColumns().get(1).setMinWidth(72);
        deserts.getColumns().get(2).setMinWidth(76);
        deserts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        deserts.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ResultRows.DesertRow item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip("Desert " + item.id()
                        + ": missing " + item.missing() + (item.partly().isEmpty() ? "" : "\nMissing in parts: " + item.partly())
                        + "\nWards: " + item.wards()));
            }
        });
        coverage.setPlaceholder(new Label("No results yet"));
        deserts.setPlaceholder(new Label("No deserts (or no run yet)"));
        deserts.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            detail.setText(now == null ? "Select a desert to see it on the map." : describe(now));
            onDesert.accept(now);
        });
        detail.setWrapText(true);
        detail.setId("desertDetail");
        detail.getStyleClass().add("desert-detail");
        detail.setText("Select a desert to see it on the map.");
        VBox.setVgrow(deserts, Priority.ALWAYS);
        Tab d = new Tab("Deserts", new VBox(6, deserts, detail));
        Tab c = new Tab("Ward coverage", coverage);
        tabs.getTabs().addAll(d, c);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(summary, tabs, warnings, notes);
    }

    /** Shows a run's rows, its one-line summary, its warnings and its notes (what the run did). */
    public void show(List<ResultRows.Coverage> coverageRows, List<ResultRows.DesertRow> desertRows, String text,
                     List<String> warningLines, List<String> noteLines) {
        notes.setText(String.join("\n", noteLines));
        coverage.getItems().setAll(coverageRows);
        deserts.getItems().setAll(desertRows);
        summary.setText(text);
        warnings.setText(warningLines.isEmpty() ? "" : "Warnings:\n\u2022 " + String.join("\n\u2022 ", warningLines));
    }

    /** @return a desert row in words: number, area, residents, wards, missing types, types missing in parts */
    public static String describe(ResultRows.DesertRow r) {
        StringBuilder s = new StringBuilder(String.format(Locale.UK, "Desert %d: %.1f ha", r.id(), r.areaHa()));
        if (r.residents() != null) {
            s.append(String.format(Locale.UK, ", %,.0f residents", r.residents()));
        }
        s.append(" in ").append(r.wards()).append(".\nMissing: ").append(r.missing()).append('.');
        if (!r.partly().isEmpty()) {
            s.append("\nMissing in parts: ").append(r.partly()).append('.');
        }
        return s.toString();
    }

    /**
     * Adds a tab after the run's tables (the what-if comparison of a scenario with the baseline).
     *
     * @param title   the tab's title
     * @param content what it shows
     */
    public void addTab(String title, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId("resultsTab-" + title);
        tabs.getTabs().add(t);
    }

    /** Brings the tab of that title to the front, if there is one. */
    public void selectTab(String title) {
        tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Empties the tables (a new analysis was opened). */
    public void clear() {
        show(List.of(), List.of(), "Run the analysis to see its results.", List.of(), List.of());
    }

    /** @return the deserts table */
    public TableView<ResultRows.DesertRow> desertTable() {
        return deserts;
    }

    /** @return the coverage table */
    public TableView<ResultRows.Coverage> coverageTable() {
        return coverage;
    }

    /** A number column of these tables: never narrower than its figures. */
    private static <R> TableColumn<R, Double> numberColumn(String title, Function<R, Double> value, String format) {
        TableColumn<R, Double> c = TableColumns.number(title, value, format);
        c.setMinWidth(56);
        return c;
    }
}
