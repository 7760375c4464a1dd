package org.catchment.ui.map;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.catchment.ui.map.model.CoordinateEntry;
import org.locationtech.jts.geom.Coordinate;

/**
 * The Go to coordinate dialog: an easting and northing in the map's CRS, or a longitude and
 * latitude; a value that cannot be used is said in red and keeps the dialog open.
 */
public final class GoToDialog {

    /** Turns what was typed into a point on the map ({@link CoordinateEntry#parse} with the map's CRS). */
    @FunctionalInterface
    public interface Parser {
        /**
         * @return the point in the map's CRS
         * @throws IllegalArgumentException worded for the dialog
         */
        Coordinate parse(String x, String y, CoordinateEntry.Axes axes);
    }

    private GoToDialog() {
    }

    /**
     * @param crsLabel the map's CRS, as the dialog names it ("EPSG:32630")
     * @param at       the point shown now (the fields start from it)
     * @return the point to go to, in the map's CRS, or empty when cancelled
     */
    public static Optional<Coordinate> ask(Window owner, String crsLabel, Coordinate at, Parser parser) {
        Dialog<Coordinate> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Catchment");
        dialog.setHeaderText("Go to a coordinate");
        ChoiceBox<String> axes = new ChoiceBox<>();
        String map = "Easting, northing (" + crsLabel + ", metres)";
        axes.getItems().setAll(map, "Longitude, latitude (WGS 84, degrees)");
        axes.setValue(map);
        axes.setId("gotoAxes");
        TextField x = new TextField(String.format(java.util.Locale.ROOT, "%.0f", at.x));
        TextField y = new TextField(String.format(java.util.Locale.ROOT, "%.0f", at.y));
        x.setId("gotoX");
        y.setId("gotoY");
        Label xLabel = new Label("Easting");
        Label yLabel = new Label("Northing");
        axes.valueProperty().addListener((o, was, now) -> {
            boolean degrees = !now.equals(map);
            xLabel.setText(degrees ? "Longitude (west is negative)" : "Easting");
            yLabel.setText(degrees ? "Latitude" : "Northing");
        });
        Label error = new Label();
        error.setId("gotoError");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.setMaxWidth(380);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Given as"), axes);
        grid.addRow(1, xLabel, x);
        grid.addRow(2, yLabel, y);
        grid.add(error, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("gotoDialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Coordinate[] result = new Coordinate[1];
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                result[0] = parser.parse(x.getText(), y.getText(), axes.getValue().equals(map)
                        ? CoordinateEntry.Axes.MAP : CoordinateEntry.Axes.LON_LAT);
            } catch (IllegalArgumentException | org.catchment.CatchmentException bad) {
                error.setText(bad.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? result[0] : null);
        return dialog.showAndWait();
    }
}
