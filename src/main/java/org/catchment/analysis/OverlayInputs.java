package org.catchment.analysis;

import java.util.List;
import org.catchment.overlay.Population;
import org.catchment.overlay.StudyArea;
import org.catchment.overlay.Zone;

/**
 * What the overlay of a run reads besides the catchments, kept with the result so that the
 * overlay can be redone in memory: with another desert rule ({@link AnalysisResult#withDesertRule})
 * or other catchments (a scenario, {@link ScenarioRunner}), and compared ({@code scenario.Comparison}).
 *
 * @param studyArea  the zones analysed and their (residential) area
 * @param population residents, or null without population data
 * @param zoneSets   the zones of each further zone layer ({@code zones:}), in order
 * @param indicators each indicator's zones, values and class breaks, in order
 */
public record OverlayInputs(StudyArea studyArea, Population population, List<List<Zone>> zoneSets,
                            List<Indicator> indicators) {

    public OverlayInputs {
        zoneSets = List.copyOf(zoneSets);
        indicators = List.copyOf(indicators);
    }

    /**
     * One indicator, joined and classified.
     *
     * @param spec   the indicator as written
     * @param zones  its zones (those with a value)
     * @param values the value of each zone
     * @param breaks the class upper bounds
     */
    public record Indicator(AnalysisSpec.IndicatorSpec spec, List<Zone> zones, double[] values, double[] breaks) {

        public Indicator {
            zones = List.copyOf(zones);
        }
    }
}
