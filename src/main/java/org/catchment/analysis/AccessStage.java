package org.catchment.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.catchment.InputException;
import org.catchment.io.csv.PostcodeLookup;
import org.catchment.layer.PointTransform;
import org.catchment.network.WalkingNetwork;
import org.catchment.overlay.Population;
import org.catchment.overlay.StudyArea;
import org.catchment.overlay.Zone;
import org.catchment.overlay.ZoneAccess;
import org.catchment.servicearea.CatchmentOptions;
import org.catchment.servicearea.PointAccess;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Computes the accessibility indicators of an analysis ({@code accessibility}): the postcodes of
 * the file that lie in the study area (on its boundary included), snapped once, and their minutes
 * from every facility type's search ({@link PointAccess}); and for each zone layer asked for, the
 * residents-weighted mean minutes and the share within each band over the population placed on
 * points ({@link Population#placedAt}: a polygon's residents at the postcodes inside it) and
 * timed ({@link ZoneAccess}). Only postcodes in the study area are kept, because the network is clipped
 * to walking reach of the study area and the zone layers ({@link ClipArea}), which makes the times
 * exact there.
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
     * The indicators of a run and what to tell the user about them.
     *
     * @param access the indicators, or null when the analysis asks for none
     * @param notes  how a polygon population's residents were placed, when minutes per zone were asked for
     */
    record Computed(Accessibility access, List<String> notes) {
    }

    /**
     * @param lookup the postcodes ({@link #read}), or null
     * @return the indicators (null when the analysis asks for none) and their notes
     */
    static Computed compute(Analysis analysis, PostcodeLookup lookup, OverlayInputs inputs, WalkingNetwork network,
                            List<AnalysisResult.TypeResult> types) {
        AccessibilitySpec spec = analysis.spec().accessibility();
        if (spec == null) {
            return new Computed(null, List.of());
        }
        PostcodeAccess postcodes = postcodes(analysis, lookup, inputs.studyArea(), network, types);
        List<Accessibility.ZoneTable> zones = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!spec.zones().isEmpty()) {
            Population population = inputs.population();
            Population.Placed placed = population.placedAt(population.points() != null || lookup == null ? List.of()
                    : inWorkingCrs(analysis, lookup));
            List<Population.Resident> residents = placed.residents();
            if (population.points() == null) {
                notes.add(placementNote(analysis, lookup, placed));
            }
            PointAccess snapped = PointAccess.snap(network,
                    residents.stream().map(Population.Resident::at).toList(), analysis.spec().network().snapToleranceM());
            List<double[]> minutes = types.stream().map(t -> snapped.minutes(t.catchment())).toList();
            List<String> names = analysis.spec().zones().stream().map(OutputNames::zoneName).toList();
            for (String name : spec.zones()) {
                List<Zone> set = inputs.zoneSets().get(names.indexOf(name));
                List<Accessibility.TypeRows> rows = new ArrayList<>();
                for (int k = 0; k < types.size(); k++) {
                    CatchmentOptions o = types.get(k).catchment().options();
                    rows.add(new Accessibility.TypeRows(types.get(k).spec().type(), types.get(k).spec().label(),
                            ZoneAccess.of(set, residents, minutes.get(k), o.bandsMin(), Accessibility.beyondFlag(o.maxBandMin()))));
                }
                zones.add(new Accessibility.ZoneTable(name, rows));
            }
        }
        return new Computed(new Accessibility(postcodes, zones), notes);
    }

    /** @return every postcode of the file in the working CRS, in the file's order */
    private static List<Coordinate> inWorkingCrs(Analysis analysis, PostcodeLookup lookup) {
        return lookup.entries().stream()
                .map(e -> PointTransform.transform(e.point(), PostcodeLookup.crs(), analysis.workingCrs())).toList();
    }

    /** @return the note saying where a polygon population's residents were timed */
    private static String placementNote(Analysis analysis, PostcodeLookup lookup, Population.Placed placed) {
        String layer = analysis.path(analysis.spec().population().layer()).getFileName().toString();
        if (lookup == null) {
            return String.format(Locale.ROOT, "Minutes per zone: the residents of each of the %d population polygons"
                    + " of %s were timed at one interior point of its residential part; give accessibility.postcodes to"
                    + " time them at the postcodes where they live.", placed.atInteriorPoint(), layer);
        }
        return String.format(Locale.ROOT, "Minutes per zone: the residents of each population polygon of %s were shared"
                + " equally among the postcodes inside its residential part (%d postcode points)%s.", layer,
                placed.residents().size() - placed.atInteriorPoint(), placed.atInteriorPoint() == 0 ? ""
                        : String.format(Locale.ROOT, "; %d polygons with no postcode inside were timed at one interior"
                        + " point each", placed.atInteriorPoint()));
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
        Geometry study = studyArea.area();
        PreparedGeometry area = PreparedGeometryFactory.prepare(study);
        List<String> postcodes = new ArrayList<>();
        List<Coordinate> points = new ArrayList<>();
        for (PostcodeLookup.Entry e : lookup.entries()) {
            Coordinate c = PointTransform.transform(e.point(), PostcodeLookup.crs(), analysis.workingCrs());
            if (study.getEnvelopeInternal().covers(c) && area.covers(study.getFactory().createPoint(c))) {
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
