package org.catchment.ui.results;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.catchment.ui.results.model.Identify;
import org.catchment.ui.results.model.PlaceTimes;
import org.locationtech.jts.geom.Coordinate;

/**
 * Identify results: the clicked position, after a run the minutes to the nearest facility of each
 * type (and which; on a tiled result worked out in the background, saying so meanwhile), or why
 * there are none, and a table of the attributes of the features under the cursor.
 */
public final class IdentifyView extends VBox {

    /** One table row: a feature's field and value. */
    public record Row(String layer, String field, String value) {
    }

    private static final String PROMPT = "Click the map to identify what is there.";

    private final Label where = new Label(PROMPT);
    private final GridPane times = new GridPane();
    private final TableView<Row> table = new TableView<>();
    private PlaceTimes.Place shown;
    private Coordinate shownAt;

    /** Makes the empty view. */
    public IdentifyView() {
        getStyleClass().add("identify-view");
        setSpacing(8);
        setPadding(new Insets(8));
        where.setWrapText(true);
        where.getStyleClass().add("section-title");
        times.setHgap(10);
        times.setVgap(4);
        times.setId("placeTimes");
        table.setId("identifyTable");
        table.getColumns().add(column("Layer", Row::layer, 90));
        table.getColumns().add(column("Field", Row::field, 90));
        table.getColumns().add(column("Value", Row::value, 150));
        table.setPlaceholder(new Label("Nothing here"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(where, times, table);
    }

    /**
     * @param at       the clicked point
     * @param hits     the features there
     * @param place    minutes to the nearest facilities, or null before a run or without them
     * @param noTimes  said in place of the minutes when a result has none to give, or null
     */
    public void show(Coordinate at, List<Identify.Hit> hits, PlaceTimes.Place place, String noTimes) {
        shownAt = new Coordinate(at);
        where.setText(String.format(Locale.UK, "E %,.0f  N %,.0f", at.x, at.y));
        if (place != null) {
            showTimes(place);
        } else {
            showNoTimes(noTimes);
        }
        table.getItems().clear();
        for (Identify.Hit h : hits) {
            for (Map.Entry<String, Object> e : h.attributes().entrySet()) {
                table.getItems().add(new Row(h.layer(), e.getKey(), format(e.getValue())));
            }
        }
    }

    /**
     * Says the minutes are being worked out (a tiled result's, from its tile's network opened
     * again in the background), until {@link #showTimes} or {@link #showNoTimes}.
     */
    public void showWorking(String text) {
        shown = null;
        times.getChildren().clear();
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label working = new Label(text, spinner);
        working.setId("placeTimesWorking");
        working.setWrapText(true);
        working.setMaxWidth(340);
        times.add(working, 0, 0, 2, 1);
    }

    /** Shows why there are no minutes here (null: nothing) in place of them. */
    public void showNoTimes(String noTimes) {
        shown = null;
        times.getChildren().clear();
        if (noTimes != null) {
            Label why = new Label(noTimes);
            why.setId("noPlaceTimes");
            why.setWrapText(true);
            why.setMaxWidth(340);
            times.add(why, 0, 0, 2, 1);
        }
    }

    /** Shows the minutes to the nearest facility of each type. */
    public void showTimes(PlaceTimes.Place place) {
        shown = place;
        times.getChildren().clear();
        Label head = new Label(place.node() < 0
                ? String.format(Locale.UK, "Walking time to the nearest facility of each type (no street node within"
                + " %,.0f m)", place.offsetM())
                : String.format(Locale.UK, "Walking time to the nearest facility of each type"
                + " (from the street node %.0f m away)", place.offsetM()));
        head.getStyleClass().add("field-label");
        head.setWrapText(true);
        head.setId("placeTimesHead");
        times.add(head, 0, 0, 2, 1);
        int r = 1;
        for (PlaceTimes.TypeTime t : place.types()) {
            Label type = new Label(t.label());
            type.getStyleClass().add("field-label");
            Label value = new Label(t.text());
            value.getStyleClass().add(t.served() ? "time-near" : "time-far");
            times.add(type, 0, r);
            times.add(value, 1, r++);
        }
    }

    /** @return true while the view says the minutes are being worked out ({@link #showWorking}) */
    public boolean isWorking() {
        return times.getChildren().stream().anyMatch(n -> "placeTimesWorking".equals(n.getId()));
    }

    /** @return the point identified last, or null */
    public Coordinate shownAt() {
        return shownAt == null ? null : new Coordinate(shownAt);
    }

    /** @return the minutes shown now, or null while none are (working, none to give, nothing clicked) */
    public PlaceTimes.Place shownPlace() {
        return shown;
    }

    /** Empties the panel (another analysis was opened, whose features and times are not these). */
    public void clear() {
        shown = null;
        shownAt = null;
        where.setText(PROMPT);
        times.getChildren().clear();
        table.getItems().clear();
    }

    /** @return the attribute table */
    public TableView<Row> table() {
        return table;
    }

    /** @return the grid of walking times */
    public GridPane times() {
        return times;
    }

    private static String format(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e12 ? String.format(Locale.UK, "%,.0f", d)
                    : String.format(Locale.UK, "%,.2f", d);
        }
        return v.toString();
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> value,
                                                   double width) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
