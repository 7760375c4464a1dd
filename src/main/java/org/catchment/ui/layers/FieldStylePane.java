package org.catchment.ui.layers;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.catchment.analysis.MapSpec.Classes;
import org.catchment.analysis.SpecRules;
import org.catchment.export.FieldClasses;
import org.catchment.layer.GeometryKind;
import org.catchment.render.Style;
import org.catchment.ui.common.ScreenImages;
import org.catchment.ui.layers.model.FieldStyleForm;

/**
 * The symbology part of the Style dialog over a {@link FieldStyleForm}: single symbol, graduated
 * (field, classes, number of classes, colour ramp) or categorized (field, number of categories),
 * and the classes the choice makes, each with its swatch, range or value and number of features.
 * A value refused (a number of classes out of range, text where classes need numbers) is shown
 * in red and {@link #hasError()} blocks OK.
 */
final class FieldStylePane extends VBox {

    private static final int SWATCH_W_PX = 24;
    private static final int SWATCH_H_PX = 14;
    private static final String ERROR = "form-error";

    private final FieldStyleForm form;
    private final GeometryKind kind;
    private final java.util.function.Supplier<Style> base;
    private final ComboBox<FieldStyleForm.Symbology> symbology = new ComboBox<>();
    private final ComboBox<String> field = new ComboBox<>();
    private final ComboBox<Classes> classes = new ComboBox<>();
    private final TextField count = new TextField();
    private final ComboBox<FieldStyleForm.Ramp> ramp = new ComboBox<>();
    private final VBox classList = new VBox(3);
    private final Label error = new Label();
    private final GridPane byField = new GridPane();
    private boolean showing;

    /**
     * @param form the symbology
     * @param kind the layer's geometry kind (for the swatches)
     * @param base the layer's own style now (the classes are drawn over it)
     */
    FieldStylePane(FieldStyleForm form, GeometryKind kind, java.util.function.Supplier<Style> base) {
        super(8);
        this.form = form;
        this.kind = kind;
        this.base = base;
        symbology.setId("styleSymbology");
        field.setId("styleField");
        classes.setId("styleClasses");
        count.setId("styleCount");
        ramp.setId("styleRamp");
        classList.setId("styleClassList");
        error.setId("styleByFieldError");
        error.getStyleClass().add(ERROR);
        error.setWrapText(true);
        error.setMaxWidth(420);
        count.setPrefColumnCount(4);
        symbology.getItems().setAll(FieldStyleForm.Symbology.values());
        classes.getItems().setAll(Classes.NATURAL_BREAKS, Classes.QUANTILES, Classes.DECILES, Classes.EQUAL_INTERVALS);
        classes.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Classes c) {
                return c == null ? "" : words(c);
            }

            @Override
            public Classes fromString(String s) {
                return null;
            }
        });
        ramp.getItems().setAll(FieldStyleForm.RAMPS);
        symbology.valueProperty().addListener((o, was, now) -> edit(() -> form.setSymbology(now)));
        field.valueProperty().addListener((o, was, now) -> edit(() -> form.setField(now)));
        classes.valueProperty().addListener((o, was, now) -> edit(() -> form.setClasses(now)));
        ramp.valueProperty().addListener((o, was, now) -> edit(() -> form.setRamp(now)));
        count.textProperty().addListener((o, was, now) -> edit(() -> form.setCount(parseCount(now))));
        byField.setHgap(8);
        byField.setVgap(6);
        HBox top = new HBox(8, label("Symbology"), symbology);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, byField, classList, error);
        show();
    }

    /** @return true while a value is refused */
    boolean hasError() {
        return !error.getText().isEmpty();
    }

    /** Shows the form again (after the single style changed: the swatches follow). */
    void show() {
        showing = true;
        try {
            symbology.setValue(form.symbology());
            field.getItems().setAll(form.fields());
            field.setValue(form.field());
            classes.setValue(form.classes());
            ramp.setValue(form.ramp());
            if (!count.getStyleClass().contains(ERROR)) {
                count.setText(Integer.toString(form.count()));
            }
            layoutFields();
            showClasses();
        } finally {
            showing = false;
        }
    }

    private void layoutFields() {
        byField.getChildren().clear();
        FieldStyleForm.Symbology s = form.symbology();
        if (s == FieldStyleForm.Symbology.SINGLE) {
            return;
        }
        int row = 0;
        byField.addRow(row++, label("Field"), field);
        if (s == FieldStyleForm.Symbology.GRADUATED) {
            byField.addRow(row++, label("Classes"), classes);
            byField.addRow(row++, label("Number of classes"), count);
            byField.addRow(row, label("Colours"), ramp);
            count.setDisable(form.classes() == Classes.DECILES);
        } else {
            byField.addRow(row, label("Most categories"), count);
            count.setDisable(false);
        }
    }

    private void showClasses() {
        classList.getChildren().clear();
        if (!error.getText().isEmpty() && !count.getStyleClass().contains(ERROR)) {
            error.setText("");
        }
        FieldClasses c;
        try {
            c = form.preview();
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            return;
        }
        if (c == null) {
            return;
        }
        for (int k = 0; k < c.entries().size(); k++) {
            FieldClasses.Entry e = c.entries().get(k);
            ImageView swatch = new ImageView(ScreenImages.swatch(c.styleOf(k, base.get(), kind), kind, SWATCH_W_PX,
                    SWATCH_H_PX));
            Label text = new Label(e.label() + "  (" + e.features() + ")");
            text.setId("styleClass" + k);
            HBox rowBox = new HBox(8, swatch, text);
            rowBox.setAlignment(Pos.CENTER_LEFT);
            classList.getChildren().add(rowBox);
        }
    }

    private void edit(Runnable change) {
        if (showing) {
            return;
        }
        count.getStyleClass().remove(ERROR);
        error.setText("");
        try {
            change.run();
        } catch (IllegalArgumentException bad) {
            error.setText(bad.getMessage());
            if (bad.getMessage().startsWith("The number of classes")) {
                count.getStyleClass().add(ERROR);
            }
        }
        show();
    }

    private static int parseCount(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The number of classes must be a whole number from "
                    + SpecRules.Limit.STYLE_CLASS_COUNT.range().text(), e);
        }
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** @return a classification as the dialog lists it: "Natural breaks (Jenks)" */
    static String words(Classes c) {
        return switch (c) {
            case NATURAL_BREAKS -> "Natural breaks (Jenks)";
            case QUANTILES -> "Quantiles (equal counts)";
            case DECILES -> "Deciles";
            case EQUAL_INTERVALS -> "Equal intervals";
            case CATEGORIES -> "Categories";
        };
    }
}
