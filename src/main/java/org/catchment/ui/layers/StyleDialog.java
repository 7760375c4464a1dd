package org.catchment.ui.layers;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.catchment.analysis.MapSpec;
import org.catchment.layer.GeometryKind;
import org.catchment.render.Style;
import org.catchment.render.Symbol;
import org.catchment.ui.common.ScreenImages;
import org.catchment.ui.layers.model.FieldStyleForm;
import org.catchment.ui.layers.model.StyleForm;

/**
 * The Style dialog of a layer: colour pickers, number fields and a preview swatch over a
 * {@link StyleForm}. Every accepted change is applied at once (the map and legend follow); a
 * rejected value is shown in red beside its field and blocks OK. OK keeps the style, Cancel puts
 * back the style the layer had when the dialog opened, Reset goes back to the layer's original.
 * A layer with features also gets a symbology ({@link FieldStylePane}): graduated or categorized
 * by a field, drawn over its own style, applied live as well.
 */
public final class StyleDialog {

    /** The Reset button (left of OK and Cancel). */
    public static final ButtonType RESET = new ButtonType("Reset", ButtonBar.ButtonData.LEFT);
    private static final String STYLESHEET = "/org/catchment/ui/catchment.css";
    private static final String ERROR = "form-error";
    /** Room kept beside a number field for its longest message, so the dialog need not grow. */
    private static final double ERROR_WIDTH_PX = 270;
    private static final int PREVIEW_W_PX = 72;
    private static final int PREVIEW_H_PX = 36;

    private final StyleForm form;
    private final Map<StyleForm.Field, String> errors = new EnumMap<>(StyleForm.Field.class);
    private final Map<StyleForm.Field, TextField> typed = new EnumMap<>(StyleForm.Field.class);
    private final Map<StyleForm.Field, Label> errorLabels = new EnumMap<>(StyleForm.Field.class);
    private final ColorPicker fill = new ColorPicker();
    private final CheckBox noFill = new CheckBox("None");
    private final ColorPicker outline = new ColorPicker();
    private final CheckBox noOutline = new CheckBox("None");
    private final TextField width = new TextField();
    private final CheckBox dashed = new CheckBox();
    private final ComboBox<Symbol> symbol = new ComboBox<>();
    private final TextField size = new TextField();
    private final TextField opacity = new TextField();
    private final ImageView preview = new ImageView();
    private boolean showing;

    private StyleDialog(StyleForm form) {
        this.form = form;
    }

    /**
     * Shows the dialog and waits.
     *
     * @param layerName the layer's name, for the header
     * @param form      the style being edited
     * @param apply     gives the layer a style (called live, and with the old style on Cancel)
     * @return true if the user pressed OK
     */
    static boolean edit(Window owner, String layerName, StyleForm form, Consumer<Style> apply) {
        return edit(owner, layerName, form, apply, null, s -> { });
    }

