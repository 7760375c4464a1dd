package org.catchment.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample town's designed answer, worked out from the plan in memory with the method defaults
 * (4.8 km/h, trim 100 m, parks and retail served within 10 minutes, the rest within 20): Canal
 * Quay and Railside are social-infrastructure deserts and nothing else is. If the plan or the
 * method changes so that this no longer holds, data/README.md is wrong and this test says so.
 */
class SampleTownDesignTest {

    static SampleTownPlan plan;
    static SampleTownDesign.Answer answer;

    @BeforeAll
    static void evaluate() {
        plan = new SampleTownPlan().build();
        answer = SampleTownDesign.evaluate(plan);
    }

    @Test
    void canalQuayLacksFiveTypesBecauseItsOnlyRoadOutIsTheLongWayRoundByQuayRoad() {
        SampleTownDesign.EstateAnswer quay = answer.estate("Canal Quay");
        assertThat(quay.missing()).containsExactly("gp", "libraries", "sports_centres", "foodbanks", "retail_centres");
        // its own community room and play area serve it
        assertThat(quay.servedShare().get("community_centres")).isGreaterThan(0.95);
        assertThat(quay.servedShare().get("parks")).isGreaterThan(0.7);
        // and nothing else reaches any of it
        for (String t : quay.missing()) {
            assertThat(quay.servedShare().get(t)).as(t).isZero();
        }
    }

    @Test
    void railsideLacksFiveTypesBecauseItsOnlyWayOutIsTheStationRoadBridge() {
        SampleTownDesign.EstateAnswer railside = answer.estate("Railside");
        assertThat(railside.missing()).containsExactly("libraries", "community_centres", "sports_centres", "foodbanks",
                "retail_centres");
        assertThat(railside.servedShare().get("gp")).isGreaterThan(0.95);
        for (String t : railside.missing()) {
            assertThat(railside.servedShare().get(t)).as(t).isZero();
        }
    }

    @Test
    void everyOtherPlaceLacksAtMostTwoTypes() {
        Map<String, List<String>> others = answer.estates().stream()
                .filter(e -> !plan.isolatedEstates.contains(e.name()))
                .collect(Collectors.toMap(SampleTownDesign.EstateAnswer::name, SampleTownDesign.EstateAnswer::missing));
        assertThat(others).hasSize(plan.placeStreets.size() - 2);
        others.forEach((name, missing) -> assertThat(missing).as(name).hasSizeLessThan(SampleTownDesign.MIN_MISSING));
    }

    @Test
    void theOnlyDesertPatchesAreTheTwoDesignedEstates() {
        assertThat(answer.deserts()).extracting(SampleTownDesign.DesertPatch::place)
                .containsExactlyInAnyOrder("Canal Quay", "Railside");
        for (SampleTownDesign.DesertPatch d : answer.deserts()) {
            assertThat(d.missing()).isEqualTo(answer.estate(d.place()).missing());
            double land = SampleTownDesign.intersection(plan.residentialLand(), plan.places().get(d.place())).getArea();
            assertThat(d.area().getArea()).as(d.place()).isGreaterThan(0.8 * land);
        }
    }
}
