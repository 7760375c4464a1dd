package org.catchment.ui.form;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.catchment.analysis.SpecRules.Limit;

/**
 * The small building blocks the analysis panel's sections share: a labelled grid, section titles
 * and a text field that writes to the form when committed (Enter or leaving the field).
 */
final class FormControls {

    private FormControls() {
    }

    /** @return a two-column grid for label / field rows */
    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        return g;
    }

    /** Adds a row "label: field" to a grid, the field taking the spare width. */
    static void row(GridPane g, int row, String label, Node field) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        g.add(l, 0, row);
        g.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    /** @return a section title */
    static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /** @return a small muted column header */
    static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("column-header");
        return l;
    }

    /** @return a small button that keeps its whole text when space is short */
    static javafx.scene.control.Button toolButton(String text) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(text);
        b.getStyleClass().add("tool-button");
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** @return a muted line of explanation that wraps */
    static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        l.setWrapText(true);
        return l;
    }

    /**
     * Writes a field's text to the form on Enter and when the field loses focus.
     *
     * @param field   the field
     * @param setter  the form's setter (may throw IllegalArgumentException)
     * @param editing runs the edit, showing a rejected value's message; skipped while syncing
     */
    static void commit(TextField field, Consumer<String> setter, Consumer<Runnable> editing) {
        Runnable apply = () -> editing.accept(() -> setter.accept(field.getText()));
        field.setOnAction(e -> apply.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                apply.run();
            }
        });
    }

    /** Shows the values a field takes, from the rules, in its tooltip: e.g. "0.5 to 10 km/h. 4.8 km/h ... figure". */
    static void limits(TextField field, Limit limit) {
        field.setTooltip(new Tooltip(limit.range().text() + ". " + limit.advice()));
    }

    /** @return the text as a number, or an IllegalArgumentException naming the field */
    static double number(String text, String what) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, not '" + text.trim() + "'");
        }
    }

    /** @return the text as a whole number, or an IllegalArgumentException naming the field */
    static int wholeNumber(String text, String what) {
        try {
            return Integer.parseInt(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, not '" + text.trim() + "'");
        }
    }
}
