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

    /** The postcodes of the study area: their names and points in the working CRS, in the file's order. */
    record Points(List<String> names, List<Coordinate> points) {
    }

    /**
     * The residents minutes per zone are weighted over, and what to tell the user about them.
     *
     * @param residents the population's points, or a polygon population placed on points
     * @param notes     how a polygon population's residents were placed
     */
    record Residents(List<Population.Resident> residents, List<String> notes) {

        /** @return where the residents are timed */
        List<Coordinate> points() {
            return residents.stream().map(Population.Resident::at).toList();
        }
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
        List<Coordinate> where = inWorkingCrs(analysis, lookup);
        Points postcodes = postcodes(lookup, where, inputs.studyArea());
        Residents residents = residents(analysis, lookup, where, inputs);
        List<double[]> postcodeMinutes = postcodes == null ? null : minutes(analysis, network, postcodes.points(), types);
        List<double[]> residentMinutes = residents == null ? null
                : minutes(analysis, network, residents.points(), types);
        return assemble(analysis, postcodes, postcodeMinutes, inputs, residents, residentMinutes, types);
    }

    /**
     * The indicators from minutes already found (a tiled run finds them tile by tile).
     *
     * @param postcodes       the postcodes of the study area ({@link #postcodes}), or null
     * @param postcodeMinutes per type, the minutes at each postcode, or null without postcodes
     * @param residents       the residents ({@link #residents}), or null without {@code accessibility.zones}
     * @param residentMinutes per type, the minutes at each resident point, or null without residents
     * @return the indicators (null when the analysis asks for none) and their notes
     */
    static Computed assemble(Analysis analysis, Points postcodes, List<double[]> postcodeMinutes, OverlayInputs inputs,
                             Residents residents, List<double[]> residentMinutes,
                             List<AnalysisResult.TypeResult> types) {
        AccessibilitySpec spec = analysis.spec().accessibility();
        if (spec == null) {
            return new Computed(null, List.of());
        }
        PostcodeAccess access = null;
        if (postcodes != null) {
            List<PostcodeAccess.TypeMinutes> minutes = new ArrayList<>();
            for (int k = 0; k < types.size(); k++) {
                AnalysisResult.TypeResult t = types.get(k);
                minutes.add(new PostcodeAccess.TypeMinutes(t.spec().type(), t.catchment().options().maxBandMin(),
                        postcodeMinutes.get(k)));
            }
            access = new PostcodeAccess(postcodes.names(), postcodes.points(), minutes);
        }
        List<Accessibility.ZoneTable> zones = new ArrayList<>();
        if (residents != null) {
            List<String> names = analysis.spec().zones().stream().map(OutputNames::zoneName).toList();
            for (String name : spec.zones()) {
                List<Zone> set = inputs.zoneSets().get(names.indexOf(name));
                List<Accessibility.TypeRows> rows = new ArrayList<>();
                for (int k = 0; k < types.size(); k++) {
                    CatchmentOptions o = types.get(k).catchment().options();
                    rows.add(new Accessibility.TypeRows(types.get(k).spec().type(), types.get(k).spec().label(),
                            ZoneAccess.of(set, residents.residents(), residentMinutes.get(k), o.bandsMin(),
                                    Accessibility.beyondFlag(o.maxBandMin()))));
                }
                zones.add(new Accessibility.ZoneTable(name, rows));
            }
        }
        return new Computed(new Accessibility(access, zones), residents == null ? List.of() : residents.notes());
    }

    /**
     * @param lookup the postcodes ({@link #read}), or null
     * @param where  the postcodes in the working CRS ({@link #inWorkingCrs}), or null
     * @return the residents minutes per zone are weighted over, or null when {@code accessibility.zones} is not given
     */
    static Residents residents(Analysis analysis, PostcodeLookup lookup, List<Coordinate> where, OverlayInputs inputs) {
        AccessibilitySpec spec = analysis.spec().accessibility();
        if (spec == null || spec.zones().isEmpty()) {
            return null;
        }
        Population population = inputs.population();
        Population.Placed placed = population.placedAt(population.points() != null || where == null ? List.of()
                : where);
        return new Residents(placed.residents(), population.points() == null
                ? List.of(placementNote(analysis, lookup, placed)) : List.of());
    }

    /** @return per type, the minutes at each point, snapped once */
    static List<double[]> minutes(Analysis analysis, WalkingNetwork network, List<Coordinate> points,
                                  List<AnalysisResult.TypeResult> types) {
        PointAccess snapped = PointAccess.snap(network, points, analysis.spec().network().snapToleranceM());
        return types.stream().map(t -> snapped.minutes(t.catchment())).toList();
    }

    /**
     * @param lookup the postcodes ({@link #read}), or null
     * @return every postcode of the file in the working CRS, in the file's order (transformed once for
     *     both the postcodes' minutes and the residents' places), or null without postcodes
     */
    static List<Coordinate> inWorkingCrs(Analysis analysis, PostcodeLookup lookup) {
        return lookup == null ? null : lookup.entries().stream()
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
     * @param where  the postcodes in the working CRS ({@link #inWorkingCrs}), or null
     * @return the postcodes in the study area (on its boundary included), or null when there are none
     */
    static Points postcodes(PostcodeLookup lookup, List<Coordinate> where, StudyArea studyArea) {
        if (lookup == null) {
            return null;
        }
        Geometry study = studyArea.area();
        PreparedGeometry area = PreparedGeometryFactory.prepare(study);
        List<String> postcodes = new ArrayList<>();
        List<Coordinate> points = new ArrayList<>();
        for (int i = 0; i < where.size(); i++) {
            Coordinate c = where.get(i);
            if (study.getEnvelopeInternal().covers(c) && area.covers(study.getFactory().createPoint(c))) {
                postcodes.add(lookup.entries().get(i).postcode());
                points.add(c);
            }
        }
        return new Points(postcodes, points);
    }
}