    /**
     * Shows the dialog with its symbology (single symbol, graduated, categorized) and waits.
     *
     * @param fieldForm  the style by field, or null for a layer that cannot have one
     * @param applyField gives the layer a style by field (null: its single style), live, and the old
     *                   one on Cancel
     * @return true if the user pressed OK
     */
    static boolean edit(Window owner, String layerName, StyleForm form, Consumer<Style> apply,
                        FieldStyleForm fieldForm, Consumer<MapSpec.FieldStyleSpec> applyField) {
        Style before = form.style();
        MapSpec.FieldStyleSpec fieldBefore = fieldForm == null ? null : fieldForm.spec();
        StyleDialog view = new StyleDialog(form);
        FieldStylePane byField = fieldForm == null ? null : new FieldStylePane(fieldForm, form.kind(), form::style);
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Catchment");
        dialog.setHeaderText("Style of " + layerName);
        dialog.getDialogPane().getStylesheets().add(StyleDialog.class.getResource(STYLESHEET).toExternalForm());
        if (byField == null) {
            dialog.getDialogPane().setContent(view.grid());
        } else {
            Label own = new Label("Outline, width and opacity (and the fill of a single symbol)");
            own.getStyleClass().add("field-label");
            dialog.getDialogPane().setContent(new VBox(10, byField, new Separator(), own, view.grid()));
            fieldForm.onChange(spec -> {
                try {
                    applyField.accept(spec);
                } catch (IllegalArgumentException refused) {
                    // the pane shows why (its preview makes the same classes)
                }
            });
        }
        dialog.getDialogPane().getButtonTypes().addAll(RESET, ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("styleDialog");
        dialog.getDialogPane().lookupButton(RESET).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            form.reset();
            view.errors.clear();
            view.show();
        });
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            if (!view.errors.isEmpty() || byField != null && byField.hasError()) {
                e.consume();
            }
        });
        form.onChange(s -> {
            apply.accept(s);
            view.show();
            if (byField != null) {
                byField.show();
            }
        });
        view.show();
        dialog.setResultConverter(b -> b == ButtonType.OK);
        boolean ok = dialog.showAndWait().orElse(false);
        if (!ok) {
            apply.accept(before);
            if (fieldForm != null) {
                applyField.accept(fieldBefore);
            }
        }
        return ok;
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        fill.setId("styleFill");
        noFill.setId("styleNoFill");
        outline.setId("styleOutline");
        noOutline.setId("styleNoOutline");
        width.setId("styleWidth");
        dashed.setId("styleDashed");
        symbol.setId("styleSymbol");
        size.setId("styleSize");
        opacity.setId("styleOpacity");
        preview.setId("stylePreview");
        symbol.getItems().setAll(Symbol.values());
        symbol.setCellFactory(v -> new SymbolCell());
        symbol.setButtonCell(new SymbolCell());
        for (TextField t : new TextField[] {width, size, opacity}) {
            t.setPrefColumnCount(5);
        }
        fill.valueProperty().addListener((o, was, now) -> edit(null, () -> form.setFill(awt(now))));
        noFill.setOnAction(e -> edit(null, () -> form.setFill(noFill.isSelected() ? null : awt(fill.getValue()))));
        outline.valueProperty().addListener((o, was, now) -> edit(null, () -> form.setOutline(awt(now))));
        noOutline.setOnAction(e -> edit(null, () ->
                form.setOutline(noOutline.isSelected() ? null : awt(outline.getValue()))));
        dashed.setOnAction(e -> edit(null, () -> form.setDashed(dashed.isSelected())));
        symbol.valueProperty().addListener((o, was, now) -> edit(null, () -> form.setSymbol(now)));
        width.textProperty().addListener((o, was, now) -> edit(StyleForm.Field.WIDTH, () -> form.setWidth(now)));
        size.textProperty().addListener((o, was, now) -> edit(StyleForm.Field.SIZE, () -> form.setSize(now)));
        opacity.textProperty().addListener((o, was, now) ->
                edit(StyleForm.Field.OPACITY, () -> form.setOpacity(now)));
        int row = 0;
        for (StyleForm.Field f : form.fields()) {
            Label label = new Label(form.label(f));
            label.getStyleClass().add("field-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            Node control = switch (f) {
                case SYMBOL -> symbol;
                case SIZE -> withError(size, f);
                case FILL -> new HBox(8, fill, noFill);
                case OUTLINE -> form.kind() == GeometryKind.LINE ? outline : new HBox(8, outline, noOutline);
                case WIDTH -> withError(width, f);
                case DASHED -> dashed;
                case OPACITY -> withError(opacity, f);
            };
            grid.addRow(row++, label, control);
        }
        Label previewLabel = new Label("Preview");
        previewLabel.getStyleClass().add("field-label");
        StackPane framed = new StackPane(preview);
        framed.getStyleClass().add("style-preview");
        framed.setMaxWidth(Region.USE_PREF_SIZE);
        GridPane.setHalignment(framed, javafx.geometry.HPos.LEFT);
        grid.addRow(row, previewLabel, framed);
        return grid;
    }

    /** @return a typed field with its error label beside it */
    private HBox withError(TextField field, StyleForm.Field f) {
        Label error = new Label();
        error.getStyleClass().add(ERROR);
        error.setId(field.getId() + "Error");
        error.setPrefWidth(ERROR_WIDTH_PX);
        error.setMinWidth(Region.USE_PREF_SIZE);
        field.setMinWidth(Region.USE_PREF_SIZE);
        typed.put(f, field);
        errorLabels.put(f, error);
        HBox box = new HBox(8, field, error);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Runs a change; for a typed field, records or clears its error. Ignored while the controls are being set. */
    private void edit(StyleForm.Field typedField, Runnable change) {
        if (showing) {
            return;
        }
        try {
            change.run();
            if (typedField != null) {
                errors.remove(typedField);
            }
        } catch (IllegalArgumentException bad) {
            if (typedField == null) {
                throw bad;
            }
            errors.put(typedField, bad.getMessage());
        }
        showErrors();
    }

    /** Sets every control from the form (without feeding the values back) and redraws the preview. */
    private void show() {
        showing = true;
        try {
            fill.setValue(fx(form.style().fill(), fill.getValue()));
            noFill.setSelected(form.fill() == null);
            fill.setDisable(form.fill() == null);
            outline.setValue(fx(form.outline(), outline.getValue()));
            noOutline.setSelected(form.outline() == null);
            outline.setDisable(form.outline() == null);
            dashed.setSelected(form.dashed());
            symbol.setValue(form.symbol());
            setUnlessError(width, StyleForm.Field.WIDTH, form.widthPt());
            setUnlessError(size, StyleForm.Field.SIZE, form.sizePt());
            setUnlessError(opacity, StyleForm.Field.OPACITY, form.opacityPercent());
            preview.setImage(ScreenImages.swatch(form.style(), form.kind(), PREVIEW_W_PX, PREVIEW_H_PX));
        } finally {
            showing = false;
        }
        showErrors();
    }

    private void setUnlessError(TextField field, StyleForm.Field f, double value) {
        if (!errors.containsKey(f) && !matches(field.getText(), value)) {
            field.setText(StyleForm.format(value));
        }
    }

    private static boolean matches(String text, double value) {
        try {
            return Double.parseDouble(text.replaceAll("(pt|%)\\s*$", "").trim()) == value;
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
    }

    private void showErrors() {
        typed.forEach((f, field) -> {
            String message = errors.get(f);
            errorLabels.get(f).setText(message == null ? "" : message);
            field.getStyleClass().remove(ERROR);
            if (message != null) {
                field.getStyleClass().add(ERROR);
            }
        });
    }

    /** @return the AWT colour of a JavaFX one, alpha included */
    static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }

    private static Color fx(java.awt.Color c, Color keep) {
        return c == null ? (keep == null ? Color.GREY : keep) : ScreenImages.fx(c, Color.GREY);
    }

    /** Lists symbols by name. */
    private static final class SymbolCell extends ListCell<Symbol> {
        @Override
        protected void updateItem(Symbol item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : StyleForm.name(item));
        }
    }
}
