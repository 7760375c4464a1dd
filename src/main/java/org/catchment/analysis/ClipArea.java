package org.catchment.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.catchment.InputException;
import org.catchment.layer.Layer;
import org.catchment.network.Connectivity;
import org.catchment.network.SnapPoint;
import org.catchment.network.WalkingNetwork;
import org.catchment.servicearea.CatchmentOptions;
import org.catchment.servicearea.Facility;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

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
 * The network envelope is the study envelope widened by R, grown where needed to hold every kept
 * facility's envelope widened by the snap and access tolerances (a large park reaching beyond it).
 *
 * <p>Why this is exact inside the study area: a place there is served when a network point within
 * {@code trim} of it is reached within the band, by a path whose length (plus the timed leg) is
 * at most {@code band x speed}. Every point of that path is within its length of its end, so the
 * path and its facility lie within {@code F} of the study area and every link it uses meets the
 * envelope widened by {@code F}. What else decides the result looks no farther from such a point,
 * or from a kept facility, than one tolerance: the edge a facility snaps to (snap tolerance), the
 * access points of a park (access tolerance), the road a footpath end joins (footpath tolerance).
 * So all of it is read, the clipped network holds the same paths with the same lengths and every
 * kept facility joins it in the same places; leaving out links (which can only make paths longer)
 * or facilities beyond {@code F} changes nothing inside. Distances are measured from envelope to
 * envelope, never more than the true distances, so the clip errs on the side of reading more.
 */
final class ClipArea {

    private final Envelope study;
    private final double networkReachM;
    private final Envelope network;
    private final List<FacilityLoader.Loaded> facilities;
    private final List<String> notes;
    private final List<int[]> from;

    private ClipArea(Envelope study, double networkReachM, Envelope network, List<FacilityLoader.Loaded> facilities,
                     List<String> notes, List<int[]> from) {
        this.study = study;
        this.networkReachM = networkReachM;
        this.network = network;
        this.facilities = List.copyOf(facilities);
        this.notes = List.copyOf(notes);
        this.from = List.copyOf(from);
    }

