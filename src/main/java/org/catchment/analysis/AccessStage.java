package org.catchment.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * residents-weighted mean minutes and the share within each band over the population's points
 * ({@link ZoneAccess}). Only postcodes in the study area are kept, because the network is clipped
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
     * Checks, before the network is built, that minutes per zone can be weighted: they need
     * residents as points.
     *
     * @throws InputException when {@code accessibility.zones} is given and the population is polygons
     */
    static void checkPopulation(Analysis analysis, OverlayInputs inputs) {
        AccessibilitySpec spec = analysis.spec().accessibility();
        if (spec != null && !spec.zones().isEmpty() && inputs.population() != null
                && inputs.population().points() == null) {
            throw new InputException(analysis.path(analysis.spec().population().layer()), "population.layer",
                    "minutes per zone (accessibility.zones) are weighted over resident points, but this population"
                            + " layer is polygons",
                    "Give resident points with a count (address points, population-weighted centroids), or leave out"
                            + " accessibility.zones");
        }
    }

    /**
     * @param lookup the postcodes ({@link #read}), or null
     * @return the indicators, or null when the analysis asks for none
     */
    static Accessibility compute(Analysis analysis, PostcodeLookup lookup, OverlayInputs inputs, WalkingNetwork network,
                                 List<AnalysisResult.TypeResult> types) {
        AccessibilitySpec spec = analysis.spec().accessibility();
        if (spec == null) {
            return null;
        }
        Points postcodes = postcodes(analysis, lookup, inputs.studyArea());
        List<double[]> postcodeMinutes = postcodes == null ? null : minutes(analysis, network, postcodes.points(), types);
        List<double[]> residentMinutes = spec.zones().isEmpty() ? null
                : minutes(analysis, network, residents(inputs), types);
        return assemble(analysis, postcodes, postcodeMinutes, inputs, residentMinutes, types);
    }

    /**
     * The indicators from minutes already found (a tiled run finds them tile by tile).
     *
     * @param postcodes       the postcodes of the study area ({@link #postcodes}), or null
     * @param postcodeMinutes per type, the minutes at each postcode, or null without postcodes
     * @param residentMinutes per type, the minutes at each resident point, or null without {@code accessibility.zones}
     * @return the indicators, or null when the analysis asks for none
     */
    static Accessibility assemble(Analysis analysis, Points postcodes, List<double[]> postcodeMinutes,
                                  OverlayInputs inputs, List<double[]> residentMinutes,
                                  List<AnalysisResult.TypeResult> types) {
        AccessibilitySpec spec = analysis.spec().accessibility();
        if (spec == null) {
            return null;
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
        if (!spec.zones().isEmpty()) {
            List<Population.Resident> residents = inputs.population().points();
            List<String> names = analysis.spec().zones().stream().map(OutputNames::zoneName).toList();
            for (String name : spec.zones()) {
                List<Zone> set = inputs.zoneSets().get(names.indexOf(name));
                List<Accessibility.TypeRows> rows = new ArrayList<>();
                for (int k = 0; k < types.size(); k++) {
                    CatchmentOptions o = types.get(k).catchment().options();
                    rows.add(new Accessibility.TypeRows(types.get(k).spec().type(), types.get(k).spec().label(),
                            ZoneAccess.of(set, residents, residentMinutes.get(k), o.bandsMin(),
                                    Accessibility.beyondFlag(o.maxBandMin()))));
                }
                zones.add(new Accessibility.ZoneTable(name, rows));
            }
        }
        return new Accessibility(access, zones);
    }

    /** The postcodes of the study area: their names and points in the working CRS, in the file's order. */
    record Points(List<String> names, List<Coordinate> points) {
    }

    /** @return the resident points the minutes per zone are weighted over */
    static List<Coordinate> residents(OverlayInputs inputs) {
        return inputs.population().points().stream().map(Population.Resident::at).toList();
    }

    /** @return per type, the minutes at each point, snapped once */
    static List<double[]> minutes(Analysis analysis, WalkingNetwork network, List<Coordinate> points,
                                  List<AnalysisResult.TypeResult> types) {
        PointAccess snapped = PointAccess.snap(network, points, analysis.spec().network().snapToleranceM());
        return types.stream().map(t -> snapped.minutes(t.catchment())).toList();
    }

    /**
     * @param lookup the postcodes ({@link #read}), or null
     * @return the postcodes in the study area (on its boundary included), or null when there are none
     */
    static Points postcodes(Analysis analysis, PostcodeLookup lookup, StudyArea studyArea) {
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
        return new Points(postcodes, points);
    }
}
