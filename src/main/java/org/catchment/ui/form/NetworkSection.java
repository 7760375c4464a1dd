package org.catchment.ui.form;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.catchment.analysis.AnalysisSpec.NetworkSpec;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.SpecRules.Limit;
import org.catchment.ui.form.model.AnalysisForm;
import org.catchment.ui.form.model.NetworkEdits;

/**
 * The analysis panel's network section: the road sources (an OS Open Roads folder, RoadLink
 * shapefiles or GeoPackage tables, or one OpenStreetMap extract), footpath layers merged into
 * them, the footpath and snap tolerances and whether only the roads near the study area are read.
 */
final class NetworkSection extends VBox {

    private final AnalysisForm form;
    private final ListEditor roads;
    private final ListEditor footpaths;
    private final TextField footpathTolerance = new TextField();
    private final TextField snapTolerance = new TextField();
    private final CheckBox clip = new CheckBox("Read only the roads within walking reach of the study area");

    /**
     * @param form    the analysis being edited
     * @param chooser the panel's file choosers
     * @param editing runs an edit, showing a rejected value's message
     */
    NetworkSection(AnalysisForm form, InputChooser chooser, Consumer<Runnable> editing) {
        super(6);
        this.form = form;
        MenuButton addRoads = new MenuButton("Add roads");
        addRoads.getItems().addAll(
                item("OS Open Roads folder\u2026", "addRoadsFolder", chooser::roadsFolder, form::addRoads, editing),
                item("RoadLink or other line layer (shapefile, GeoPackage, GeoJSON)\u2026", "addRoadsFile", chooser::roadsFile, form::addRoads,
                        editing),
                item("OpenStreetMap extract (.osm.pbf, .osm)\u2026", "addRoadsOsm", chooser::osmExtract, form::addRoads,
                        editing));
        roads = new ListEditor("roads", "No road network yet: add an OS Open Roads folder, a RoadLink file or an"
                + " OpenStreetMap extract.", addRoads, i -> editing.accept(() -> form.removeRoads(i)));
        Button addFootpaths = new Button("Add footpaths\u2026");
        addFootpaths.setOnAction(e -> chooser.layer("Footpaths / rights of way (lines)", null)
                .ifPresent(p -> editing.accept(() -> form.addFootpaths(p))));
        footpaths = new ListEditor("footpaths", "No footpath layer (optional).", addFootpaths,
                i -> editing.accept(() -> form.removeFootpaths(i)));
        footpathTolerance.setId("footpathTolerance");
        snapTolerance.setId("snapTolerance");
        clip.setId("clipToStudyArea");
        FormControls.commit(footpathTolerance, t -> form.setFootpathToleranceM(FormControls.number(t,
                "Footpath tolerance")), editing);
        FormControls.commit(snapTolerance, t -> form.setSnapToleranceM(FormControls.number(t, "Snap tolerance")),
                editing);
        clip.setOnAction(e -> editing.accept(() -> form.setClipToStudyArea(clip.isSelected())));
        clip.setWrapText(true);
        GridPane grid = FormControls.grid();
        FormControls.row(grid, 0, "Footpath join (m)", footpathTolerance);
        FormControls.row(grid, 1, "Facility snap (m)", snapTolerance);
        FormControls.limits(footpathTolerance, Limit.FOOTPATH_TOLERANCE);
        FormControls.limits(snapTolerance, Limit.SNAP_TOLERANCE);
        getChildren().addAll(new Label("Roads"), roads, new Label("Footpaths"), footpaths, grid, clip);
    }

    /** Shows the spec's network. */
    void sync(AnalysisSpec spec) {
        NetworkSpec n = spec.network() != null ? spec.network() : NetworkEdits.EMPTY;
        roads.show(n.roads());
        footpaths.show(n.footpaths());
        footpathTolerance.setText(AnalysisForm.formatNumber(n.footpathToleranceM()));
        snapTolerance.setText(AnalysisForm.formatNumber(n.snapToleranceM()));
        clip.setSelected(n.clipToStudyArea());
    }

    private static MenuItem item(String text, String id, Supplier<Optional<String>> choose, Consumer<String> add,
                                 Consumer<Runnable> editing) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> choose.get().ifPresent(p -> editing.accept(() -> add.accept(p))));
        return m;
    }
}
