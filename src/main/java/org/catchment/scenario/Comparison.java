package org.catchment.scenario;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.catchment.analysis.AnalysisResult;
import org.catchment.network.SearchStart;
import org.catchment.overlay.AccessChange;
import org.catchment.overlay.AreaPieces;
import org.catchment.overlay.CoverageRow;
import org.catchment.overlay.Desert;
import org.catchment.overlay.DesertChange;
import org.catchment.overlay.Population;
import org.catchment.overlay.Zone;
import org.catchment.servicearea.Facility;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * A baseline against a scenario: a pure function of two results of the same analysis (same
 * types, same zones), computed from what they hold in memory (docs/method.md#comparison).
 *
 * <ul>
 * <li>{@link #access()}: for each type and band whose service area changed, where access was
 * gained (served after, not before) and lost (served before, not after), within the study area's
 * zones, with the residents counted as the coverage tables count them.
 * <li>{@link #zones()}: for every zone of every zone layer (the study area's first, then each of
 * {@code zones:}), type and band: area and residents served before and after (the coverage
 * rows) and, where the type changed, the area and residents gained and lost in the zone.
 * <li>{@link #zoneDeserts()}: for every zone, the area and residents in deserts before and after.
 * <li>{@link #deserts()}: the deserts matched by overlap ({@link DesertChange}).
 * <li>{@link #facilities()}: the facilities closed and added.
 * </ul>
 */
public final class Comparison {

    /**
     * One zone, type and band before and after.
     *
     * @param zoneSet     0 for the study area's zones, k for the k-th layer of {@code zones:}
     * @param before      the coverage row before
     * @param after       the coverage row after
     * @param servedBand  true for the type's served band
     * @param change      the gains and losses in the zone, or null when the type's area did not change
     */
    public record ZoneRow(int zoneSet, CoverageRow before, CoverageRow after, boolean servedBand,
                          AccessChange.InZone change) {
    }

    /**
     * One zone's deserts before and after.
     *
     * @param zoneSet         0 for the study area's zones, k for the k-th layer of {@code zones:}
     * @param zone            the zone's name
     * @param areaBeforeM2    its area in deserts before, square metres
     * @param areaAfterM2     its area in deserts after
     * @param residentsBefore its residents in deserts before, or null without population data
     * @param residentsAfter  its residents in deserts after, or null
     */
    public record ZoneDeserts(int zoneSet, String zone, double areaBeforeM2, double areaAfterM2, Double residentsBefore,
                              Double residentsAfter) {
    }

    /**
     * A facility closed or added.
     *
     * @param type      the type's id
     * @param label     the type's display name
     * @param facility  the facility (numbered as in its result)
     * @param closed    true when closed, false when added
     * @param onNetwork true when it joins the network (a site off it serves nobody)
     */
    public record FacilityChange(String type, String label, Facility facility, boolean closed, boolean onNetwork) {
    }

    private final AnalysisResult before;
    private final AnalysisResult after;
    private final List<AccessChange> access = new ArrayList<>();
    private final List<Boolean> served = new ArrayList<>();
    private final List<ZoneRow> zones = new ArrayList<>();
    private final List<ZoneDeserts> zoneDeserts = new ArrayList<>();
    private final List<FacilityChange> facilities = new ArrayList<>();
    private final List<DesertChange> deserts;

    private Comparison(AnalysisResult before, AnalysisResult after) {
        this.before = before;
        this.after = after;
        this.deserts = DesertChange.match(before.deserts().deserts(), after.deserts().deserts());
    }

    /**
     * @param before the baseline
     * @param after  a scenario of it (the same facility types and zones)
     * @return the comparison
     * @throws IllegalArgumentException when the two do not have the same types and zones
     */
    public static Comparison of(AnalysisResult before, AnalysisResult after) {
        List<String> a = before.types().stream().map(t -> t.spec().type()).toList();
        List<String> b = after.types().stream().map(t -> t.spec().type()).toList();
        if (!a.equals(b) || before.wardCoverage().size() != after.wardCoverage().size()) {
            throw new IllegalArgumentException("results of different analyses: types " + a + " and " + b);
        }
        Comparison c = new Comparison(before, after);
        c.compute();
        return c;
    }

    private void compute() {
        Population population = before.overlayInputs().population();
        List<Zone> studyZones = before.overlayInputs().studyArea().zones();
        Geometry within = OverlayNGRobust.union(studyZones.stream().map(Zone::geometry).toList());
        List<List<AccessChange>> byType = new ArrayList<>();
        for (int i = 0; i < before.types().size(); i++) {
            AnalysisResult.TypeResult b = before.types().get(i);
            AnalysisResult.TypeResult a = after.types().get(i);
            List<AccessChange> bands = new ArrayList<>();
            if (a.catchment() != b.catchment()) {
                for (int k = 0; k < b.spec().bandsMin().size(); k++) {
                    AccessChange change = AccessChange.of(b.spec().type(), b.spec().label(), b.spec().bandsMin().get(k),
                            b.catchment().disks().get(k), a.catchment().disks().get(k), within, population);
                    bands.add(change);
                    if (!change.isEmpty()) {
                        access.add(change);
                        served.add(k == b.servedBandIndex());
                    }
                }
                facilities(b, a);
            }
            byType.add(bands);
        }
        List<List<Zone>> sets = new ArrayList<>();
        sets.add(studyZones);
        sets.addAll(before.overlayInputs().zoneSets());
        List<List<AccessChange.ByZone>> changesByZone = byType.stream()
                .map(changes -> changes.stream().map(AccessChange::byZone).toList()).toList();
        List<List<CoverageRow>> rowsBefore = coverage(before);
        List<List<CoverageRow>> rowsAfter = coverage(after);
        AreaPieces desertsBefore = pieces(before.deserts().deserts());
        AreaPieces desertsAfter = pieces(after.deserts().deserts());
        for (int s = 0; s < sets.size(); s++) {
            List<CoverageRow> rb = rowsBefore.get(s);
            List<CoverageRow> ra = rowsAfter.get(s);
            int perZone = rb.size() / Math.max(1, sets.get(s).size());
            for (int z = 0; z < sets.get(s).size(); z++) {
                Zone zone = sets.get(s).get(z);
                int row = z * perZone;
                for (int i = 0; i < before.types().size(); i++) {
                    AnalysisResult.TypeResult t = before.types().get(i);
                    for (int k = 0; k < t.spec().bandsMin().size(); k++, row++) {
                        List<AccessChange.ByZone> changes = changesByZone.get(i);
                        AccessChange.InZone in = changes.isEmpty() ? null : changes.get(k).in(zone.geometry(), population);
                        zones.add(new ZoneRow(s, rb.get(row), ra.get(row), k == t.servedBandIndex(), in));
                    }
                }
                Geometry inBefore = desertsBefore == null ? null : desertsBefore.intersection(zone.geometry());
                Geometry inAfter = desertsAfter == null ? null : desertsAfter.intersection(zone.geometry());
                zoneDeserts.add(new ZoneDeserts(s, zone.name(), area(inBefore), area(inAfter),
                        residents(inBefore, population), residents(inAfter, population)));
            }
        }
    }

    private void facilities(AnalysisResult.TypeResult b, AnalysisResult.TypeResult a) {
        List<Facility> was = b.catchment().facilities();
        List<Facility> now = a.catchment().facilities();
        BitSet onBefore = onNetwork(b);
        BitSet onAfter = onNetwork(a);
        for (Facility f : was) {
            if (now.stream().noneMatch(x -> same(x, f))) {
                facilities.add(new FacilityChange(b.spec().type(), b.spec().label(), f, true, onBefore.get(f.index())));
            }
        }
        for (Facility f : now) {
            if (was.stream().noneMatch(x -> same(x, f))) {
                facilities.add(new FacilityChange(a.spec().type(), a.spec().label(), f, false, onAfter.get(f.index())));
            }
        }
    }

    private static boolean same(Facility a, Facility b) {
        return a.id().equals(b.id()) && a.name().equals(b.name()) && a.geometry().equalsExact(b.geometry());
    }

    private static BitSet onNetwork(AnalysisResult.TypeResult t) {
        BitSet on = new BitSet();
        for (SearchStart s : t.catchment().starts().starts()) {
            on.set(s.source());
        }
        return on;
    }

    private static List<List<CoverageRow>> coverage(AnalysisResult r) {
        List<List<CoverageRow>> out = new ArrayList<>();
        out.add(r.wardCoverage());
        out.addAll(r.zoneCoverage());
        return out;
    }

    /** @return the deserts' union cut into pieces, to be clipped to every zone; null when there is none */
    private static AreaPieces pieces(List<Desert> deserts) {
        return deserts.isEmpty() ? null
                : AreaPieces.of(OverlayNGRobust.union(deserts.stream().map(Desert::geometry).toList()));
    }

    /** @return the area of a zone's part of the deserts (null: there are none) */
    private static double area(Geometry inDeserts) {
        return inDeserts == null ? 0 : inDeserts.getArea();
    }

    private static Double residents(Geometry inDeserts, Population population) {
        if (population == null) {
            return null;
        }
        return inDeserts == null ? 0.0 : population.residentsIn(inDeserts);
    }

    /** @return the baseline */
    public AnalysisResult before() {
        return before;
    }

    /** @return the scenario */
    public AnalysisResult after() {
        return after;
    }

    /** @return each type and band whose service area changed: gained and lost, within the study area */
    public List<AccessChange> access() {
        return List.copyOf(access);
    }

    /** @return the change of one type's service area at its served band, or empty when it did not change */
    public Optional<AccessChange> servedAccess(String type) {
        for (int i = 0; i < access.size(); i++) {
            if (access.get(i).type().equals(type) && served.get(i)) {
                return Optional.of(access.get(i));
            }
        }
        return Optional.empty();
    }

    /** @return true when {@code change} (one of {@link #access()}) is of its type's served band */
    public boolean isServedBand(AccessChange change) {
        return served.get(access.indexOf(change));
    }

    /** @return every zone of every zone layer, type and band, zone-major as the coverage tables */
    public List<ZoneRow> zones() {
        return List.copyOf(zones);
    }

    /** @return every zone's deserts before and after */
    public List<ZoneDeserts> zoneDeserts() {
        return List.copyOf(zoneDeserts);
    }

    /** @return the deserts, matched by overlap */
    public List<DesertChange> deserts() {
        return deserts;
    }

    /** @return the facilities closed and added, by type in the analysis file's order */
    public List<FacilityChange> facilities() {
        return List.copyOf(facilities);
    }

    /** @return the residents in deserts before, or null without population data */
    public Double residentsInDesertsBefore() {
        return total(before);
    }

    /** @return the residents in deserts after, or null without population data */
    public Double residentsInDesertsAfter() {
        return total(after);
    }

    private static Double total(AnalysisResult r) {
        return r.overlayInputs().population() == null ? null
                : r.deserts().deserts().stream().mapToDouble(Desert::residents).sum();
    }
}
