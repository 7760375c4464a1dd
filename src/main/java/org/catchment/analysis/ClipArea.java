package org.catchment.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.catchment.InputException;
import org.catchment.catchment.Facility;
import org.catchment.layer.Layer;
import org.locationtech.jts.geom.Envelope;

/**
 * The part of the map a run needs when {@code network.clip_to_study_area} is on: the envelope of
 * everything whose coverage is reported (the study area and the {@code zones} layers), widened by
 * the farthest anyone can walk to it. Only road links and footpaths whose envelope meets the
 * widened envelope are read, and only facilities near enough to reach the study area are kept.
 *
 * <p>Reach of a facility type, in metres: {@code F = band x speed + trim}, with {@code band} the
 * type's largest band in minutes, {@code speed} the walking speed in m/min and {@code trim} the
 * service-area trim distance; with {@code off_network_leg: ignore} the untimed leg from the
 * facility to the network (at most the larger of the snap and access tolerances) is added.
 * Network reach: {@code R = max F + max(snap tolerance, access tolerance, footpath tolerance)}.
 *
 * <p>Why this is exact inside the study area: a place there is served when a network point within
 * {@code trim} of it is reached within the band, by a path whose length (plus the timed leg) is
 * at most {@code band x speed}. Every point of that path is within its length of its end, so the
 * path and its facility lie within {@code F} of the study area and every link it uses meets the
 * envelope widened by {@code F}. What else decides the result looks no farther from such a point
 * than one tolerance: the edge a facility snaps to (snap tolerance), the access points of a park
 * (access tolerance), the road a footpath end joins (footpath tolerance). So all of it lies within
 * {@code R}, the clipped network holds the same paths with the same lengths, and leaving out links
 * (which can only make paths longer) or facilities beyond {@code F} changes nothing inside.
 * The distances are measured from envelope to envelope, never more than the true distances, so
 * the clip errs on the side of reading more.
 */
final class ClipArea {

    private final Envelope study;
    private final AnalysisSpec spec;
    private final double networkReachM;

    private ClipArea(Envelope study, AnalysisSpec spec) {
        this.study = study;
        this.spec = spec;
        double farthest = 0;
        for (AnalysisSpec.FacilitySpec f : spec.facilities()) {
            farthest = Math.max(farthest, facilityReachM(f));
        }
        AnalysisSpec.NetworkSpec n = spec.network();
        this.networkReachM = farthest + Math.max(Math.max(n.snapToleranceM(), spec.catchments().accessToleranceM()),
                n.footpathToleranceM());
    }

    /**
     * @return the clip of an analysis, or null when it reads everything: {@code clip_to_study_area}
     *     is off, or the network is an OpenStreetMap extract (read whole by its importer)
     */
    static ClipArea of(Analysis analysis, OverlayStage.Zones zones) {
        if (!analysis.spec().network().clipToStudyArea() || analysis.isOpenStreetMap()) {
            return null;
        }
        Envelope study = new Envelope(zones.studyArea().area().getEnvelopeInternal());
        for (Layer z : zones.zoneLayers()) {
            study.expandToInclude(z.envelope());
        }
        return new ClipArea(study, analysis.spec());
    }

    /** @return the envelope of the study area and the zone layers, EPSG:27700 */
    Envelope studyEnvelope() {
        return new Envelope(study);
    }

    /** @return the distance R the network is read beyond the study area, m */
    double networkReachM() {
        return networkReachM;
    }

    /** @return the envelope within which links are read: the study envelope widened by R on every side */
    Envelope networkEnvelope() {
        Envelope e = new Envelope(study);
        e.expandBy(networkReachM);
        return e;
    }

    /** @return the distance F from which a facility of this type can still reach the study area, m */
    double facilityReachM(AnalysisSpec.FacilitySpec f) {
        AnalysisSpec.NetworkSpec n = spec.network();
        double band = f.bandsMin().get(f.bandsMin().size() - 1);
        double reach = band * n.walkingSpeedKmh() * 1000 / 60 + spec.catchments().trimDistanceM();
        if ("ignore".equals(n.offNetworkLeg())) {
            reach += Math.max(n.snapToleranceM(), spec.catchments().accessToleranceM());
        }
        return reach;
    }

    /**
     * Leaves out the facilities of one type that are farther than its reach from the study area
     * (they would only fail to snap onto the clipped network) and says how many.
     *
     * @param file the facility layer, for the message
     * @return the facilities kept, renumbered; one note is added when any were left out
     * @throws InputException if none is near enough
     */
    FacilityLoader.Loaded keepReachable(FacilityLoader.Loaded loaded, AnalysisSpec.FacilitySpec f, Path file,
                                        List<String> notes) {
        double reach = facilityReachM(f);
        List<Facility> kept = new ArrayList<>();
        for (Facility x : loaded.facilities()) {
            if (study.distance(x.geometry().getEnvelopeInternal()) <= reach) {
                kept.add(new Facility(kept.size(), x.id(), x.name(), x.geometry()));
            }
        }
        int dropped = loaded.facilities().size() - kept.size();
        if (dropped == 0) {
            return loaded;
        }
        double band = f.bandsMin().get(f.bandsMin().size() - 1);
        if (kept.isEmpty()) {
            throw new InputException(file, null, String.format(Locale.ROOT, "none of the %d facilities of '%s' lies"
                    + " within %.1f km of the study area, so none can reach it within %s minutes", dropped, f.type(),
                    reach / 1000, minutes(band)), "Check that the layer covers the study area and that its CRS is right;"
                    + " the network is read only within reach of the study area (network.clip_to_study_area), so a"
                    + " type with no facility near it cannot be analysed: remove it from the facilities");
        }
        notes.add(String.format(Locale.ROOT, "%s: %d of %d facilities more than %.1f km outside the study area were"
                + " left out (they cannot reach it within %s minutes).", f.label(), dropped,
                loaded.facilities().size(), reach / 1000, minutes(band)));
        return new FacilityLoader.Loaded(loaded.layer(), kept, loaded.warnings());
    }

    /** @return a stable text of the envelope, for the network cache fingerprint */
    String fingerprint() {
        Envelope e = networkEnvelope();
        return String.format(Locale.ROOT, "%.3f,%.3f,%.3f,%.3f", e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    private static String minutes(double band) {
        return band == Math.rint(band) ? Long.toString((long) band) : Double.toString(band);
    }
}
