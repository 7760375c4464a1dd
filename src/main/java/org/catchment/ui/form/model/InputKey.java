package org.catchment.ui.form.model;

import java.util.List;
import org.catchment.analysis.AnalysisSpec.FacilitySpec;
import org.catchment.analysis.AnalysisSpec;

/**
 * What of an analysis the map draws as input layers: the road and footpath layers, the ward layer
 * and its name field, and each facility type's layer as read (label, file, filter, CSV columns).
 * Two specs with equal keys draw the same inputs, so editing bands or the walking speed does not
 * read the layers again, while choosing another ward layer does.
 *
 * @param roads      the road sources
 * @param footpaths  the footpath layers
 * @param studyLayer the ward layer, or null
 * @param nameField  the ward name field, or null
 * @param facilities the facility types with the parts that decide what is drawn
 */
public record InputKey(List<String> roads, List<String> footpaths, String studyLayer, String nameField,
                List<FacilitySpec> facilities) {

    /** @return the inputs a spec draws */
    public static InputKey of(AnalysisSpec spec) {
        AnalysisSpec.NetworkSpec n = spec.network();
        AnalysisSpec.StudyAreaSpec a = spec.studyArea();
        return new InputKey(n == null ? List.of() : n.roads(), n == null ? List.of() : n.footpaths(),
                a == null ? null : a.layer(), a == null ? null : a.nameField(),
                spec.facilities().stream().map(f -> f.toBuilder().nameField(null).bands(1).servedBandMin(null).build())
                        .toList());
    }
}
