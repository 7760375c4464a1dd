package org.catchment.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catchment.layer.Crs;
import org.catchment.network.NetworkLink;
import org.catchment.network.OpenRoadsNetworkBuilder;
import org.catchment.network.OpenRoadsSchema;
import org.catchment.network.WalkingNetwork;
import org.catchment.servicearea.CatchmentEngine;
import org.catchment.servicearea.CatchmentOptions;
import org.catchment.servicearea.Facility;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Works out the sample town's answer in memory: the walking network from the plan's links and
 * footpaths, the served area of each facility type (its largest band) with the method defaults,
 * and where residential land lacks three or more types. Used by the design test to keep the
 * designed deserts from drifting, and by the README to state the answer.
 */
final class SampleTownDesign {

    /** A facility type of the sample analysis. */
    record FacilityType(String type, String label, double bandMin, double servedBandMin) {
        double[] bandsMin() {
            return new double[] {bandMin, servedBandMin};
        }
    }

    /** The seven types with their bands, as in the reference study (docs/method.md#summary-of-defaults). */
    static final List<FacilityType> TYPES = List.of(
            new FacilityType("gp", "GP surgeries", 10, 20),
            new FacilityType("libraries", "Libraries", 10, 20),
            new FacilityType("community_centres", "Community centres", 10, 20),
            new FacilityType("sports_centres", "Sports centres", 10, 20),
            new FacilityType("foodbanks", "Foodbanks", 10, 20),
            new FacilityType("parks", "Children's parks", 5, 10),
            new FacilityType("retail_centres", "Retail centres", 5, 10));

    /** A type counts as missing from an estate when less than this share of its residential land is served. */
    static final double SERVED_SHARE = 0.5;
    /** Types missing for a desert (the analysis file's min_missing). */
    static final int MIN_MISSING = 3;
    /** Desert patches smaller than this are ignored, as the analysis does by default (m2). */
    static final double MIN_DESERT_M2 = 2000;

    /**
     * @param name         the estate (or the old centre)
     * @param servedShare  per type, the share of the estate's residential land served
     * @param missing      the types served on less than half of it
     */
    record EstateAnswer(String name, Map<String, Double> servedShare, List<String> missing) {
        boolean desert() {
            return missing.size() >= MIN_MISSING;
        }
    }

    /** A connected piece of residential land lacking at least {@link #MIN_MISSING} types. */
    record DesertPatch(Polygon area, String place, List<String> missing) {
    }

    /** The answer: per estate, and the desert patches anywhere in the town. */
    record Answer(List<EstateAnswer> estates, List<DesertPatch> deserts) {
        EstateAnswer estate(String name) {
            return estates.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        }
    }

    private SampleTownDesign() {
    }

    static Answer evaluate(SampleTownPlan plan) {
        List<NetworkLink> links = new ArrayList<>();
        for (StreetPlan.Link l : plan.network.links()) {
            links.add(new NetworkLink(l.identifier(), l.startNode(), l.endNode(), SampleTownPlan.line(List.of(l.points())),
                    !OpenRoadsSchema.isMotorway(l.road().kind.function()), NetworkLink.Kind.ROAD));
        }
        Map<String, Geometry> served = new LinkedHashMap<>();
        try (WalkingNetwork network = new OpenRoadsNetworkBuilder(Crs.epsg(27700)).addLinks(links)
                .addFootpaths(SampleTownLayers.footpaths(plan)).build().network()) {
            CatchmentEngine engine = new CatchmentEngine(network);
            for (FacilityType t : TYPES) {
                CatchmentOptions options = CatchmentOptions.defaults().withBands(t.bandsMin());
                served.put(t.type(), engine.run(facilities(plan, t.type()), options).largestDisk());
            }
        }
        Geometry land = plan.residentialLand();
        Map<String, Geometry> places = plan.places();
        List<EstateAnswer> estates = new ArrayList<>();
        for (Map.Entry<String, Geometry> place : places.entrySet()) {
            Geometry own = intersection(land, place.getValue());
            Map<String, Double> share = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            for (FacilityType t : TYPES) {
                double s = intersection(own, served.get(t.type())).getArea() / own.getArea();
                share.put(t.type(), s);
                if (s < SERVED_SHARE) {
                    missing.add(t.type());
                }
            }
            estates.add(new EstateAnswer(place.getKey(), share, missing));
        }
        return new Answer(estates, deserts(places, land, served));
    }

    /** @return the residential land lacking three or more types, by connected piece */
    private static List<DesertPatch> deserts(Map<String, Geometry> places, Geometry land, Map<String, Geometry> served) {
        // atLeast[k] = land lacking at least k+1 of the types seen so far
        Geometry[] atLeast = new Geometry[MIN_MISSING];
        for (Geometry disk : served.values()) {
            Geometry unserved = SampleTownPlan.polygonal(OverlayNGRobust.overlay(land, disk, OverlayNG.DIFFERENCE));
            for (int k = MIN_MISSING - 1; k >= 0; k--) {
                Geometry add = k == 0 ? unserved : atLeast[k - 1] == null ? null
                        : intersection(atLeast[k - 1], unserved);
                if (add != null) {
                    atLeast[k] = atLeast[k] == null ? add : OverlayNGRobust.overlay(atLeast[k], add, OverlayNG.UNION);
                }
            }
        }
        List<DesertPatch> out = new ArrayList<>();
        Geometry desert = atLeast[MIN_MISSING - 1];
        for (int i = 0; desert != null && i < desert.getNumGeometries(); i++) {
            Polygon p = (Polygon) desert.getGeometryN(i);
            if (p.getArea() < MIN_DESERT_M2) {
                continue;
            }
            Geometry inside = p.getInteriorPoint();
            List<String> missing = new ArrayList<>();
            served.forEach((type, disk) -> {
                if (!disk.covers(inside)) {
                    missing.add(type);
                }
            });
            String place = null;
            double most = 0;
            for (Map.Entry<String, Geometry> z : places.entrySet()) {
                double overlap = intersection(p, z.getValue()).getArea();
                if (overlap > most) {
                    most = overlap;
                    place = z.getKey();
                }
            }
            out.add(new DesertPatch(p, place, missing));
        }
        return out;
    }

    /** @return the area common to two polygonal geometries, without the lines and points where they only touch */
    static Geometry intersection(Geometry a, Geometry b) {
        return SampleTownPlan.polygonal(OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION));
    }

    /** @return the plan's facilities of one type as catchment facilities, in plan order */
    static List<Facility> facilities(SampleTownPlan plan, String type) {
        List<Facility> out = new ArrayList<>();
        for (SampleTownPlan.PointFacility f : plan.points) {
            if (f.layer().equals(type)) {
                out.add(new Facility(out.size(), type + "-" + (out.size() + 1), f.name(), SampleTownPlan.point(f.point())));
            }
        }
        for (SampleTownPlan.AreaFacility f : plan.areas) {
            if (f.layer().equals(type)) {
                out.add(new Facility(out.size(), type + "-" + (out.size() + 1), f.name(), f.area()));
            }
        }
        return out;
    }
}
