package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.catchment.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value allowed but unusual (a walking speed outside 2 to 7 km/h) runs, and the run says so: on
 * standard error and in summary.txt, as the run's other warnings. Which values warn is checked
 * without a run in {@code RulesAgreementTest}.
 */
class UnusualValueWarningTest {

    private static final String WARNING = "network.walking_speed_kmh is 1.5 km/h, outside the usual 2 to 7 km/h;"
            + " check it is meant. 4.8 km/h, 80 m a minute, is the usual planning figure";

    @Test
    void aSlowWalkingSpeedRunsWithAWarningInTheMessagesAndTheSummary(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        f.edit("footpaths: [footpaths.shp]", "footpaths: [footpaths.shp]\n  walking_speed_kmh: 1.5");
        f.save();
        assertThat(f.run()).isEqualTo(Main.OK);
        assertThat(f.messages()).contains("warning: " + WARNING);
        assertThat(f.text("out/summary.txt")).contains("  - " + WARNING);
    }
}
