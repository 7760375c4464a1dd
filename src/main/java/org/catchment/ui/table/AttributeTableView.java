package org.catchment.ui.table;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.catchment.ui.common.Background;
import org.catchment.ui.common.Dialogs;
import org.catchment.ui.table.model.AttributeTable;

/**
 * A layer's attribute table under the map: a filter box (CQL, as the analysis file writes filters),
 * a quick search, the rows (sortable by any column, a virtualised table: only the cells in sight
 * are made), the count of rows shown, and Zoom to selection, Export CSV and Close. Selecting rows
 * tells the window, which outlines the features on the map and zooms to them; a feature clicked
 * on the map is selected here ({@link #selectFeature}). A view of {@link AttributeTable}.
 */
public final class AttributeTableView extends VBox {

    private final TableView<Integer> table = new TableView<>();
    private final ObservableList<Integer> rows = FXCollections.observableArrayList();
    private final Label title = new Label();
    private final Label count = new Label();
    private final TextField filter = new TextField();
    private final Label filterError = new Label();
    private final TextField search = new TextField();
    private final BiConsumer<List<Integer>, Boolean> onSelect;
    private final Consumer<String> status;
    private Runnable onClose = () -> { };
    private AttributeTable model;
    private boolean selectingFromMap;

    /**
     * @param onSelect told the selected features (their indices in the layer) and whether the user
     *                 chose them here (true: zoom to them) or on the map (false)
     * @param status   shows a line in the status bar
     */
    public AttributeTableView(BiConsumer<List<Integer>, Boolean> onSelect, Consumer<String> status) {
        super(4);
        this.onSelect = onSelect;
        this.status = status;
        setId("attributeTablePane");
        getStyleClass().add("attribute-table");
        title.getStyleClass().add("panel-title");
        table.setId("attributeTable");
        table.setItems(rows);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No feature matches."));
        table.setOnSort(e -> {
            e.consume();
            sortAsShown();
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Integer>) c -> selected());
        filter.setId("tableFilter");
        filter.setPromptText("Filter (CQL), e.g. name = 'North' or \"Area name\" LIKE 'St%'");
        filter.setTooltip(new Tooltip("A CQL filter, as the analysis file's filter keys take: press Enter"));
        filter.setOnAction(e -> applyFilter());
        filterError.setId("tableFilterError");
        filterError.getStyleClass().add("form-error");
        search.setId("tableSearch");
        search.setPromptText("Search");
        search.textProperty().addListener((o, was, now) -> {
            if (model != null) {
                model.setSearch(now);
                refresh();
            }
        });
        count.setId("tableCount");
        Button zoom = button("Zoom to selection", "Show the selected features on the map", this::zoomToSelection);
        Button export = button("Export CSV\u2026", "Write the rows shown (filtered and sorted) as a CSV file",
                this::export);
        export.setId("tableExport");
        Button close = button("\u2715", "Close the attribute table", () -> onClose.run());
        close.setId("tableClose");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(filter, Priority.SOMETIMES);
        filter.setPrefColumnCount(28);
        search.setPrefColumnCount(12);
        HBox bar = new HBox(8, title, count, gap, filter, search, zoom, export, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("table-bar");
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, filterError, table);
        filterError.managedProperty().bind(filterError.textProperty().isNotEmpty());
    }

    /** @param listener called when the user closes the table */
    public void setOnClose(Runnable listener) {
        onClose = listener;
    }

    /** Shows a layer's table (its columns, every row, no filter). */
    public void show(AttributeTable table) {
        model = table;
        title.setText(table.name());
        filter.clear();
        search.clear();
        filterError.setText("");
        this.table.getSortOrder().clear();
        this.table.getColumns().setAll(columns());
        refresh();
    }

    /** @return the table shown, or null */
    public AttributeTable model() {
        return model;
    }

    /** @return the table control (for tests) */
    public TableView<Integer> table() {
        return table;
    }

    /** @return the features selected, in the layer's numbering */
    public List<Integer> selectedFeatures() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    /**
     * Selects the row of a feature clicked on the map (or none, for -1 or a feature the filter hides)
     * and scrolls to it; the map is told, without zooming.
     */
    public void selectFeature(int feature) {
        int row = model == null || feature < 0 ? -1 : model.rowOf(feature);
        selectingFromMap = true;
        try {
            if (row < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().clearAndSelect(row);
                table.scrollTo(Math.max(0, row - 2));
            }
        } finally {
            selectingFromMap = false;
        }
        if (row < 0 && feature >= 0) {
            status.accept("The feature clicked is not among the rows the filter shows.");
        }
    }

    private List<TableColumn<Integer, String>> columns() {
        List<TableColumn<Integer, String>> out = new ArrayList<>();
        for (int c = 0; c < model.columns().size(); c++) {
            int column = c;
            TableColumn<Integer, String> col = new TableColumn<>(model.columns().get(c));
            col.setId("column-" + model.columns().get(c));
            col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(AttributeTable.format(
                    model.value(cell.getValue(), column))));
            col.setPrefWidth(Math.max(80, Math.min(220, 9 * model.columns().get(c).length() + 30)));
            out.add(col);
        }
        return out;
    }

    private void sortAsShown() {
        if (model == null) {
            return;
        }
        if (table.getSortOrder().isEmpty()) {
            model.sortBy(-1, true);
        } else {
            TableColumn<Integer, ?> col = table.getSortOrder().get(0);
            model.sortBy(table.getColumns().indexOf(col), col.getSortType() == TableColumn.SortType.ASCENDING);
        }
        refresh();
    }

    private void applyFilter() {
        try {
            model.setFilter(filter.getText());
            filterError.setText("");
            filter.getStyleClass().remove("form-error");
            refresh();
        } catch (IllegalArgumentException e) {
            filterError.setText(capitalised(e.getMessage()));
            if (!filter.getStyleClass().contains("form-error")) {
                filter.getStyleClass().add("form-error");
            }
        }
    }

    /** Shows the model's rows again, keeping the selected features selected where still shown. */
    private void refresh() {
        List<Integer> selected = selectedFeatures();
        selectingFromMap = true;
        try {
            rows.setAll(IntStream.range(0, model.rowCount()).map(model::featureAt).boxed().toList());
            table.getSelectionModel().clearSelection();
            for (int f : selected) {
                int row = model.rowOf(f);
                if (row >= 0) {
                    table.getSelectionModel().select(row);
                }
            }
        } finally {
            selectingFromMap = false;
        }
        count.setText(model.rowCount() == model.featureCount() ? model.featureCount() + " features"
                : model.rowCount() + " of " + model.featureCount() + " features");
        onSelect.accept(selectedFeatures(), false);
    }

    private void selected() {
        if (model != null) {
            onSelect.accept(selectedFeatures(), !selectingFromMap);
        }
    }

    private void zoomToSelection() {
        if (model != null && !selectedFeatures().isEmpty()) {
            onSelect.accept(selectedFeatures(), true);
        }
    }

    private void export() {
        if (model == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the table as CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV file", "*.csv"));
        chooser.setInitialFileName(model.name().replaceAll("[^A-Za-z0-9_-]+", "_") + ".csv");
        File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            exportTo(f.toPath());
        }
    }

    /** Writes the rows shown as CSV in the background and says so in the status bar. */
    public void exportTo(Path target) {
        AttributeTable shown = model;
        Background.run("table-csv", () -> shown.writeCsv(target),
                n -> status.accept("Exported " + n + " rows of " + shown.name() + " to " + target),
                e -> Dialogs.error(getScene().getWindow(), "The table could not be exported", e));
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