    /**
     * @param loaded the facilities of each type, in the order of the analysis file
     * @return the clip of an analysis, or null when it reads everything: {@code clip_to_study_area}
     *     is off, or the network is an OpenStreetMap extract (read whole by its importer)
     * @throws InputException if no facility of a type is near enough to reach the study area
     */
    static ClipArea of(Analysis analysis, OverlayStage.Zones zones, List<FacilityLoader.Loaded> loaded) {
        AnalysisSpec spec = analysis.spec();
        if (!spec.network().clipToStudyArea() || analysis.isOpenStreetMap()) {
            return null;
        }
        Envelope study = new Envelope(zones.studyArea().area().getEnvelopeInternal());
        for (Layer z : zones.zoneLayers()) {
            study.expandToInclude(z.envelope());
        }
        double joinM = Math.max(spec.network().snapToleranceM(), spec.catchments().accessToleranceM());
        double reach = networkReachM(spec);
        Envelope network = new Envelope(study);
        network.expandBy(reach);
        List<FacilityLoader.Loaded> kept = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            AnalysisSpec.FacilitySpec f = spec.facilities().get(i);
            FacilityLoader.Loaded k = keepReachable(study, loaded.get(i), spec, f,
                    analysis.layer(f.layer()).file(), FacilityLayers.readFrom(analysis, f), notes);
            for (Facility x : k.facilities()) {
                Envelope e = envelope(x.geometry());
                e.expandBy(joinM);
                network.expandToInclude(e);
            }
            kept.add(k);
        }
        return new ClipArea(study, reach, network, kept, notes, List.of());
    }

    /**
     * The clip of one tile of a tiled run ({@link TiledRun}): as {@link #of} with the tile's envelope
     * in place of the study envelope, so the proof above holds for every place of the tile. A type
     * may keep no facility here.
     *
     * @param tile   the envelope of the tile's cell within the study envelope
     * @param loaded the facilities of each type the whole run keeps
     * @param owned  per type, the facilities the tile must keep whatever their distance (those it reports)
     */
    static ClipArea ofTile(Analysis analysis, Envelope tile, List<FacilityLoader.Loaded> loaded, List<BitSet> owned) {
        AnalysisSpec spec = analysis.spec();
        double joinM = Math.max(spec.network().snapToleranceM(), spec.catchments().accessToleranceM());
        double reach = networkReachM(spec);
        Envelope network = new Envelope(tile);
        network.expandBy(reach);
        List<FacilityLoader.Loaded> kept = new ArrayList<>();
        List<int[]> from = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            double typeReach = facilityReachM(spec, spec.facilities().get(i));
            FacilityLoader.Loaded l = loaded.get(i);
            List<Facility> k = new ArrayList<>();
            List<AnalysisResult.Source> sources = new ArrayList<>();
            List<Integer> index = new ArrayList<>();
            for (Facility x : l.facilities()) {
                Envelope e = envelope(x.geometry());
                if (owned.get(i).get(x.index()) || tile.distance(e) <= typeReach) {
                    k.add(new Facility(k.size(), x.id(), x.name(), x.geometry()));
                    sources.add(l.sources().get(x.index()));
                    index.add(x.index());
                    e.expandBy(joinM);
                    network.expandToInclude(e);
                }
            }
            kept.add(new FacilityLoader.Loaded(l.layers(), k, sources, List.of()));
            from.add(index.stream().mapToInt(Integer::intValue).toArray());
        }
        return new ClipArea(tile, reach, network, kept, List.of(), from);
    }

    /** @return for a tile's clip, each kept facility's index in the whole run's list of its type */
    int[] wholeIndex(int type) {
        return from.get(type);
    }

    /**
     * @return a new envelope of a facility's shape; for a point made from its coordinate, as JTS
     *     would otherwise keep an envelope in each of a million points for the rest of the run
     */
    private static Envelope envelope(Geometry g) {
        return g instanceof Point p && !p.isEmpty() ? new Envelope(p.getCoordinate())
                : new Envelope(g.getEnvelopeInternal());
    }

    /** @return the envelope of the study area and the zone layers, in the working CRS */
    Envelope studyEnvelope() {
        return new Envelope(study);
    }

    /** @return the distance R the network is read beyond the study area, m */
    double networkReachM() {
        return networkReachM;
    }

    /** @return the envelope within which links are read (working CRS) */
    Envelope networkEnvelope() {
        return new Envelope(network);
    }

    /** @return the facilities of each type that can reach the study area, renumbered */
    List<FacilityLoader.Loaded> facilities() {
        return facilities;
    }

    /** @return one note per type whose facilities were left out */
    List<String> notes() {
        return notes;
    }

    /**
     * @return the snaps less those on a component the clip cut: one with an edge reaching outside the
     *     network envelope, whose connection to the rest may lie among the links not read, so that
     *     an island warning for it would be an artefact of the clip
     */
    List<SnapPoint> outsideCutComponents(WalkingNetwork network, Connectivity connectivity, List<SnapPoint> snaps) {
        BitSet cut = new BitSet();
        for (int e = 0; e < network.edgeCount(); e++) {
            if (!this.network.contains(network.edgeLine(e).getEnvelopeInternal())) {
                cut.set(connectivity.component(e));
            }
        }
        return snaps.stream().filter(s -> !cut.get(connectivity.component(s.edge()))).toList();
    }

    /** @return a stable text of the network envelope, for the network cache fingerprint */
    String fingerprint() {
        return String.format(Locale.ROOT, "%.3f,%.3f,%.3f,%.3f", network.getMinX(), network.getMinY(),
                network.getMaxX(), network.getMaxY());
    }

    /** @return the distance R the network is read beyond the study area: the farthest facility reach plus one tolerance, m */
    static double networkReachM(AnalysisSpec spec) {
        AnalysisSpec.NetworkSpec n = spec.network();
        double farthest = 0;
        for (AnalysisSpec.FacilitySpec f : spec.facilities()) {
            farthest = Math.max(farthest, facilityReachM(spec, f));
        }
        return farthest + Math.max(Math.max(n.snapToleranceM(), spec.catchments().accessToleranceM()),
                n.footpathToleranceM());
    }

    /** @return the distance F from which a facility of this type can still reach the study area, m */
    static double facilityReachM(AnalysisSpec spec, AnalysisSpec.FacilitySpec f) {
        AnalysisSpec.NetworkSpec n = spec.network();
        double reach = maxBand(f) * n.walkingSpeedKmh() * 1000 / 60 + spec.catchments().trimDistanceM();
        if (n.offNetworkLeg() == CatchmentOptions.OffNetworkLeg.IGNORE) {
            reach += Math.max(n.snapToleranceM(), spec.catchments().accessToleranceM());
        }
        return reach;
    }

    /**
     * Leaves out the facilities of one type that are farther than its reach from the study area
     * (they would only fail to snap onto the clipped network) and says how many.
     */
    private static FacilityLoader.Loaded keepReachable(Envelope study, FacilityLoader.Loaded loaded, AnalysisSpec spec,
                                                       AnalysisSpec.FacilitySpec f, Path file, String readFrom,
                                                       List<String> notes) {
        double reach = facilityReachM(spec, f);
        List<Facility> kept = new ArrayList<>();
        List<AnalysisResult.Source> sources = new ArrayList<>();
        for (Facility x : loaded.facilities()) {
            if (study.distance(envelope(x.geometry())) <= reach) {
                kept.add(new Facility(kept.size(), x.id(), x.name(), x.geometry()));
                sources.add(loaded.sources().get(x.index()));
            }
        }
        int dropped = loaded.facilities().size() - kept.size();
        if (dropped == 0) {
            return loaded;
        }
        if (kept.isEmpty()) {
            throw new InputException(file, null, String.format(Locale.ROOT, "none of the %d facilities of '%s'%s lies"
                    + " within %.1f km of the study area, so none can reach it within %s minutes", dropped, f.type(),
                    readFrom, reach / 1000, minutes(maxBand(f))), "Check that the layer covers the study area and that its CRS"
                    + " is right; the network is read only within reach of the study area (network.clip_to_study_area),"
                    + " so a type with no facility near it cannot be analysed: remove it from the facilities");
        }
        notes.add(String.format(Locale.ROOT, "%s: %,d of %,d facilities more than %.1f km outside the study area were"
                + " left out (they cannot reach it within %s minutes).", f.label(), dropped,
                loaded.facilities().size(), reach / 1000, minutes(maxBand(f))));
        return new FacilityLoader.Loaded(loaded.layers(), kept, sources, loaded.warnings());
    }

    private static double maxBand(AnalysisSpec.FacilitySpec f) {
        return f.bandsMin().get(f.bandsMin().size() - 1);
    }

    private static String minutes(double band) {
        return band == Math.rint(band) ? Long.toString((long) band) : Double.toString(band);
    }
}
