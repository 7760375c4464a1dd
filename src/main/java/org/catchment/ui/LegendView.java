package org.catchment.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.catchment.layer.GeometryKind;
import org.catchment.render.Style;
import org.locationtech.jts.geom.Geometry;

/**
 * The legend: a symbol and the name of every visible layer, top layer first, drawn from the same
 * styles the renderer uses (polygons as filled squares, hatched layers as outlined ones, lines as
 * a stroke, points as a dot).
 */
public final class LegendView extends VBox {

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
                Label label = new Label(item.name());
                label.getStyleClass().add("legend-label");
                HBox row = new HBox(8, symbol(item), label);
                row.setAlignment(Pos.CENTER_LEFT);
                getChildren().add(row);
            }
        }
    }

    private static Node symbol(LayerItem item) {
        Style s = item.mapLayer().style();
        GeometryKind kind = item.mapLayer().geometries().isEmpty() ? GeometryKind.POLYGON
                : kindOf(item.mapLayer().geometries().get(0));
        double opacity = s.opacity();
        switch (kind) {
            case POINT -> {
                Circle c = new Circle(5, fx(s.fill(), Color.GRAY));
                c.setStroke(fx(s.stroke(), Color.BLACK));
                c.setOpacity(opacity);
                return c;
            }
            case LINE -> {
                Line l = new Line(0, 0, 18, 0);
                l.setStroke(fx(s.stroke(), Color.GRAY));
                l.setStrokeWidth(Math.max(1.5, s.strokeWidthPt() * 96 / 72));
                if (s.dashPt() != null) {
                    l.getStrokeDashArray().addAll(4.0, 3.0);
                }
                return l;
            }
            default -> {
                Rectangle r = new Rectangle(18, 12);
                r.setFill(s.fill() != null ? fx(s.fill(), Color.TRANSPARENT) : Color.TRANSPARENT);
                r.setStroke(fx(s.stroke() != null ? s.stroke() : s.hatchColour(), Color.GRAY));
                r.setStrokeWidth(s.hasHatch() ? 2 : 1);
                r.setOpacity(Math.max(opacity, 0.6));
                return r;
            }
        }
    }

    private static GeometryKind kindOf(Geometry g) {
        GeometryKind k = GeometryKind.of(g);
        return k == null ? GeometryKind.POLYGON : k;
    }

    /** @return the JavaFX colour of an AWT one, or the fallback for null */
    static Color fx(java.awt.Color c, Color fallback) {
        return c == null ? fallback : Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }
}
