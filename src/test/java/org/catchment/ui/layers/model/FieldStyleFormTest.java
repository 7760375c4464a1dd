package org.catchment.ui.layers.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.catchment.analysis.MapSpec;
import org.catchment.analysis.MapSpec.Classes;
import org.catchment.layer.Layer;
import org.catchment.ui.TestLayers;
import org.catchment.ui.layers.model.FieldStyleForm.Symbology;
import org.junit.jupiter.api.Test;

/** The Style dialog's symbology, without a toolkit: the style by field each choice makes, and its classes. */
class FieldStyleFormTest {

    private final Layer zones = TestLayers.zones("Ward coverage", 0.1, 0.2, 0.35, 0.6, 0.8, 0.95);
    private final List<MapSpec.FieldStyleSpec> heard = new ArrayList<>();

    private FieldStyleForm form(MapSpec.FieldStyleSpec current) {
        FieldStyleForm f = new FieldStyleForm(zones, current);
        f.onChange(heard::add);
        return f;
    }

    @Test
    void graduatedByTheFirstNumberFieldInNaturalBreaksThenQuantilesAlongARamp() {
        FieldStyleForm f = form(null);
        assertThat(f.symbology()).isEqualTo(Symbology.SINGLE);
        assertThat(f.spec()).isNull();
        assertThat(f.preview()).isNull();
        f.setSymbology(Symbology.GRADUATED);
        assertThat(f.fields()).as("numbers only").containsExactly("share");
        assertThat(f.spec()).isEqualTo(new MapSpec.FieldStyleSpec("share", Classes.NATURAL_BREAKS, null, null));
        assertThat(f.count()).isEqualTo(5);
        f.setClasses(Classes.QUANTILES);
        f.setCount(3);
        f.setRamp(FieldStyleForm.RAMPS.get(1));
        MapSpec.FieldStyleSpec spec = new MapSpec.FieldStyleSpec("share", Classes.QUANTILES, 3,
                List.of("#ffffb2", "#fd8d3c", "#bd0026"));
        assertThat(heard).last().isEqualTo(spec);
        // terciles of six values: 1 + 5/3 = 2.67th value, 0.2 + 0.67 x 0.15 = 0.3; 4.33th: 0.6 + 0.33 x 0.2 = 0.67
        assertThat(f.preview().entries()).extracting(e -> e.label() + " (" + e.features() + ")").containsExactly(
                "0.10 \u2013 0.30 (2)", "0.30 \u2013 0.67 (2)", "0.67 \u2013 0.95 (2)");
        assertThat(f.preview().entries().get(2).colour()).isEqualTo(new java.awt.Color(0xbd0026));
        FieldStyleForm again = new FieldStyleForm(zones, spec);
        assertThat(again.symbology()).isEqualTo(Symbology.GRADUATED);
        assertThat(again.ramp()).isEqualTo(FieldStyleForm.RAMPS.get(1));
        assertThat(again.spec()).isEqualTo(spec);
    }

    @Test
    void categorizedOffersEveryFieldAndStartsFromItsDefaultCount() {
        FieldStyleForm f = form(new MapSpec.FieldStyleSpec("share", Classes.EQUAL_INTERVALS, 4, null));
        f.setSymbology(Symbology.CATEGORIZED);
        assertThat(f.fields()).containsExactly("name", "share", "band");
        assertThat(f.count()).as("the count goes back to the default of categories").isEqualTo(12);
        f.setField("band");
        assertThat(f.spec()).isEqualTo(new MapSpec.FieldStyleSpec("band", Classes.CATEGORIES, null, null));
        assertThat(f.preview().entries()).extracting(FieldClassesLabel::of).containsExactly("high (3)", "low (3)");
        f.setSymbology(Symbology.SINGLE);
        assertThat(heard).last().isNull();
    }

    @Test
    void valuesTheFileWouldRefuseAreRefusedWithItsWords() {
        FieldStyleForm f = form(null);
        f.setSymbology(Symbology.GRADUATED);
        assertThatThrownBy(() -> f.setCount(21)).hasMessageStartingWith("The number of classes must be from 2 to 20");
        assertThatThrownBy(() -> f.setField("band")).hasMessageContaining("has no field band to style by here");
        assertThatThrownBy(() -> f.setClasses(Classes.CATEGORIES)).isInstanceOf(IllegalArgumentException.class);
        FieldStyleForm text = new FieldStyleForm(TestLayers.layer("Parks", "Park", "POINT (0 0)"), null);
        assertThatThrownBy(() -> text.setSymbology(Symbology.GRADUATED))
                .hasMessage("Parks has no field of numbers to put in classes");
        assertThat(text.symbology()).isEqualTo(Symbology.SINGLE);
    }

    /** A class as the dialog lists it. */
    private static final class FieldClassesLabel {
        static String of(org.catchment.export.FieldClasses.Entry e) {
            return e.label() + " (" + e.features() + ")";
        }
    }
}
