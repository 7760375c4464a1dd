package org.catchment.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.catchment.InputException;
import org.catchment.io.csv.PostcodeLookup;
import org.catchment.layer.PointTransform;
import org.catchment.network.WalkingNetwork;
import org.catchment.overlay.StudyArea;
import org.catchment.servicearea.PointAccess;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Computes the accessibility indicators of an analysis ({@code accessibility}): the postcodes of
 * the file that lie in the study area (on its boundary included), snapped once, and their minutes
 * from every facility type's search ({@link PointAccess}). Only postcodes in the study area are
 * kept, because the network is clipped to walking reach of it ({@link ClipArea}), which makes the
 * times exact there and only there.
 */
final class AccessStage {

    private AccessStage() {
    }

    /**
     * Reads the postcode file before the network is built, so that a file without coordinates
     * stops the run at once.
     *
     * @return the postcodes, or null when the analysis asks for none
     * @throws InputException for a postcode file without coordinates
     */
    static PostcodeLookup read(Analysis analysis) {
        AccessibilitySpec spec = analysis.spec().accessibility();
        if (spec == null || spec.postcodes() == null) {
            return null;
        }
        Path file = analysis.path(spec.postcodes());
        PostcodeLookup lookup = PostcodeLookup.read(file);
        if (lookup.entries().isEmpty()) {
            throw new InputException(file, "accessibility.postcodes", "no row gives a postcode with an easting and"
                    + " northing (rows at 0, 0 have no coordinates)",
                    "Use a Code-Point Open file (postcode, quality, easting, northing, ...) or a CSV with postcode,"
                            + " easting and northing columns");
        }
        return lookup;
    }

    /**
     * @param lookup the postcodes ({@link #read}), or null
     * @return the minutes of the postcodes in the study area, or null when there are no postcodes
     */
    static PostcodeAccess postcodes(Analysis analysis, PostcodeLookup lookup, StudyArea studyArea,
                                    WalkingNetwork network, List<AnalysisResult.TypeResult> types) {
        if (lookup == null) {
            return null;
        }
        PreparedGeometry area = PreparedGeometryFactory.prepare(studyArea.area());
        Geometry probe = studyArea.area();
        List<String> postcodes = new ArrayList<>();
        List<Coordinate> points = new ArrayList<>();
        for (PostcodeLookup.Entry e : lookup.entries()) {
            Coordinate c = PointTransform.transform(e.point(), PostcodeLookup.crs(), analysis.workingCrs());
            if (probe.getEnvelopeInternal().covers(c) && area.covers(probe.getFactory().createPoint(c))) {
                postcodes.add(e.postcode());
                points.add(c);
            }
        }
        PointAccess snapped = PointAccess.snap(network, points, analysis.spec().network().snapToleranceM());
        List<PostcodeAccess.TypeMinutes> minutes = new ArrayList<>();
        for (AnalysisResult.TypeResult t : types) {
            minutes.add(new PostcodeAccess.TypeMinutes(t.spec().type(), t.catchment().options().maxBandMin(),
                    snapped.minutes(t.catchment())));
        }
        return new PostcodeAccess(postcodes, points, minutes);
    }
}
