package org.catchment.ui.form.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.catchment.analysis.AnalysisSpec;
import org.junit.jupiter.api.Test;

class InputKeyTest {

    private static AnalysisForm form() {
        AnalysisForm form = new AnalysisForm(AnalysisSpec.named("t"));
        form.addRoads("RoadLink.shp");
        form.setStudyLayer("wards.shp");
        form.addType("gp", "gp.shp");
        return form;
    }

    @Test
    void editsOfTheMethodDoNotRedrawTheInputs() {
        AnalysisForm form = form();
        InputKey before = InputKey.of(form.spec());
        form.setBands(0, List.of(5.0, 15.0));
        form.setWalkingSpeedKmh(4.0);
        form.setTrimDistanceM(50);
        form.setOutputDir("elsewhere");
        form.setMinMissing(1);
        assertThat(InputKey.of(form.spec())).isEqualTo(before);
    }

    @Test
    void editsOfTheLayersDo() {
        AnalysisForm form = form();
        InputKey before = InputKey.of(form.spec());
        form.setStudyNameField("WD_NAME");
        assertThat(InputKey.of(form.spec())).isNotEqualTo(before);
        InputKey named = InputKey.of(form.spec());
        form.addFootpaths("prow.shp");
        assertThat(InputKey.of(form.spec())).isNotEqualTo(named);
        InputKey withPaths = InputKey.of(form.spec());
        form.setLabel(0, "GP surgeries");
        assertThat(InputKey.of(form.spec())).as("the layer's name in the panel").isNotEqualTo(withPaths);
    }
}
