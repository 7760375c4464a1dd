package org.catchment.ui.common;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * The columns of the app's tables of results (the run's coverage and deserts, a scenario's
 * comparison): a text column, and a number column right-aligned by the {@code number-column} style
 * class, formatted in UK style ("1,850", "57.8"), with an en dash for a missing value (no population
 * data, say).
 */
public final class TableColumns {

    /** The preferred width of a number column, pixels. */
    private static final double NUMBER_WIDTH = 80;

    private TableColumns() {
    }

    /**
     * @param title the column's heading
     * @param value the row's text
     * @param width the preferred width, pixels
     */
    public static <R> TableColumn<R, String> text(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /**
     * @param title  the column's heading
     * @param value  the row's number, or null when it has none (shown as an en dash)
     * @param format its format ({@code "%,.0f"}, {@code "%.1f"})
     */
    public static <R> TableColumn<R, Double> number(String title, Function<R, Double> value, String format) {
        TableColumn<R, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "\u2013" : String.format(Locale.UK, format, item));
            }
        });
        c.getStyleClass().add("number-column");
        c.setPrefWidth(NUMBER_WIDTH);
        return c;
    }
}
