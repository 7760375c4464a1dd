package org.catchment.analysis;

import org.catchment.io.LayerReader;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.catchment.layer.WorkingCrs;
import org.catchment.overlay.StudyArea;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;

/**
 * Chooses the working CRS of an analysis, the first thing a run does: {@code working_crs} when
 * the file gives an EPSG code, else the {@code auto} rule ({@link WorkingCrs#auto}) applied to the
 * extent of the selected study-area zones (after {@code study_area.filter} and {@code select}). The
 * study-area layer is read once, in its own CRS, and handed on in the working CRS, so every other
 * layer is read straight into it.
 */
public final class WorkingCrsChoice {

    /**
     * The chosen CRS.
     *
     * @param analysis   the analysis in its working CRS ({@link Analysis#workingCrs()} set)
     * @param studyLayer the study-area layer, filtered by {@code study_area.filter}, in the working CRS
     * @param note       what was chosen and why, for the run's notes
     */
    public record Chosen(Analysis analysis, Layer studyLayer, String note) {
    }

    private WorkingCrsChoice() {
    }

    /**
     * @param analysis an analysis with a study area
     * @return its working CRS, with the study-area layer read into it
     * @throws org.catchment.InputException if the study area cannot be read or selected
     * @throws org.catchment.CatchmentException if the auto rule cannot choose (no extent, beyond UTM)
     */
    public static Chosen choose(Analysis analysis) {
        AnalysisSpec.StudyAreaSpec a = analysis.spec().studyArea();
        CoordinateReferenceSystem given = given(analysis.spec());
        LayerRef ref = analysis.layer(a.layer());
        Layer own = LayerReader.readAsIs(ref.file(), Layers.options(ref, analysis.readOptions().withWorkingCrs(given)));
        own = Layers.filter(own, a.filter(), analysis, "study_area.filter");
        WorkingCrs.Choice choice = given != null ? new WorkingCrs.Choice(given, "as working_crs gives")
                : WorkingCrs.auto(Crs.lonLatExtent(StudyArea.selectedExtent(own, a.nameField(), a.codeField(), a.select()),
                own.crs()));
        Layer inWorking = LayerReader.toWorkingCrs(ref.file(), own, choice.crs());
        return new Chosen(analysis.withWorkingCrs(choice.crs()), inWorking,
                "Working CRS: " + Crs.describe(choice.crs()) + ", " + choice.reason() + ".");
    }

    /**
     * @return the working CRS an analysis file gives ({@code working_crs: EPSG:nnnn}), or null
     *     for {@code auto}
     */
    public static CoordinateReferenceSystem given(AnalysisSpec spec) {
        return SpecRules.isAutoCrs(spec.workingCrs()) ? null : Crs.decode(spec.workingCrs());
    }
}
