package org.catchment.ui.map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.catchment.export.FieldClasses;
import org.catchment.render.MapRenderer;
import org.catchment.render.Style;
import org.catchment.ui.common.ScreenImages;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.layers.model.LayerListModel;

/**
 * The legend: a swatch and the name of every visible layer, top layer first. The swatches are
 * drawn by the renderer ({@link ScreenImages#swatch}, through {@link MapRenderer#renderSwatch}),
 * so they match the map and the exported legend: polygons as boxes with their fill, hatch and
 * outline, lines as a stroke, points as their symbol. A layer styled by a field lists its classes
 * under its name, lowest first.
 */
public final class LegendView extends VBox {

    private static final int SWATCH_W_PX = 24;
    private static final int SWATCH_H_PX = 16;
    private static final double CLASS_INDENT_PX = 12;

    private final LayerListModel model;

    /** @param model the layers */
    public LegendView(LayerListModel model) {
        this.model = model;
        getStyleClass().add("legend");
        model.onChange(this::sync);
        sync();
    }

    private void sync() {
        getChildren().clear();
        Label title = new Label("Legend");
        title.getStyleClass().add("panel-title");
        getChildren().add(title);
        for (LayerItem item : model.items()) {
            if (item.visible() && item.mapLayer().inLegend()) {
                if (item.classes() != null) {
                    classes(item);
                    continue;
                }
                Label label = new Label(item.name());
                label.getStyleClass().add("legend-label");
                HBox row = new HBox(8, symbol(item), label);
                row.setAlignment(Pos.CENTER_LEFT);
                getChildren().add(row);
            }
        }
    }

    /** Adds a layer styled by a field: its name and field, then one row per class, lowest first. */
    private void classes(LayerItem item) {
        FieldClasses c = item.classes();
        Label heading = new Label(item.name() + " (" + c.field() + ")");
        heading.getStyleClass().add("legend-label");
        heading.setId("legend-" + item.name());
        getChildren().add(heading);
        for (int k = 0; k < c.entries().size(); k++) {
            Style style = c.styleOf(k, item.mapLayer().style(), item.kind());
            ImageView swatch = new ImageView(ScreenImages.swatch(style, item.kind(), SWATCH_W_PX, SWATCH_H_PX));
            swatch.setId("legend-" + item.name() + "-" + k);
            Label label = new Label(c.entries().get(k).label());
            label.getStyleClass().add("legend-label");
            HBox row = new HBox(8, swatch, label);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPadding(new Insets(0, 0, 0, CLASS_INDENT_PX));
            getChildren().add(row);
        }
    }

    /** @return the layer's swatch, drawn by the renderer as the exported legend draws it */
    private static Node symbol(LayerItem item) {
        ImageView view = new ImageView(ScreenImages.swatch(item.mapLayer().style(), item.kind(), SWATCH_W_PX, SWATCH_H_PX));
        view.setId("legend-" + item.name());
        return view;
    }
}
