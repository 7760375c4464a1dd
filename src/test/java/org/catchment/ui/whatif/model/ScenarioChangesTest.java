package org.catchment.ui.whatif.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.catchment.analysis.ScenarioSpec;
import org.junit.jupiter.api.Test;

class ScenarioChangesTest {

    private static final ScenarioSpec EMPTY = ScenarioSpec.named("s");

    @Test
    void closuresByIdOfOneTypeGoIntoOneEntryOnce() {
        ScenarioSpec s = ScenarioChanges.close(EMPTY, ScenarioSpec.Close.ids("libraries", "Central"));
        s = ScenarioChanges.close(s, ScenarioSpec.Close.ids("libraries", "North"));
        s = ScenarioChanges.close(s, ScenarioSpec.Close.ids("libraries", "Central"));
        s = ScenarioChanges.close(s, ScenarioSpec.Close.ids("gp", "Elm"));
        assertThat(s.close()).containsExactly(ScenarioSpec.Close.ids("libraries", "Central", "North"),
                ScenarioSpec.Close.ids("gp", "Elm"));
        assertThat(ScenarioChanges.isClosedById(s, "libraries", "North")).isTrue();
        assertThat(ScenarioChanges.isClosedById(s, "gp", "North")).isFalse();
    }

    @Test
    void reopeningRemovesTheIdAndAnEntryLeftEmpty() {
        ScenarioSpec s = EMPTY.withClose(ScenarioSpec.Close.ids("libraries", "Central", "North"))
                .withClose(ScenarioSpec.Close.ids("gp", "Elm"))
                .withClose(ScenarioSpec.Close.filter("parks", "area < 10"));
        s = ScenarioChanges.reopen(s, "libraries", "Central");
        s = ScenarioChanges.reopen(s, "gp", "Elm");
        assertThat(s.close()).containsExactly(ScenarioSpec.Close.ids("libraries", "North"),
                ScenarioSpec.Close.filter("parks", "area < 10"));
    }

    @Test
    void sitesOfOneTypeGoIntoOnePointsEntryAndComeOutAgain() {
        ScenarioSpec s = ScenarioChanges.addSite(EMPTY, "gp", 100, 200, " Quay Surgery ");
        s = ScenarioChanges.addSite(s, "gp", 300, 400, "");
        s = ScenarioChanges.addLayer(s, "gp", "proposed.geojson");
        assertThat(s.add()).containsExactly(new ScenarioSpec.Add("gp", null, List.of(
                new ScenarioSpec.Site(100, 200, "Quay Surgery"), new ScenarioSpec.Site(300, 400, null))),
                ScenarioSpec.Add.layer("gp", "proposed.geojson"));
        s = ScenarioChanges.removeSite(s, "gp", 100, 200);
        s = ScenarioChanges.removeSite(s, "gp", 300, 400);
        assertThat(s.add()).containsExactly(ScenarioSpec.Add.layer("gp", "proposed.geojson"));
        assertThat(ScenarioChanges.addLayer(s, "gp", "proposed.geojson")).as("the same layer once").isEqualTo(s);
    }

    @Test
    void theEditsInWords() {
        ScenarioSpec s = EMPTY.withClose(ScenarioSpec.Close.ids("libraries", "Central", "North"))
                .withClose(ScenarioSpec.Close.filter("gp", "name = 'Elm'"));
        s = ScenarioChanges.addSite(s, "gp", 354765, 391745, "Quay");
        s = ScenarioChanges.addLayer(s, "parks", "new_parks.geojson");
        assertThat(ScenarioChanges.describe(s, Map.of("libraries", "Libraries", "gp", "GP surgeries")))
                .containsExactly("Closed: Libraries: Central, North", "Closed: GP surgeries: where name = 'Elm'",
                        "Added: GP surgeries: Quay at 354,765, 391,745", "Added: parks: the sites of new_parks.geojson");
    }
}
