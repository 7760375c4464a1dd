package org.catchment.ui.map;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.catchment.render.MapDocument;
import org.catchment.render.MapLayer;
import org.catchment.render.MapRenderer;
import org.catchment.ui.common.ScreenImages;
import org.catchment.ui.layers.model.LayerStyles;
import org.catchment.ui.map.model.Viewport;
import org.catchment.ui.model.LatestWins;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The map: shows {@link MapRenderer#renderView} images of the current {@link MapDocument} for
 * the current {@link Viewport}. Images are rendered on one background thread, latest request wins
 * ({@link LatestWins}); while a new one is on its way the last image is drawn moved and scaled to
 * the new view, so dragging and zooming respond at once. Drag pans, the wheel zooms about the
 * cursor, a click without a drag reports the clicked point. A basemap's credit is shown in the
 * bottom right corner ({@link #setCredit}).
 */
public final class MapView extends Region {

    /** Screen resolution the map is rendered for, dpi (the app's one screen resolution). */
    public static final double SCREEN_DPI = ScreenImages.DPI;
    /** Zoom factor per wheel notch (40 units of scroll delta). */
    public static final double WHEEL_ZOOM = 1.25;
    private static final double CLICK_SLOP_PX = 4;
    private static final Color BACKGROUND = Color.WHITE;

    /** A rendered image and the view it shows. */
    private record Rendered(Image image, Viewport view, long millis) {
    }

    private final Canvas canvas = new Canvas();
    private final Label credit = new Label();
    private final Viewport viewport = new Viewport(355_000, 398_500, 10, 800, 600);
    private final LatestWins<Rendered> renders = LatestWins.onOwnThread("catchment-map-render", Platform::runLater);
    private Supplier<MapDocument> document;
    private Rendered shown;
    private Highlight highlight;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;
    private Consumer<Coordinate> onCursor = c -> { };
    private Consumer<Coordinate> onClick = c -> { };
    private Consumer<Coordinate> onDoubleClick = c -> { };
    private Runnable onViewChanged = () -> { };
    private Consumer<String> onRenderError = m -> { };
    private long renderCount;

    /** A geometry drawn over the map in a highlight colour, e.g. the selected desert. */
    public record Highlight(Geometry geometry) {
    }

    /** @param document supplies the map to draw (called on the FX thread for each render) */
    public MapView(Supplier<MapDocument> document) {
        this.document = document;
        getStyleClass().add("map-view");
        credit.getStyleClass().add("map-credit");
        credit.setId("basemapCredit");
        credit.setVisible(false);
        credit.setManaged(false);
        credit.setMouseTransparent(true);
        getChildren().addAll(canvas, credit);
        setMinSize(200, 150);
        setFocusTraversable(true);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> onCursor.accept(viewport.toWorld(e.getX(), e.getY())));
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    /** @param listener told the world position under the cursor as it moves */
    public void setOnCursor(Consumer<Coordinate> listener) {
        onCursor = listener;
    }

    /** @param listener told the world position of a click (a press and release without a drag) */
    public void setOnMapClick(Consumer<Coordinate> listener) {
        onClick = listener;
    }

    /** @param listener told the world position of a double-click (after the clicks it is made of) */
    public void setOnMapDoubleClick(Consumer<Coordinate> listener) {
        onDoubleClick = listener;
    }

    /** @param listener told when the view moves or zooms */
    public void setOnViewChanged(Runnable listener) {
        onViewChanged = listener;
    }

    /** @param listener told the message when a render fails */
    public void setOnRenderError(Consumer<String> listener) {
        onRenderError = listener;
    }

    /** @param text the basemap's credit, shown in the map's bottom right corner as its provider asks; null for none */
    public void setCredit(String text) {
        credit.setText(text == null ? "" : text);
        credit.setVisible(text != null);
        requestLayout();
    }

    /** @return the basemap credit shown on the map, or null when none is shown */
    public String credit() {
        return credit.isVisible() ? credit.getText() : null;
    }

    /** @return the view (change it through this class's methods so the map re-renders) */
    public Viewport viewport() {
        return viewport;
    }

    /** Shows all of an extent. */
    public void zoomTo(Envelope extent) {
        viewport.zoomTo(extent);
        viewChanged();
    }

    /** Shows an extent exactly, without a margin (a saved view). */
    public void show(Envelope extent) {
        viewport.fit(extent);
        viewChanged();
    }

    /** Zooms in (factor above 1) or out about the centre of the view. */
    public void zoomBy(double factor) {
        viewport.zoomAbout(factor, viewport.widthPx() / 2.0, viewport.heightPx() / 2.0);
        viewChanged();
    }

    /** @param geometry drawn over the map in the highlight colour, or null for none */
    public void setHighlight(Geometry geometry) {
        highlight = geometry == null ? null : new Highlight(geometry);
        refresh();
    }

    /** @return the current highlight, or null */
    public Highlight highlight() {
        return highlight;
    }

    /** Re-renders the map, e.g. after a layer change (not once disposed). */
    public void refresh() {
        if (getWidth() < 1 || getHeight() < 1 || renders.isShutdown()) {
            return;
        }
        MapDocument doc = document.get();
        Viewport view = viewport.copy();
        Highlight h = highlight;
        renders.submit(() -> render(doc, view, h), this::show, e -> onRenderError.accept(
                e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    /** @return how long the last image shown took to render, milliseconds (-1 before the first) */
    public long lastRenderMillis() {
        return shown == null ? -1 : shown.millis();
    }

    /** @return the number of images shown so far (tests wait on it) */
    public long renderCount() {
        return renderCount;
    }

    /** Stops the render thread (when the window closes). */
    public void dispose() {
        renders.shutdown();
    }

    private static Rendered render(MapDocument doc, Viewport view, Highlight h) {
        long t0 = System.nanoTime();
        MapDocument drawn = h == null ? doc : doc.toBuilder().layer(MapLayer.of("highlight", List.of(h.geometry()),
                LayerStyles.highlight()).withInLegend(false)).build();
        BufferedImage image = MapRenderer.renderView(drawn, view.envelope(), view.widthPx(), view.heightPx(),
                SCREEN_DPI);
        Image fx = SwingFXUtils.toFXImage(image, null);
        return new Rendered(fx, view, (System.nanoTime() - t0) / 1_000_000);
    }

    private void show(Rendered r) {
        shown = r;
        renderCount++;
        paint();
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (shown == null) {
            return;
        }
        Envelope e = shown.view().envelope();
        Coordinate topLeft = viewport.toScreen(e.getMinX(), e.getMaxY());
        Coordinate bottomRight = viewport.toScreen(e.getMaxX(), e.getMinY());
        g.drawImage(shown.image(), topLeft.x, topLeft.y, bottomRight.x - topLeft.x, bottomRight.y - topLeft.y);
    }

    @Override
    protected void layoutChildren() {
        int w = (int) Math.floor(getWidth());
        int h = (int) Math.floor(getHeight());
        if (w != (int) canvas.getWidth() || h != (int) canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            viewport.resize(w, h);
            paint();
            refresh();
        }
        credit.autosize();
        credit.relocate(w - credit.getWidth(), h - credit.getHeight());
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > CLICK_SLOP_PX) {
            dragged = true;
        }
        viewport.pan(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
        paint();
        refresh();
        onCursor.accept(viewport.toWorld(e.getX(), e.getY()));
    }

    private void released(MouseEvent e) {
        if (!dragged && e.getButton() == MouseButton.PRIMARY) {
            onClick.accept(viewport.toWorld(e.getX(), e.getY()));
            if (e.getClickCount() == 2) {
                onDoubleClick.accept(viewport.toWorld(e.getX(), e.getY()));
            }
        } else if (dragged) {
            onViewChanged.run();
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        viewport.zoomAbout(Math.pow(WHEEL_ZOOM, e.getDeltaY() / 40), e.getX(), e.getY());
        viewChanged();
    }

    private void viewChanged() {
        paint();
        refresh();
        onViewChanged.run();
    }
}
