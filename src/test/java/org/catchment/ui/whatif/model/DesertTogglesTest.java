package org.catchment.ui.whatif.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.SpecRules;
import org.junit.jupiter.api.Test;

class DesertTogglesTest {

    private static final List<String> TYPES = List.of("gp", "libraries", "parks");
    private static final List<String> LABELS = List.of("GP surgeries", "Libraries", "Parks");

    private static DesertToggles toggles(AnalysisSpec.DesertSpec rule) {
        return new DesertToggles(TYPES, LABELS, rule);
    }

    private static AnalysisSpec.DesertSpec threshold(int n) {
        return new AnalysisSpec.DesertSpec(n, null, null, null);
    }

    @Test
    void everyTypeCountsByDefaultAndLeavingOneOutNamesTheOthers() {
        DesertToggles t = toggles(threshold(2));
        assertThat(t.ticked()).containsExactlyElementsOf(TYPES);
        AnalysisSpec.DesertSpec rule = t.withCounted("libraries", false);
        assertThat(rule.types()).containsExactly("gp", "parks");
        assertThat(rule.minMissing()).isEqualTo(2);
        assertThat(toggles(rule).withCounted("libraries", true).types()).as("all ticked: the default, no key")
                .isNull();
    }

    @Test
    void theLastTypeCountedCannotBeLeftOut() {
        DesertToggles t = toggles(threshold(1).withTypes(List.of("parks")));
        assertThat(t.canUntick("parks")).isFalse();
        assertThat(t.canUntick("gp")).as("not ticked").isTrue();
        assertThat(t.withCounted("parks", false)).isEqualTo(t.rule());
    }

    @Test
    void aThresholdAboveTheTypesCountedIsAllowedWithANote() {
        DesertToggles t = toggles(threshold(2).withTypes(List.of("gp")));
        assertThat(t.note()).hasValueSatisfying(n -> assertThat(n).contains("No place can be a desert")
                .contains("threshold (2) is above the 1 type counted"));
        assertThat(toggles(threshold(3)).note()).isEmpty();
        assertThat(toggles(threshold(3)).describe()).isEqualTo("A desert misses at least 3 of the 3 types counted.");
    }

    @Test
    void theThresholdKeepsToTheAnalysisFilesBounds() {
        SpecRules.Range r = toggles(threshold(2)).thresholdRange();
        assertThat(r.min()).isEqualTo(SpecRules.Limit.MIN_MISSING.range().min());
        assertThat(r.max()).isEqualTo(SpecRules.Limit.MIN_MISSING.range().max());
        assertThat(toggles(threshold(2)).withThreshold((int) r.max()).minMissing()).isEqualTo((int) r.max());
        assertThatThrownBy(() -> toggles(threshold(2)).withThreshold((int) r.max() + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> toggles(threshold(2)).withThreshold(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withMissingAllOfTheTogglesChooseTheTypesADesertMisses() {
        DesertToggles t = toggles(new AnalysisSpec.DesertSpec(3, null, List.of("gp"), null));
        assertThat(t.allOf()).isTrue();
        assertThat(t.ticked()).containsExactly("gp");
        AnalysisSpec.DesertSpec rule = t.withCounted("parks", true);
        assertThat(rule.missingAllOf()).containsExactly("gp", "parks");
        assertThat(rule.types()).isNull();
        assertThat(toggles(rule).describe()).isEqualTo("A desert misses all of: GP surgeries, Parks.");
        assertThat(toggles(rule).note()).isEmpty();
    }
}
