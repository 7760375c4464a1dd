package org.catchment.analysis;

import java.nio.file.Path;
import org.catchment.InputException;
import org.catchment.io.LayerReader;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.catchment.layer.WorkingCrs;
import org.catchment.overlay.StudyArea;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Envelope;

/**
 * Chooses the working CRS of an analysis, the first thing a run (and the app's map) does, as
 * {@link Layers#studyArea} reads the study area: {@code working_crs} when the file gives an EPSG
 * code, else the {@code auto} rule ({@link WorkingCrs#auto}) applied to the extent of the selected
 * study-area zones (after {@code study_area.filter} and {@code select}). The study-area layer is
 * read once, in its own CRS, and handed on in the working CRS, so every other layer is read
 * straight into it.
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
     * @param file     the study-area file, for messages
     * @param own      the study-area layer as {@link Layers#studyArea} read it: filtered by
     *                 {@code study_area.filter}, in its own CRS
     * @return its working CRS, with the study-area layer reprojected into it
     * @throws org.catchment.InputException if the study area cannot be selected or lies outside the CRS's area of use
     * @throws org.catchment.CatchmentException if the auto rule cannot choose (no extent, beyond UTM)
     */
    static Chosen choose(Analysis analysis, Path file, Layer own) {
        AnalysisSpec.StudyAreaSpec a = analysis.spec().studyArea();
        CoordinateReferenceSystem given = given(analysis.spec());
        WorkingCrs.Choice choice = given != null ? new WorkingCrs.Choice(given, "as working_crs gives")
                : WorkingCrs.auto(Crs.lonLatExtent(selectedExtent(own, a), own.crs()));
        Layer inWorking = LayerReader.toWorkingCrs(file, own, choice.crs());
        return new Chosen(analysis.withWorkingCrs(choice.crs()), inWorking,
                "Working CRS: " + Crs.describe(choice.crs()) + ", " + choice.reason() + ".");
    }

    /**
     * @return the extent of the zones {@code select} names; of the whole layer when the selection
     *     cannot be made yet (a name field or zone the layer lacks: the study area itself reports
     *     that when a run selects the zones, and the app's form is still being filled in)
     */
    private static Envelope selectedExtent(Layer own, AnalysisSpec.StudyAreaSpec a) {
        try {
            return StudyArea.selectedExtent(own, a.nameField(), a.codeField(), a.select());
        } catch (InputException notYet) {
            return own.envelope();
        }
    }

    /**
     * @return the working CRS an analysis file gives ({@code working_crs: EPSG:nnnn}), or null
     *     for {@code auto}
     */
    public static CoordinateReferenceSystem given(AnalysisSpec spec) {
        return SpecRules.isAutoCrs(spec.workingCrs()) ? null : Crs.decode(spec.workingCrs());
    }
}
