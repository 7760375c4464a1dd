package org.catchment.ui.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.catchment.analysis.AtlasOf;
import org.catchment.analysis.SpecRules.Limit;
import org.catchment.render.PageOptions;
import org.catchment.ui.export.model.PrintLayout;

/**
 * The print layout dialog (File &gt; Export map as PNG): which map and which area of it (as shown,
 * or one ward), title and subtitle, the page (A4 or A3, landscape or portrait, or a custom size in
 * pixels) and its resolution, where the legend and scale bar go, the north arrow, the basemap, and
 * one page or an atlas (a page per ward or per desert). The choices are a {@link PrintLayout}, which
 * checks them against the analysis file's limits for maps.
 */
public final class ExportDialog {

    /**
     * A map the dialog offers.
     *
     * @param label    what the list calls it
     * @param title    its own title, the title field's text when it is chosen
     * @param subtitle its own subtitle, or null
     */
    public record MapChoice(String label, String title, String subtitle) {
    }

    private static final List<String> LEGEND = List.of("Right of the map", "Left of the map", "None");
    private static final List<String> CORNERS = List.of("Bottom left", "Bottom right", "Top left", "Top right", "None");

    private ExportDialog() {
    }

    /**
     * @param maps       the maps offered ("Current map", "Deserts map", ...)
     * @param places     the wards a page may show alone (empty: none)
     * @param hasDeserts true when there are deserts for an atlas of deserts (after a run)
     * @param hasBasemap true when a basemap is on (the page may show it)
     * @param form       the choices to start from; changed as the user chooses
     * @return the request, or empty when cancelled
     */
    public static Optional<PrintLayout.Request> ask(Window owner, List<MapChoice> maps, List<String> places,
                                                    boolean hasDeserts, boolean hasBasemap, PrintLayout form) {
        Dialog<PrintLayout.Request> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export map as PNG");
        dialog.setHeaderText("Print layout: a map page (title, legend, scale bar, north arrow) or an atlas of pages");
        ChoiceBox<String> map = choice("printMap", maps.stream().map(MapChoice::label).toList(), form.map());
        List<String> areas = new ArrayList<>(List.of("As the map shows it"));
        places.forEach(p -> areas.add("Ward: " + p));
        ChoiceBox<String> area = choice("printPlace", areas, form.place() + 1);
        TextField title = field("printTitle", form.title(), 32);
        TextField subtitle = field("printSubtitle", form.subtitle(), 32);
        map.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            MapChoice m = maps.get(Math.max(0, b.intValue()));
            title.setText(m.title());
            subtitle.setText(m.subtitle() == null ? "" : m.subtitle());
        });
        ChoiceBox<String> paper = choice("printPaper", java.util.Arrays.stream(PrintLayout.Paper.values())
                .map(PrintLayout.Paper::label).toList(), form.paper().ordinal());
        ChoiceBox<String> orientation = choice("printOrientation", List.of("Landscape", "Portrait"),
                form.landscape() ? 0 : 1);
        TextField w = field("exportWidth", Integer.toString(form.widthPx()), 7);
        TextField h = field("exportHeight", Integer.toString(form.heightPx()), 7);
        TextField d = field("exportDpi", Integer.toString(form.dpi()), 7);
        ChoiceBox<String> legend = choice("printLegend", LEGEND, form.legend().ordinal());
        ChoiceBox<String> scaleBar = choice("printScaleBar", CORNERS, form.scaleBar().ordinal());
        CheckBox north = new CheckBox("North arrow");
        north.setSelected(form.northArrow());
        north.setId("printNorthArrow");
        CheckBox basemap = new CheckBox(hasBasemap ? "The basemap under the map, credited at the foot"
                : "The basemap (choose one in View > Basemap)");
        basemap.setSelected(hasBasemap && form.basemap());
        basemap.setDisable(!hasBasemap);
        basemap.setId("printBasemap");
        List<String> pageChoices = new ArrayList<>(List.of("One page"));
        if (!places.isEmpty()) {
            pageChoices.add("An atlas: one page per ward");
        }
        if (hasDeserts) {
            pageChoices.add("An atlas: one page per desert");
        }
        ChoiceBox<String> pages = choice("printPages", pageChoices, 0);
        Runnable sizes = () -> {
            boolean custom = paper.getSelectionModel().getSelectedIndex() == PrintLayout.Paper.CUSTOM.ordinal();
            w.setDisable(!custom);
            h.setDisable(!custom);
            orientation.setDisable(custom);
            if (!custom) {
                try {
                    int[] px = PrintLayout.Paper.values()[paper.getSelectionModel().getSelectedIndex()]
                            .pixels(Integer.parseInt(d.getText().strip()), orientation.getSelectionModel().getSelectedIndex() == 0);
                    w.setText(Integer.toString(px[0]));
                    h.setText(Integer.toString(px[1]));
                } catch (NumberFormatException e) {
                    // the resolution is checked on OK
                }
            }
        };
        paper.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> sizes.run());
        orientation.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> sizes.run());
        d.textProperty().addListener((o, a, b) -> sizes.run());
        pages.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> area.setDisable(b.intValue() > 0));
        sizes.run();
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.setId("printError");
        error.setWrapText(true);
        error.setMaxWidth(560);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        int r = 0;
        g.addRow(r++, new Label("Map"), map);
        g.addRow(r++, new Label("Area"), area);
        g.addRow(r++, new Label("Title"), title);
        g.addRow(r++, new Label("Subtitle"), subtitle);
        g.addRow(r++, new Label("Page"), new HBox(8, paper, orientation));
        g.addRow(r++, new Label("Size (px)"), new HBox(8, w, new Label("x"), h));
        g.addRow(r++, new Label("Resolution (dpi)"), d);
        g.addRow(r++, new Label("Legend"), legend);
        g.addRow(r++, new Label("Scale bar"), new HBox(16, scaleBar, north));
        g.addRow(r++, new Label("Basemap"), basemap);
        g.addRow(r++, new Label("Pages"), pages);
        Label advice = new Label(Limit.MAP_WIDTH.advice() + ". An atlas goes into an atlas folder of the folder you"
                + " choose, one PNG a page.");
        advice.setWrapText(true);
        advice.setMaxWidth(560);
        g.add(advice, 0, r++, 2, 1);
        g.add(error, 0, r, 2, 1);
        dialog.getDialogPane().setContent(g);
        dialog.getDialogPane().setId("printLayoutDialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        List<AtlasOf> atlasOf = new ArrayList<>(List.of(AtlasOf.NONE));
        if (!places.isEmpty()) {
            atlasOf.add(AtlasOf.WARDS);
        }
        if (hasDeserts) {
            atlasOf.add(AtlasOf.DESERTS);
        }
        java.util.function.Supplier<PrintLayout.Request> read = () -> {
            form.setMap(Math.max(0, map.getSelectionModel().getSelectedIndex()));
            form.setPlace(area.getSelectionModel().getSelectedIndex() - 1);
            form.setTitle(title.getText());
            form.setSubtitle(subtitle.getText());
            form.setPaper(PrintLayout.Paper.values()[paper.getSelectionModel().getSelectedIndex()]);
            form.setLandscape(orientation.getSelectionModel().getSelectedIndex() == 0);
            form.setSize(w.getText(), h.getText(), d.getText());
            form.setLegend(PageOptions.LegendPlace.values()[legend.getSelectionModel().getSelectedIndex()]);
            form.setScaleBar(PageOptions.Corner.values()[scaleBar.getSelectionModel().getSelectedIndex()]);
            form.setNorthArrow(north.isSelected());
            form.setBasemap(basemap.isSelected());
            form.setAtlas(atlasOf.get(Math.max(0, pages.getSelectionModel().getSelectedIndex())));
            return form.request();
        };
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                read.get();
            } catch (IllegalArgumentException x) {
                error.setText(x.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? read.get() : null);
        return dialog.showAndWait();
    }

    private static ChoiceBox<String> choice(String id, List<String> items, int selected) {
        ChoiceBox<String> box = new ChoiceBox<>();
        box.getItems().setAll(items);
        box.getSelectionModel().select(Math.max(0, Math.min(items.size() - 1, selected)));
        box.setId(id);
        return box;
    }

    private static TextField field(String id, String text, int columns) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }
}
