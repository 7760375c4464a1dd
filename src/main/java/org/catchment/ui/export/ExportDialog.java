package org.catchment.ui.export;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.catchment.analysis.SpecRules.Limit;

/**
 * Asks which map to export as PNG and at what size and resolution (A4 landscape at 300 dpi by
 * default, as the command line writes), within the analysis file's limits for maps
 * ({@link Limit#MAP_WIDTH}, {@link Limit#MAP_HEIGHT}, {@link Limit#MAP_DPI}).
 */
public final class ExportDialog {

    /**
     * The answer.
     *
     * @param map      the index of the chosen map in the list offered
     * @param widthPx  width, pixels
     * @param heightPx height, pixels
     * @param dpi      resolution, dots per inch
     */
    public record Request(int map, int widthPx, int heightPx, int dpi) {

        /**
         * @param map    the index of the chosen map
         * @param width  the width as typed
         * @param height the height as typed
         * @param dpi    the resolution as typed
         * @return the request
         * @throws IllegalArgumentException naming the field that is not a whole number within its limit
         */
        public static Request of(int map, String width, String height, String dpi) {
            return new Request(map, whole(width, "Width", Limit.MAP_WIDTH), whole(height, "Height", Limit.MAP_HEIGHT),
                    whole(dpi, "Resolution", Limit.MAP_DPI));
        }

        private static int whole(String text, String what, Limit limit) {
            int v;
            try {
                v = Integer.parseInt(text.trim().replace(",", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " must be a whole number, not '" + text.trim() + "'");
            }
            limit.require(v);
            return v;
        }
    }

    private ExportDialog() {
    }

    /**
     * @param maps       the maps offered ("Current map", "Deserts", ...)
     * @param widthPx    the default width
     * @param heightPx   the default height
     * @param dpi        the default resolution
     * @return the request, or empty when cancelled
     */
    public static Optional<Request> ask(Window owner, List<String> maps, int widthPx, int heightPx, int dpi) {
        Dialog<Request> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export map as PNG");
        dialog.setHeaderText("Export a map page (title, legend, scale bar, north arrow) as PNG");
        ChoiceBox<String> map = new ChoiceBox<>();
        map.getItems().setAll(maps);
        map.getSelectionModel().select(0);
        TextField w = new TextField(Integer.toString(widthPx));
        TextField h = new TextField(Integer.toString(heightPx));
        TextField d = new TextField(Integer.toString(dpi));
        w.setId("exportWidth");
        h.setId("exportHeight");
        d.setId("exportDpi");
        Label error = new Label();
        error.getStyleClass().add("form-error");
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        g.addRow(0, new Label("Map"), map);
        g.addRow(1, new Label("Width (px)"), w);
        g.addRow(2, new Label("Height (px)"), h);
        g.addRow(3, new Label("Resolution (dpi)"), d);
        g.add(new Label(Limit.MAP_WIDTH.advice()), 0, 4, 2, 1);
        g.add(error, 0, 5, 2, 1);
        dialog.getDialogPane().setContent(g);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                parse(map, w, h, d);
            } catch (IllegalArgumentException x) {
                error.setText(x.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? parse(map, w, h, d) : null);
        return dialog.showAndWait();
    }

    private static Request parse(ChoiceBox<String> map, TextField w, TextField h, TextField d) {
        return Request.of(Math.max(0, map.getSelectionModel().getSelectedIndex()), w.getText(), h.getText(),
                d.getText());
    }
}
