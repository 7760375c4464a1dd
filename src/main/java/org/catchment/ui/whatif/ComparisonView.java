package org.catchment.ui.whatif;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.scenario.Comparison;
import org.catchment.ui.common.TableColumns;
import org.catchment.ui.whatif.model.ComparisonRows;

/**
 * The comparison of the scenario shown with the baseline, for the Results panel: a summary
 * (facilities closed and added, deserts and residents in deserts before and after, residents
 * gaining and losing access per changed type), the deserts that appeared, disappeared or changed
 * with their residents and missing types before and after, and per zone (of the study area or a
 * further zone layer) the area and residents served and in deserts before and after; and the
 * button that exports it all.
 */
public final class ComparisonView extends VBox {

    private final Label summary = new Label();
    private final TableView<ComparisonRows.DesertRow> deserts = new TableView<>();
    private final ComboBox<String> zoneSet = new ComboBox<>();
    private final TableView<ComparisonRows.ZoneRow> zones = new TableView<>();
    private Comparison shown;

    /** @param export exports the scenario shown (its outputs, comparison and change map) */
    public ComparisonView(Runnable export) {
        setSpacing(6);
        setPadding(new Insets(8));
        setId("comparisonView");
        summary.setWrapText(true);
        summary.setId("comparisonSummary");
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        deserts.setId("desertChangeTable");
        zones.setId("zoneChangeTable");
        deserts.getColumns().add(TableColumns.text("Desert", ComparisonRows.DesertRow::status, 80));
        deserts.getColumns().add(TableColumns.text("Wards", ComparisonRows.DesertRow::wards, 90));
        deserts.getColumns().add(TableColumns.number("Residents before", ComparisonRows.DesertRow::residentsBefore, "%,.0f"));
        deserts.getColumns().add(TableColumns.number("after", ComparisonRows.DesertRow::residentsAfter, "%,.0f"));
        deserts.getColumns().add(TableColumns.text("Missing before", ComparisonRows.DesertRow::missingBefore, 150));
        deserts.getColumns().add(TableColumns.text("Missing after", ComparisonRows.DesertRow::missingAfter, 150));
        deserts.setPlaceholder(new Label("No desert changed"));
        zones.getColumns().add(TableColumns.text("Zone", ComparisonRows.ZoneRow::zone, 90));
        zones.getColumns().add(TableColumns.text("Type", ComparisonRows.ZoneRow::type, 100));
        zones.getColumns().add(TableColumns.number("Band", ComparisonRows.ZoneRow::bandMin, "%.0f"));
        zones.getColumns().add(TableColumns.number("Area before (ha)", r -> r.areaBeforeHa(), "%.1f"));
        zones.getColumns().add(TableColumns.number("after", r -> r.areaAfterHa(), "%.1f"));
        zones.getColumns().add(TableColumns.number("Residents before", ComparisonRows.ZoneRow::residentsBefore, "%,.0f"));
        zones.getColumns().add(TableColumns.number("after", ComparisonRows.ZoneRow::residentsAfter, "%,.0f"));
        zoneSet.valueProperty().addListener((o, was, now) -> showZones());
        Button exportButton = new Button("Export scenario\u2026");
        exportButton.setId("exportScenario");
        exportButton.setOnAction(e -> export.run());
        VBox.setVgrow(deserts, Priority.ALWAYS);
        VBox.setVgrow(zones, Priority.ALWAYS);
        getChildren().addAll(summary, new Label("Deserts"), deserts, zoneSet, zones, exportButton);
        show(null, null, null);
    }

    /**
     * @param scenario the scenario's name, or null
     * @param spec     the analysis (its zone layers), or null
     * @param c        the comparison, or null when the baseline is shown
     */
    public void show(String scenario, AnalysisSpec spec, Comparison c) {
        shown = c;
        if (c == null) {
            summary.setText("Choose or make a scenario in the What if panel to compare it with the baseline.");
            deserts.getItems().clear();
            zoneSet.getItems().clear();
            zones.getItems().clear();
            return;
        }
        summary.setText(ComparisonRows.summary(scenario, c));
        deserts.getItems().setAll(ComparisonRows.deserts(c));
        List<String> sets = ComparisonRows.zoneLayers(spec);
        int chosen = Math.max(0, zoneSet.getItems().indexOf(zoneSet.getValue()));
        zoneSet.getItems().setAll(sets);
        zoneSet.setValue(sets.get(Math.min(chosen, sets.size() - 1)));
        showZones();
    }

    /** @return the summary's text */
    public String summaryText() {
        return summary.getText();
    }

    /** @return the table of deserts before and after */
    public TableView<ComparisonRows.DesertRow> desertTable() {
        return deserts;
    }

    /** @return the table of zones before and after */
    public TableView<ComparisonRows.ZoneRow> zoneTable() {
        return zones;
    }

    private void showZones() {
        int set = zoneSet.getItems().indexOf(zoneSet.getValue());
        if (shown == null || set < 0) {
            zones.getItems().clear();
            return;
        }
        zones.getItems().setAll(ComparisonRows.zones(shown, set).stream().filter(ComparisonRows.ZoneRow::changed)
                .toList());
        zones.setPlaceholder(new Label("No zone changed"));
    }
}
