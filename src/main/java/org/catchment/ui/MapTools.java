package org.catchment.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.MapSpec;
import org.catchment.io.csv.PostcodeLookup;
import org.catchment.layer.Crs;
import org.catchment.ui.common.Background;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.layers.model.LayerListModel;
import org.catchment.ui.layers.model.MapState;
import org.catchment.ui.layers.model.PlaceSearch;
import org.catchment.ui.map.GoToDialog;
import org.catchment.ui.map.MapView;
import org.catchment.ui.map.model.CoordinateEntry;
import org.catchment.ui.map.model.Measurement;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The map's tools beside Identify: measuring a distance or an area (clicks add points, a
 * double-click finishes, Esc stops; in the map's CRS, metres), finding a ward, facility or postcode
 * by name and going to a coordinate (each place found is outlined and zoomed to); and the map's
 * state as the analysis file's {@code map} section saves it.
 */
final class MapTools {

    /** What a click on the map does. */
    enum Tool {
        /** Shows what is under the point (and selects its row in the attribute table). */
        IDENTIFY,
        /** Adds a point to a distance. */
        DISTANCE,
        /** Adds a corner to an area. */
        AREA
    }

    /** The width shown around a point gone to, metres. */
    static final double POINT_VIEW_M = 600;
    private static final int MAX_PLACES = 12;
    private static final GeometryFactory GF = new GeometryFactory();

    private final MapView map;
    private final LayerListModel layers;
    private final Consumer<Coordinate> identify;
    private final Consumer<String> status;
    private final Supplier<AnalysisSpec> spec;
    private final Supplier<Path> baseDir;
    private final Map<Path, PostcodeLookup> lookups = new HashMap<>();
    private final ToggleGroup tools = new ToggleGroup();
    private final TextField searchBox = new TextField();
    private final ContextMenu places = new ContextMenu();
    private Tool tool = Tool.IDENTIFY;
    private Measurement measurement;

