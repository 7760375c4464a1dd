package org.catchment.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.catchment.analysis.AnalysisSpec.PopulationSpec;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.ui.form.model.AnalysisForm;

/**
 * The analysis panel's "Population and zones" section: who lives where (so deserts and coverage
 * count residents), further zone layers to report coverage for (e.g. LSOAs), and indicator tables
 * (e.g. IMD deciles) cross-tabulated against the deserts.
 */
public final class DataSection extends VBox {

    private final ListEditor population;
    private final ListEditor zones;
    private final ListEditor indicators;

    /**
     * @param form    the analysis being edited
     * @param chooser the panel's file choosers
     * @param owner   the window the dialogs belong to
     * @param editing runs an edit, showing a rejected value's message
     */
    DataSection(AnalysisForm form, InputChooser chooser, Supplier<Window> owner, Consumer<Runnable> editing) {
        super(6);
        Button setPopulation = new Button("Set\u2026");
        setPopulation.setOnAction(e -> InputDialogs.population(owner.get(), chooser, form.spec().population(),
                form::setPopulation));
        population = new ListEditor("population", "No population: deserts are measured in hectares only.",
                setPopulation, i -> editing.accept(() -> form.setPopulation(null, null)));
        Button addZone = new Button("Add\u2026");
        addZone.setOnAction(e -> InputDialogs.zone(owner.get(), chooser, form::addZone));
        zones = new ListEditor("zones", "No further zones (coverage is reported by ward).", addZone,
                i -> editing.accept(() -> form.removeZone(i)));
        Button addIndicator = new Button("Add\u2026");
        addIndicator.setOnAction(e -> InputDialogs.indicator(owner.get(), chooser, zoneLayers(form.spec()),
                form::addIndicator));
        indicators = new ListEditor("indicators", "No indicator (e.g. IMD deciles by LSOA).", addIndicator,
                i -> editing.accept(() -> form.removeIndicator(i)));
        getChildren().addAll(new Label("Residents"), population, new Label("Further zones"), zones,
                new Label("Indicators"), indicators);
    }

    /** Shows the spec's population, zones and indicators. */
    void sync(AnalysisSpec spec) {
        PopulationSpec p = spec.population();
        population.show(p == null ? List.of() : List.of(p.layer() + " (count: " + p.countField() + ")"));
        zones.show(spec.zones().stream().map(AnalysisForm::describe).toList());
        indicators.show(spec.indicators().stream().map(AnalysisForm::describe).toList());
    }

    private static List<String> zoneLayers(AnalysisSpec spec) {
        List<String> layers = new ArrayList<>();
        spec.zones().forEach(z -> layers.add(z.layer()));
        spec.indicators().forEach(i -> {
            if (!layers.contains(i.layer())) {
                layers.add(i.layer());
            }
        });
        return layers;
    }
}