    /**
     * @param identify what a click does with the Identify tool
     * @param spec     the analysis as edited (its postcode lookups and name fields)
     * @param baseDir  the folder its paths are relative to (null while unsaved)
     */
    MapTools(MapView map, LayerListModel layers, Consumer<Coordinate> identify, Consumer<String> status,
             Supplier<AnalysisSpec> spec, Supplier<Path> baseDir) {
        this.map = map;
        this.layers = layers;
        this.identify = identify;
        this.status = status;
        this.spec = spec;
        this.baseDir = baseDir;
        map.setOnMapClick(this::clicked);
        map.setOnMapDoubleClick(c -> finish());
        map.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && tool != Tool.IDENTIFY) {
                setTool(Tool.IDENTIFY);
                e.consume();
            }
        });
        searchBox.setId("placeSearch");
        searchBox.setPromptText("Find a ward, facility or postcode");
        searchBox.setPrefColumnCount(18);
        searchBox.setTooltip(new Tooltip("Type a name or a postcode and press Enter (Ctrl+F)"));
        searchBox.setOnAction(e -> search(searchBox.getText()));
        places.setId("placeList");
    }

    /** @return the tool bar's tool buttons (Identify, Measure distance, Measure area) and the search box */
    List<Node> toolBarItems() {
        List<Node> out = new ArrayList<>();
        for (Tool t : Tool.values()) {
            ToggleButton b = new ToggleButton(switch (t) {
                case IDENTIFY -> "Identify";
                case DISTANCE -> "Distance";
                case AREA -> "Area";
            });
            b.setId("tool" + b.getText());
            b.setTooltip(new Tooltip(switch (t) {
                case IDENTIFY -> "Click the map to see what is there";
                case DISTANCE -> "Measure a distance: click points, double-click to finish (Ctrl+M)";
                case AREA -> "Measure an area: click its corners, double-click to finish (Ctrl+Shift+M)";
            }));
            b.setUserData(t);
            b.setToggleGroup(tools);
            b.setSelected(t == tool);
            out.add(b);
        }
        tools.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else if (now.getUserData() != tool) {
                setTool((Tool) now.getUserData());
            }
        });
        out.add(searchBox);
        return out;
    }

    /** @return the tool in use */
    Tool tool() {
        return tool;
    }

    /** Chooses what a click on the map does; a measurement in progress is cleared. */
    void setTool(Tool t) {
        tool = t;
        tools.getToggles().stream().filter(b -> b.getUserData() == t).findFirst().ifPresent(b -> b.setSelected(true));
        measurement = t == Tool.IDENTIFY ? null
                : new Measurement(t == Tool.DISTANCE ? Measurement.Kind.DISTANCE : Measurement.Kind.AREA);
        map.setHighlight(null);
        if (measurement != null) {
            status.accept(mapIsInDegrees() ? "The map's CRS is in degrees: measurements need a CRS in metres."
                    : measurement.text() + " Esc stops measuring.");
        }
    }

    /** @return the measurement in progress or last finished, or null with the Identify tool */
    Measurement measurement() {
        return measurement;
    }

    /** What a click on the map does with the tool in use. */
    void clicked(Coordinate at) {
        if (measurement == null) {
            identify.accept(at);
            return;
        }
        measurement.add(at, map.viewport().mPerPx());
        map.setHighlight(measurement.geometry());
        status.accept(measurement.text());
    }

    private void finish() {
        if (measurement != null) {
            measurement.finish();
            status.accept(measurement.text());
        }
    }

    /** Puts the cursor in the search box. */
    void focusSearch() {
        searchBox.requestFocus();
        searchBox.selectAll();
    }

    /**
     * Finds places by name, or a postcode in the analysis's postcode lookups (read in the
     * background the first time); one place is gone to at once, several are listed under the box.
     */
    void search(String text) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            return;
        }
        List<PlaceSearch.Place> found = PlaceSearch.byName(query, layers.items(), PlaceSearch.nameFields(spec.get()),
                MAX_PLACES);
        if (!found.isEmpty() || !PlaceSearch.isPostcode(query)) {
            show(query, found);
            return;
        }
        List<Path> files = postcodeLookups();
        if (files.isEmpty()) {
            status.accept("No place is named \"" + query + "\", and the analysis has no postcode lookup"
                    + " (facilities' postcode_lookup) to find a postcode in.");
            return;
        }
        status.accept("Looking up " + query + "\u2026");
        CoordinateReferenceSystem mapCrs = mapCrs();
        Background.run("postcode", () -> {
            List<PostcodeLookup> read = new ArrayList<>();
            for (Path f : files) {
                read.add(lookup(f));
            }
            return PlaceSearch.byPostcode(query, read, PostcodeLookup.crs(), mapCrs);
        }, place -> show(query, place.stream().toList()), e -> status.accept("The postcode lookup cannot be read: "
                + org.catchment.ui.common.Dialogs.message(e)));
    }

    /** Asks for a coordinate (in the map's CRS, or a longitude and latitude) and shows it. */
    void askGoTo(Window owner) {
        CoordinateReferenceSystem crs = mapCrs();
        GoToDialog.ask(owner, crs == null ? "the map's CRS" : Crs.label(crs), map.viewport().toWorld(
                map.viewport().widthPx() / 2.0, map.viewport().heightPx() / 2.0),
                (x, y, axes) -> CoordinateEntry.parse(x, y, axes, mapCrs())).ifPresent(this::goTo);
    }

    /** Shows a point of the map's CRS, marked, at a street scale. */
    void goTo(Coordinate at) {
        goTo(GF.createPoint(at));
        status.accept(String.format(Locale.UK, "E %,.0f   N %,.0f", at.x, at.y));
    }

    /** Outlines a place on the map and zooms to it. */
    void goTo(Geometry place) {
        map.setHighlight(place);
        Envelope e = new Envelope(place.getEnvelopeInternal());
        double grow = Math.max(0, POINT_VIEW_M - Math.max(e.getWidth(), e.getHeight())) / 2;
        e.expandBy(grow);
        e.expandBy(e.getWidth() * 0.1, e.getHeight() * 0.1);
        map.zoomTo(e);
    }

    /** @return the map as the analysis file's {@code map} section holds it: layers top first, their styles by field, the extent shown */
    MapSpec state() {
        return MapState.capture(layers, map.viewport().envelope());
    }

    /**
     * Puts the map back as a {@code map} section says: layer order, visibility, styles by field, and
     * the extent (else as it is); what cannot be given is said in the status bar.
     */
    void restore(MapSpec saved, Supplier<String> statusNow) {
        List<String> notes = MapState.apply(saved, layers, EnumSet.allOf(LayerItem.Group.class));
        Envelope extent = MapState.extent(saved);
        if (extent != null) {
            map.show(extent);
        }
        if (!notes.isEmpty()) {
            status.accept(statusNow.get() + " " + String.join(" ", notes));
        }
    }

    /** @return the map's CRS (the analysis's working CRS), or null before any layer */
    CoordinateReferenceSystem mapCrs() {
        return layers.crs();
    }

    private boolean mapIsInDegrees() {
        CoordinateReferenceSystem crs = mapCrs();
        return crs != null && Crs.isGeographic(crs);
    }

    private void show(String query, List<PlaceSearch.Place> found) {
        places.hide();
        if (found.isEmpty()) {
            status.accept("Nothing is named \"" + query + "\"" + (PlaceSearch.isPostcode(query)
                    ? " and no postcode lookup of the analysis lists it." : "."));
            return;
        }
        if (found.size() == 1) {
            goTo(found.get(0).geometry());
            status.accept("Found " + found.get(0) + ".");
            return;
        }
        places.getItems().clear();
        for (int i = 0; i < found.size(); i++) {
            PlaceSearch.Place p = found.get(i);
            MenuItem item = new MenuItem(p.toString());
            item.setId("place-" + i);
            item.setOnAction(e -> {
                goTo(p.geometry());
                status.accept("Found " + p + ".");
            });
            places.getItems().add(item);
        }
        status.accept(found.size() + (found.size() == MAX_PLACES ? " or more" : "") + " places match \"" + query
                + "\": choose one.");
        if (searchBox.getScene() != null && searchBox.getScene().getWindow() != null) {
            places.show(searchBox, Side.BOTTOM, 0, 0);
        }
    }

    /** @return the places the last search listed */
    List<MenuItem> listed() {
        return places.getItems();
    }

    private List<Path> postcodeLookups() {
        Path base = baseDir.get() != null ? baseDir.get() : Path.of("").toAbsolutePath();
        return spec.get().facilities().stream().map(AnalysisSpec.FacilitySpec::postcodeLookup)
                .filter(p -> p != null && !p.isBlank()).map(p -> base.resolve(p).normalize()).distinct().toList();
    }

    private synchronized PostcodeLookup lookup(Path file) {
        return lookups.computeIfAbsent(file, PostcodeLookup::read);
    }
}
