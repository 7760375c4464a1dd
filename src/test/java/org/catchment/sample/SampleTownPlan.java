package org.catchment.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The layout of Millbrook, the sample town: a grid-plan old centre, curving cul-de-sac estates,
 * the A580 dual carriageway, the railway, the M62, footpaths and the facilities.
 *
 * <p>Two estates are designed to be social-infrastructure deserts: Canal Quay, east of the A580
 * (elevated there, with no junction) and shut in by the railway and the canal, whose only road out
 * is a long way round; and Railside, south of the railway, whose only way out is the Station Road
 * bridge 1.3 km to the west. Everything is deterministic: the same seed gives the same town.
 */
final class SampleTownPlan {

    static final double E0 = 350_000;
    static final double N0 = 390_000;
    static final GeometryFactory GF = new GeometryFactory();
    /** Houses stand up to this far either side of a residential street, metres. */
    static final double RESIDENTIAL_DEPTH_M = 45;

    /** A point facility. */
    record PointFacility(String layer, String name, Coordinate point, Map<String, Object> attributes) {
    }

    /** An area facility. */
    record AreaFacility(String layer, String name, Polygon area, Map<String, Object> attributes) {
    }

    /** A named polygon (ward, LSOA, land use). */
    record Zone(String code, String name, Polygon area) {
    }

    /** A footpath or other right of way. */
    record Path(String id, String type, String name, LineString line) {
    }

    final StreetPlan plan = new StreetPlan(20261123L);
    final List<EstateBuilder.Estate> residentialEstates = new ArrayList<>();
    final List<StreetPlan.Road> residentialStreets = new ArrayList<>();
    final Map<String, List<StreetPlan.Road>> placeStreets = new LinkedHashMap<>();
    final List<PointFacility> points = new ArrayList<>();
    final List<AreaFacility> areas = new ArrayList<>();
    final List<Path> footpaths = new ArrayList<>();
    final List<Zone> wards = new ArrayList<>();
    final List<Zone> nonResidential = new ArrayList<>();
    final Map<String, LineString> railways = new TreeMap<>();
    final Map<String, LineString> water = new TreeMap<>();
    StreetPlan.Result network;
    /** Footpaths (snickets) reach a road from a cul-de-sac end no more than this far away, metres. */
    static final double SNICKET_M = 90;
    /** The designed deserts: no snickets lead out of them. */
    final List<String> isolatedEstates = List.of("Canal Quay", "Railside");
    private final List<StreetPlan.Road> noFootpathsOnto = new ArrayList<>();
    private IndexedFacetDistance roadDistance;

    static Coordinate p(double x, double y) {
        return new Coordinate(E0 + x, N0 + y);
    }

    SampleTownPlan build() {
        EstateBuilder estates = new EstateBuilder(plan, 7L);

        // --- the old centre: an 11 x 11 grid of streets 140 m apart, nodes jittered a little
        Coordinate[][] grid = new Coordinate[11][11];
        java.util.Random jitter = new java.util.Random(3L);
        for (int i = 0; i <= 10; i++) {
            for (int j = 0; j <= 10; j++) {
                double dx = j == 4 ? 0 : (jitter.nextDouble() - 0.5) * 10;
                double dy = j == 4 ? 0 : (jitter.nextDouble() - 0.5) * 10;
                grid[i][j] = Shapes.round(p(2000 + 140 * i + dx, 2040 + 140 * j + dy));
            }
        }
        String[] rows = {"Albert Street", "Bridge Street", "Chapel Street", "Duke Street", "High Street",
            "Market Street", "King Street", "Queen Street", "Church Street", "Park Street", "North Road"};
        String[] cols = {"West Street", "Mill Street", "Cross Street", "Water Street", "Station Street",
            "Church Lane", "Cooper Street", "Back Lane", "Hope Street", "Dale Street", "East Street"};
        for (int j = 0; j <= 10; j++) {
            if (j == 4) {
                continue;
            }
            List<Coordinate> row = new ArrayList<>();
            for (int i = 0; i <= 10; i++) {
                row.add(grid[i][j]);
            }
            residential("Old centre", plan.add(rows[j], StreetPlan.Kind.LOCAL, row));
        }
        for (int i = 0; i <= 10; i++) {
            List<Coordinate> col = new ArrayList<>();
            for (int j = 0; j <= 10; j++) {
                col.add(grid[i][j]);
            }
            residential("Old centre", plan.add(cols[i], i == 5 ? StreetPlan.Kind.MINOR : StreetPlan.Kind.LOCAL, col));
        }

        // --- A571: west edge, through the grid as High Street, to the A580 roundabout, east edge
        List<Coordinate> a571 = new ArrayList<>(Shapes.straight(p(-200, 2600), grid[0][4], 50));
        for (int i = 1; i <= 10; i++) {
            a571.add(grid[i][4]);
        }
        List<Coordinate> toRoundabout = Shapes.straight(grid[10][4], p(4175, 2600), 50);
        a571.addAll(toRoundabout.subList(1, toRoundabout.size()));
        StreetPlan.Road eastportWest = plan.add("Eastport Road", StreetPlan.Kind.aRoad("A571", "Single Carriageway", false), a571);
        StreetPlan.Road eastportEast = plan.add("Eastport Road", StreetPlan.Kind.aRoad("A571", "Single Carriageway", false),
                Shapes.straight(p(4225, 2600), p(6200, 2600), 50));

        // --- A580 dual carriageway (x = 4190 / 4210) with roundabouts at the A571, Northfield Road and the M62
        List<Coordinate> southRb = Shapes.circle(p(4200, 2600), 25, 16, 0);
        List<Coordinate> northRb = Shapes.circle(p(4200, 3900), 25, 16, 0);
        List<Coordinate> m62Rb = Shapes.circle(p(4200, 4650), 40, 16, 0);
        StreetPlan.Kind round = StreetPlan.Kind.aRoad("A580", "Roundabout", true);
        plan.add("", round, southRb);
        plan.add("", round, northRb);
        plan.add("", round, m62Rb);
        StreetPlan.Kind dual = StreetPlan.Kind.aRoad("A580", "Dual Carriageway", true);
        // the west carriageway is drawn south-bound and the east one north-bound, both ending on the roundabouts
        plan.add("Millbrook Way", dual, Shapes.straight(onCircle(southRb, 4190, false), p(4190, -200), 50));
        plan.add("Millbrook Way", dual, Shapes.straight(p(4210, -200), onCircle(southRb, 4210, false), 50));
        plan.add("Millbrook Way", dual, Shapes.straight(onCircle(northRb, 4190, false), onCircle(southRb, 4190, true), 50));
        plan.add("Millbrook Way", dual, Shapes.straight(onCircle(southRb, 4210, true), onCircle(northRb, 4210, false), 50));
        plan.add("Millbrook Way", dual, Shapes.straight(onCircle(m62Rb, 4190, false), onCircle(northRb, 4190, true), 50));
        plan.add("Millbrook Way", dual, Shapes.straight(onCircle(northRb, 4210, true), onCircle(m62Rb, 4210, false), 50));

        // --- M62 motorway along the north edge, with slip roads to its roundabout: not walkable
        StreetPlan.Road m62 = plan.add("", StreetPlan.Kind.motorway("M62", "Dual Carriageway"),
                Shapes.straight(p(-200, 4850), p(6200, 4850), 100));
        Coordinate slipWest = StreetPlan.attach(m62, p(3700, 4850));
        Coordinate slipEast = StreetPlan.attach(m62, p(4700, 4850));
        StreetPlan.Kind slip = StreetPlan.Kind.motorway("M62", "Slip Road");
        plan.add("", slip, Shapes.curve(List.of(slipWest, p(3900, 4780), m62Rb.get(6)), 15));
        plan.add("", slip, Shapes.curve(List.of(m62Rb.get(2), p(4500, 4780), slipEast), 15));

        // --- B5201 Station Road: north-south at x = 1000, over the railway on a bridge (no junction there)
        StreetPlan.Road stationRoad = plan.add("Station Road", StreetPlan.Kind.bRoad("B5201"),
                Shapes.straight(p(1000, -200), p(1000, 4600), 50));
        StreetPlan.attach(eastportWest, p(1000, 2600));
        attachAt(stationRoad, p(1000, 2600));

        // --- Northfield Road and Eastside Avenue (y = 3900), Church Lane up from the grid
        StreetPlan.Road northfieldRoad = plan.add("Northfield Road", StreetPlan.Kind.MINOR,
                Shapes.straight(p(300, 3900), northRb.get(8), 50));
        attachAt(stationRoad, p(1000, 3900));
        StreetPlan.attach(northfieldRoad, p(1000, 3900));
        StreetPlan.Road eastsideAvenue = plan.add("Eastside Avenue", StreetPlan.Kind.MINOR,
                Shapes.straight(northRb.get(0), p(5700, 3900), 50));
        Coordinate churchTop = StreetPlan.attach(northfieldRoad, p(2700, 3900));
        residential("Church Lane", plan.add("Church Lane", StreetPlan.Kind.MINOR, Shapes.straight(grid[5][10], churchTop, 40)));
        StreetPlan.attach(northfieldRoad, p(2700, 3900));

        // --- Westgate Road from Station Road to the grid's south-west corner
        Coordinate westgateStart = attachAt(stationRoad, p(1000, 2040));
        residential("Westgate Road", plan.add("Westgate Road", StreetPlan.Kind.MINOR, Shapes.straight(westgateStart, grid[0][0], 40)));

        // --- Eastside Lane from Eastport Road up to Eastside Avenue
        Coordinate laneSouth = StreetPlan.attach(eastportEast, p(4800, 2600));
        Coordinate laneNorth = StreetPlan.attach(eastsideAvenue, p(4800, 3900));
        StreetPlan.Road eastsideLane = plan.add("Eastside Lane", StreetPlan.Kind.MINOR, Shapes.straight(laneSouth, laneNorth, 40));
        residential("Eastside Lane", eastsideLane);

        // --- estates
        estate(estates, "Northfield West", StreetPlan.attach(northfieldRoad, p(700, 3900)), box(350, 3950, 1150, 4650),
                "Orchard Way", "Apple Close", "Pear Tree Close", "Cherry Close", "Plum Close", "Damson Close", "Quince Close");
        estate(estates, "Northfield Central", StreetPlan.attach(northfieldRoad, p(1700, 3900)), box(1250, 3950, 2150, 4650),
                "Meadow Way", "Clover Close", "Daisy Close", "Buttercup Close", "Cowslip Close", "Primrose Close");
        estate(estates, "Meadow Park", StreetPlan.attach(northfieldRoad, p(2450, 3900)), box(2250, 3950, 3150, 4650),
                "Park Drive", "Oak Close", "Ash Close", "Elm Close", "Birch Close", "Rowan Close", "Hazel Close");
        estate(estates, "Northfield East", StreetPlan.attach(northfieldRoad, p(3550, 3900)), box(3250, 3950, 4100, 4550),
                "Grange Road", "Willow Close", "Alder Close", "Poplar Close", "Larch Close", "Cedar Close");
        estate(estates, "Hill Top", StreetPlan.attach(northfieldRoad, p(1500, 3900)), box(1120, 3480, 1960, 3860),
                "Hill Top", "Summit Close", "Ridge Close", "Crest Close", "Brow Close");
        estate(estates, "Grange", StreetPlan.attach(northfieldRoad, p(3750, 3900)), box(3450, 3480, 4130, 3860),
                "Grange Park", "Barn Close", "Stable Close", "Paddock Close", "Dovecote Close");
        estate(estates, "Westgate", attachAt(stationRoad, p(1000, 2300)), box(150, 2050, 960, 2560),
                "Westgate Drive", "Holly Close", "Ivy Close", "Laurel Close", "Myrtle Close");
        estate(estates, "Westfield", StreetPlan.attach(eastportWest, p(500, 2600)), box(150, 2640, 960, 3440),
                "Westfield Road", "Thorn Close", "Bramble Close", "Hawthorn Close", "Sloe Close", "Briar Close");
        estate(estates, "Mill Farm", attachAt(stationRoad, p(1000, 1600)), box(1040, 1290, 1960, 1960),
                "Mill Farm Road", "Granary Close", "Wheat Close", "Barley Close", "Oat Close", "Rye Close");
        estate(estates, "Southgate", grid[5][0], box(2050, 1290, 3000, 1990),
                "Southgate", "Brook Lane", "Kestrel Close", "Heron Close", "Curlew Close", "Lapwing Close", "Plover Close");
        estate(estates, "Brookside", grid[10][0], box(3100, 1290, 4120, 1990),
                "Brookside Road", "Brookside Crescent", "Swift Close", "Martin Close", "Wren Close", "Robin Close");
        estate(estates, "Eastside North", StreetPlan.attach(eastsideAvenue, p(4700, 3900)), box(4300, 3950, 5050, 4600),
                "Eastfield Road", "Eastfield Crescent", "Fern Close", "Heather Close", "Bracken Close", "Gorse Close");
        estate(estates, "Fernhill", StreetPlan.attach(eastsideAvenue, p(5450, 3900)), box(5100, 3950, 5850, 4600),
                "Fernhill Road", "Fernhill Crescent", "Thistle Close", "Broom Close", "Sedge Close", "Rush Close");
        estate(estates, "Eastside", StreetPlan.attach(eastsideAvenue, p(5300, 3900)), box(4880, 3300, 5850, 3860),
                "Eastside Drive", "Lime Close", "Walnut Close", "Chestnut Close", "Hornbeam Close", "Juniper Close");
        estate(estates, "Sycamore Park", StreetPlan.attach(eastsideLane, p(4800, 2960)), box(4880, 2680, 5850, 3240),
                "Sycamore Road", "Sycamore Crescent", "Maple Close", "Spindle Close", "Yew Close", "Aspen Close");
        estate(estates, "Beech Grove", StreetPlan.attach(eastsideLane, p(4800, 3300)), box(4300, 2900, 4760, 3860),
                "Beech Grove", "Copper Close", "Silver Close", "Golden Close");

        // Canal Quay: reached only by Quay Road from Eastport Road at the canal, 1.1 km east of the A580
        Coordinate quayTop = StreetPlan.attach(eastportEast, p(5230, 2600));
        StreetPlan.Road quayRoad = plan.add("Quay Road", StreetPlan.Kind.MINOR,
                Shapes.curve(List.of(quayTop, p(5240, 2450), p(5220, 2250), p(5180, 2150)), 15));
        estate(estates, "Canal Quay", quayRoad.points.get(quayRoad.points.size() - 1), box(4330, 1330, 5200, 2160),
                "Wharf Road", "Lock Close", "Barge Close", "Towpath Close", "Mooring Close", "Basin Close", "Keel Close");
        // Quay industrial estate, between Canal Quay and Eastport Road: a dead end, not residential
        noFootpathsOnto.add(eastportEast);
        noFootpathsOnto.add(quayRoad);
        noFootpathsOnto.add(plan.add("Quay Industrial Estate", StreetPlan.Kind.RESTRICTED,
                Shapes.straight(StreetPlan.attach(eastportEast, p(4620, 2600)), p(4620, 2300), 30)));

        // Railside: beyond the railway; its one road runs west to Station Road
        Coordinate railsideJunction = attachAt(stationRoad, p(1000, 650));
        StreetPlan.Road railsideRoad = plan.add("Railside Road", StreetPlan.Kind.MINOR,
                Shapes.curve(List.of(railsideJunction, p(1500, 620), p(2000, 680), p(2320, 650)), 15));
        noFootpathsOnto.add(railsideRoad);
        estate(estates, "Railside", railsideRoad.points.get(railsideRoad.points.size() - 1), box(2300, 280, 3450, 1080),
                "Railside Avenue", "Signal Close", "Platform Close", "Sleeper Close", "Junction Close", "Siding Close");

        network = plan.build();
        barriers();
        footpaths(grid);
        facilities();
        wards();
        return this;
    }

    private void estate(EstateBuilder builder, String name, Coordinate entrance, Envelope box, String... names) {
        EstateBuilder.Estate e = builder.build(name, entrance, box, names);
        residentialEstates.add(e);
        e.roads().forEach(r -> residential(name, r));
    }

    /** Records a road as a residential street of a place. */
    private StreetPlan.Road residential(String place, StreetPlan.Road road) {
        residentialStreets.add(road);
        placeStreets.computeIfAbsent(place, k -> new ArrayList<>()).add(road);
        return road;
    }

    /** Makes p a vertex of the road (a junction) and returns it. */
    private static Coordinate attachAt(StreetPlan.Road road, Coordinate p) {
        return StreetPlan.attach(road, p);
    }

    /** @return the point of a circle's polyline with x nearest the given value, on its north or south half */
    private static Coordinate onCircle(List<Coordinate> circle, double x, boolean north) {
        Coordinate best = null;
        double centreY = circle.stream().mapToDouble(c -> c.y).average().orElseThrow();
        for (Coordinate c : circle) {
            if ((c.y > centreY) == north && (best == null || Math.abs(c.x - (E0 + x)) < Math.abs(best.x - (E0 + x)))) {
                best = c;
            }
        }
        return best;
    }

    static Envelope box(double x0, double y0, double x1, double y1) {
        return new Envelope(E0 + x0, E0 + x1, N0 + y0, N0 + y1);
    }

    private void barriers() {
        railways.put("Millbrook to Eastport line", line(Shapes.straight(p(-200, 1200), p(6200, 1200), 200)));
        water.put("Millbrook Canal", line(Shapes.curve(List.of(p(5320, -200), p(5300, 800), p(5310, 1700), p(5290, 2300),
                p(5300, 2580)), 40)));
    }

    private void facilities() {
        // GP surgeries (served within 20 minutes)
        point("gp", "Market Street Surgery", 2480, 2690, "Y99001");
        point("gp", "Northfield Medical Practice", 1720, 4050, "Y99002");
        inEstate("gp", "Orchard Way Surgery", "Northfield West", 0.3, 0.6, "Y99003");
        point("gp", "Grange Medical Centre", 3640, 3860, "Y99004");
        point("gp", "Eastside Health Centre", 5050, 3960, "Y99005");
        point("gp", "Westgate Surgery", 880, 2400, "Y99006");
        inEstate("gp", "Mill Farm Surgery", "Mill Farm", 0.7, 0.5, "Y99007");
        point("gp", "Brookside Surgery", 3500, 1700, "Y99008");
        point("gp", "Railside Surgery", 2780, 760, "Y99009");
        inEstate("gp", "Sycamore Park Surgery", "Sycamore Park", 0.75, 0.7, "Y99010");
        // libraries (20 minutes)
        point("libraries", "Millbrook Central Library", 2770, 2550, "Static Library");
        point("libraries", "Northfield Library", 1460, 3960, "Static Library");
        point("libraries", "Westgate Library", 1060, 2650, "Static Library");
        point("libraries", "Eastside Library", 4900, 3960, "Static Library");
        // community centres (20 minutes)
        point("community_centres", "Millbrook Community Centre", 3060, 2880, "Millbrook Council");
        point("community_centres", "Northfield Community Hub", 2640, 3960, "Northfield Community Association");
        point("community_centres", "Hill Top Community Centre", 1500, 3700, "Millbrook Council");
        inEstate("community_centres", "St Luke's Church Hall", "Northfield West", 0.6, 0.8, "St Luke's Parish");
        point("community_centres", "St Michael's Church Hall", 3480, 4000, "St Michael's Parish");
        point("community_centres", "Eastside Community Centre", 5150, 3960, "Eastside Residents' Association");
        inEstate("community_centres", "St Aidan's Church Hall", "Eastside North", 0.3, 0.7, "St Aidan's Parish");
        point("community_centres", "Eastside Lane Community Hall", 4850, 3000, "Eastside Residents' Association");
        inEstate("community_centres", "Sycamore Park Community Centre", "Sycamore Park", 0.85, 0.5, "Millbrook Council");
        point("community_centres", "Westgate Community Centre", 980, 2540, "Millbrook Council");
        point("community_centres", "Southgate Community Centre", 2500, 1650, "Millbrook Council");
        inEstate("community_centres", "Brookside Community Centre", "Brookside", 0.7, 0.5, "Brookside Tenants' Association");
        inEstate("community_centres", "Quayside Community Room", "Canal Quay", 0.5, 0.5, "Canal Quay Residents' Association");
        // sports centres (20 minutes)
        point("sports_centres", "Millbrook Leisure Centre", 3300, 3240, "Swimming pool, sports hall, gym");
        point("sports_centres", "Northfield Sports Centre", 1150, 4250, "Sports hall, pitches");
        point("sports_centres", "Northfield Academy Sports Hall", 2760, 3700, "Sports hall (school, public use evenings)");
        point("sports_centres", "Eastside Sports Hall", 5500, 3960, "Sports hall");
        inEstate("sports_centres", "Brookside Sports Hall", "Brookside", 0.85, 0.5, "Sports hall (school, public use evenings)");
        inEstate("sports_centres", "Westfield High School Sports Centre", "Westfield", 0.6, 0.9, "Sports hall, pitches");
        point("sports_centres", "Millbrook Academy Sports Centre", 2010, 1620, "Sports hall, all-weather pitch");
        // foodbanks (20 minutes), given by postcode
        point("foodbanks", "Millbrook Foodbank at St Mary's", 2620, 2470, "St Mary's Church Hall");
        inEstate("foodbanks", "Eastside Pantry", "Sycamore Park", 0.8, 0.4, "Sycamore Park Community Centre");
        point("foodbanks", "Eastfield Food Pantry", 5180, 3960, "Eastfield Methodist Church");
        point("foodbanks", "Westgate Community Larder", 1060, 2450, "Westgate Methodist Church");
        point("foodbanks", "Northfield Family Foodbank", 2900, 4100, "Northfield Baptist Church");
        inEstate("foodbanks", "St Luke's Foodbank", "Northfield West", 0.55, 0.8, "St Luke's Church Hall");
        inEstate("foodbanks", "Brookside Pantry", "Brookside", 0.3, 0.4, "Brookside Surgery annexe");
        // children's parks (10 minutes): play areas as polygons
        area("parks", "Victoria Park play area", rect(3040, 2180, 3150, 2270), "Play area");
        area("parks", "Church Lane play area", rect(2560, 3120, 2620, 3180), "Play area");
        area("parks", "Northfield Rec", rect(1270, 3560, 1420, 3680), "Recreation ground");
        area("parks", "Eastside Park", rect(4880, 3500, 5020, 3620), "Park");
        playArea("Northfield West", "Orchard Way play area", 0.5, 0.5);
        playArea("Northfield Central", "Meadow Way play area", 0.5, 0.5);
        playArea("Meadow Park", "Park Drive play area", 0.5, 0.5);
        playArea("Northfield East", "Grange Road play area", 0.5, 0.5);
        playArea("Northfield East", "Larch Close play area", 0.3, 0.85);
        playArea("Grange", "Grange Park play area", 0.5, 0.5);
        playArea("Westgate", "Westgate play area", 0.5, 0.5);
        playArea("Westfield", "Westfield play area", 0.5, 0.5);
        playArea("Westfield", "Sloe Close play area", 0.3, 0.85);
        playArea("Mill Farm", "Mill Farm play area", 0.5, 0.5);
        playArea("Mill Farm", "Granary Close play area", 0.15, 0.5);
        playArea("Southgate", "Southgate play area", 0.5, 0.5);
        playArea("Southgate", "Heron Close play area", 0.25, 0.3);
        playArea("Brookside", "Brookside play area", 0.3, 0.5);
        playArea("Brookside", "Wren Close play area", 0.8, 0.5);
        playArea("Eastside North", "Eastfield play area", 0.5, 0.5);
        playArea("Fernhill", "Fernhill play area", 0.5, 0.5);
        playArea("Eastside", "Chestnut Close play area", 0.85, 0.5);
        playArea("Sycamore Park", "Sycamore Park play area", 0.5, 0.5);
        area("parks", "Lane End play area", spot(4850, 2700, 50, 50), "Play area");
        playArea("Beech Grove", "Beech Grove play area", 0.5, 0.25);
        playArea("Beech Grove", "Copper Close play area", 0.5, 0.75);
        playArea("Canal Quay", "Quayside play area", 0.5, 0.5);
        playArea("Railside", "Railside play area", 0.6, 0.4);
        // retail centres (10 minutes)
        area("retail_centres", "Millbrook Town Centre", rect(2300, 2420, 2900, 2840), "Town centre");
        area("retail_centres", "Eastside Retail Park", rect(4450, 2660, 4775, 2880), "Retail park");
        area("retail_centres", "Westgate Local Centre", rect(820, 2620, 960, 2700), "Local centre");
        area("retail_centres", "Northfield Parade", rect(1800, 3920, 2000, 3990), "Local centre");
        area("retail_centres", "Station Road Parade", spot(900, 3840, 120, 50), "Local parade");
        area("retail_centres", "Westfield Parade", spot(980, 3300, 50, 100), "Local parade");
        area("retail_centres", "Church Lane Parade", spot(2600, 3850, 120, 50), "Local parade");
        area("retail_centres", "Grange Parade", spot(3650, 3935, 120, 40), "Local parade");
        estateShops("Northfield West", "Orchard Parade", 0.3, 0.8);
        estateShops("Meadow Park", "Park Drive Shops", 0.6, 0.75);
        estateShops("Northfield East", "Willow Parade", 0.5, 0.8);
        estateShops("Mill Farm", "Mill Farm Parade", 0.6, 0.3);
        estateShops("Southgate", "Southgate Parade", 0.4, 0.3);
        estateShops("Brookside", "Brookside Parade", 0.55, 0.2);
        estateShops("Brookside", "Robin Parade", 0.85, 0.7);
        area("retail_centres", "Albert Street Parade", spot(3050, 1985, 70, 40), "Local parade");
        area("retail_centres", "Eastfield Parade", spot(5200, 3935, 120, 40), "Local parade");
        area("retail_centres", "Eastside Avenue Shops", spot(4620, 3935, 100, 40), "Local parade");
        estateShops("Eastside", "Chestnut Parade", 0.8, 0.3);
        estateShops("Fernhill", "Fernhill Parade", 0.6, 0.8);
        estateShops("Eastside North", "Heather Parade", 0.3, 0.8);
        estateShops("Sycamore Park", "Sycamore Parade", 0.55, 0.2);
        nonResidential.add(new Zone("", "Quay Industrial Estate", rect(4420, 2220, 5150, 2560)));
        nonResidential.add(new Zone("", "Victoria Park", rect(3010, 2150, 3180, 2300)));
    }

    /** Adds a point facility near a point of an estate's box (fractions of its width and height). */
    private void inEstate(String layer, String name, String estate, double fx, double fy, String extra) {
        Envelope b = estate(estate).box();
        point(layer, name, b.getMinX() - E0 + fx * b.getWidth(), b.getMinY() - N0 + fy * b.getHeight(), extra);
    }

    /** Adds a small parade of shops near a point of an estate's box. */
    private void estateShops(String estate, String name, double fx, double fy) {
        Envelope b = estate(estate).box();
        area("retail_centres", name, spot(b.getMinX() - E0 + fx * b.getWidth(), b.getMinY() - N0 + fy * b.getHeight(), 60, 40),
                "Local parade");
    }

    /** Adds a 50 m square play area near a point of an estate's box (fractions of its width and height). */
    private void playArea(String estate, String name, double fx, double fy) {
        Envelope b = estate(estate).box();
        double x = b.getMinX() - E0 + fx * b.getWidth();
        double y = b.getMinY() - N0 + fy * b.getHeight();
        area("parks", name, spot(x, y, 50, 50), "Play area");
    }

    /**
     * @return a w x h rectangle as near the point as possible that stands 8 to 25 m from the nearest
     * road (so it fronts a street and can be entered from it), clear of the railway, the canal and
     * the other facility areas
     */
    private Polygon spot(double x, double y, double w, double h) {
        if (roadDistance == null) {
            List<Geometry> lines = new ArrayList<>();
            network.links().forEach(l -> lines.add(line(List.of(l.points()))));
            roadDistance = new IndexedFacetDistance(GF.buildGeometry(lines));
        }
        List<int[]> offsets = new ArrayList<>();
        for (int dx = -300; dx <= 300; dx += 5) {
            for (int dy = -300; dy <= 300; dy += 5) {
                offsets.add(new int[] {dx, dy});
            }
        }
        offsets.sort(Comparator.<int[]>comparingInt(o -> o[0] * o[0] + o[1] * o[1]).thenComparingInt(o -> o[0])
                .thenComparingInt(o -> o[1]));
        for (int[] o : offsets) {
            double x0 = Math.round(x + o[0] - w / 2);
            double y0 = Math.round(y + o[1] - h / 2);
            Polygon r = rect(x0, y0, x0 + w, y0 + h);
            double d = roadDistance.distance(r);
            if (d >= 8 && d <= 25 && clear(r)) {
                return r;
            }
        }
        throw new IllegalStateException("no room for a " + w + " x " + h + " m area near " + x + ", " + y);
    }

    private boolean clear(Polygon r) {
        for (LineString l : railways.values()) {
            if (l.distance(r) < 40) {
                return false;
            }
        }
        for (LineString l : water.values()) {
            if (l.distance(r) < 20) {
                return false;
            }
        }
        for (Path p : footpaths) {
            if (p.line().distance(r) < 5) {
                return false;
            }
        }
        return areas.stream().allMatch(a -> a.area().distance(r) >= 10);
    }

    private void footpaths(Coordinate[][] grid) {
        // across Victoria Park, corner to corner of its block
        footpaths.add(new Path("FP1", "Footpath", "Victoria Park path", line(List.of(grid[7][1], p(3090, 2225), grid[8][2]))));
        // the footbridge over the A580 between Park Street and Beech Grove: crosses the dual carriageway without a junction
        Coordinate beech = nearestResidentialPoint(p(4360, 3300));
        footpaths.add(new Path("FP2", "Footpath", "A580 footbridge",
                line(List.of(grid[10][9], p(3800, 3300), p(4200, 3300), offset(beech, -6, 0)))));
        // snickets between cul-de-sac ends of neighbouring estates
        int n = 3;
        for (String[] pair : new String[][] {{"Northfield West", "Northfield Central"}, {"Northfield Central", "Meadow Park"},
            {"Meadow Park", "Northfield East"}, {"Westgate", "Westfield"}, {"Mill Farm", "Southgate"},
            {"Southgate", "Brookside"}}) {
            Coordinate[] ends = closestEnds(estate(pair[0]), estate(pair[1]));
            if (ends != null && ends[0].distance(ends[1]) < 400) {
                footpaths.add(new Path("FP" + n++, "Footpath", pair[0] + " to " + pair[1],
                        line(List.of(towards(ends[0], ends[1], 4), towards(ends[1], ends[0], 4)))));
            }
        }
        // from the top of Mill Farm to Westgate Road
        Coordinate millEnd = nearestEnd(estate("Mill Farm"), p(1500, 2040));
        footpaths.add(new Path("FP" + n++, "Footpath", "Mill Farm to Westgate Road",
                line(List.of(towards(millEnd, p(millEnd.x - E0, 2040), 4), offset(new Coordinate(millEnd.x, N0 + 2036), 0, 0)))));
        // from the south-west of Grange to the corner of North Road and East Street
        Coordinate grangeEnd = nearestEnd(estate("Grange"), grid[10][10]);
        footpaths.add(new Path("FP" + n++, "Footpath", "Grange to North Road", line(List.of(grangeEnd, grid[10][10]))));
        // a bridleway along the railway on the town side, from Station Road
        footpaths.add(new Path("BW1", "Bridleway", "Railway bridleway", line(Shapes.straight(p(1006, 1290), p(2000, 1290), 100))));
        n = snickets(n);
        // a field path in the north-west, nowhere near a road: isolated
        footpaths.add(new Path("FP" + n, "Footpath", "Moss Lane field path", line(List.of(p(60, 4300), p(150, 4450), p(240, 4620)))));
    }

    private void wards() {
        wards.add(new Zone("E05099001", "Town Centre", poly(1700, 1950, 4190, 1950, 4190, 3450, 1700, 3450)));
        wards.add(new Zone("E05099002", "Northfield", poly(-200, 3450, 4190, 3450, 4190, 5000, -200, 5000)));
        wards.add(new Zone("E05099003", "Eastside", poly(4190, -200, 6200, -200, 6200, 5000, 4190, 5000)));
        wards.add(new Zone("E05099004", "Southmoor", poly(-200, -200, 4190, -200, 4190, 1950, 1700, 1950, 1700, 3450,
                -200, 3450)));
    }

    /** @return the residential places (the old centre, each estate, the lanes between): the land along their streets */
    Map<String, Geometry> places() {
        Map<String, Geometry> out = new LinkedHashMap<>();
        placeStreets.forEach((name, roads) -> out.put(name,
                UnaryUnionOp.union(roads.stream().map(r -> line(r.points).buffer(RESIDENTIAL_DEPTH_M, 4)).toList())));
        return out;
    }

    EstateBuilder.Estate estate(String name) {
        return residentialEstates.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Adds a footpath from each cul-de-sac end that lies within {@value #SNICKET_M} m of another
     * road, straight to it, unless the path would cross another road, the railway or the canal.
     * The two designed deserts get none: their edges are the A580, the railway and the canal.
     *
     * @return the next free footpath number
     */
    private int snickets(int first) {
        int n = first;
        for (EstateBuilder.Estate e : residentialEstates) {
            if (isolatedEstates.contains(e.name())) {
                continue;
            }
            List<StreetPlan.Road> own = e.roads();
            for (int i = 0; i < e.roadEnds().size(); i++) {
                Coordinate end = e.roadEnds().get(i);
                StreetPlan.Road target = null;
                Coordinate at = null;
                for (StreetPlan.Road r : plan.roads()) {
                    if (own.contains(r) || noFootpathsOnto.contains(r) || !walkableForSnickets(r)) {
                        continue;
                    }
                    Coordinate q = closestPoint(r, end);
                    if (q.distance(end) <= SNICKET_M && (at == null || q.distance(end) < at.distance(end))) {
                        at = q;
                        target = r;
                    }
                }
                if (at != null && crossesNothing(end, at, target)) {
                    StreetPlan.Road close = own.stream().filter(r -> r.points.get(r.points.size() - 1).equals2D(end))
                            .findFirst().orElse(e.loop());
                    footpaths.add(new Path("FP" + n++, "Footpath", close.name + " to " + target.name,
                            line(List.of(end, Shapes.round(at)))));
                }
            }
        }
        return n;
    }

    private boolean walkableForSnickets(StreetPlan.Road r) {
        return !r.kind.primary() && !"Motorway".equals(r.kind.function());
    }

    private static Coordinate closestPoint(StreetPlan.Road r, Coordinate c) {
        Coordinate best = null;
        for (int i = 0; i < r.points.size() - 1; i++) {
            Coordinate q = new LineSegment(r.points.get(i), r.points.get(i + 1)).closestPoint(c);
            if (best == null || q.distance(c) < best.distance(c)) {
                best = q;
            }
        }
        return best;
    }

    /** @return true if the straight path from a close end to a road meets no other road, the railway or the canal */
    private boolean crossesNothing(Coordinate from, Coordinate to, StreetPlan.Road target) {
        LineString path = line(List.of(from, to));
        Geometry inner = path.getLength() > 2 ? line(List.of(towards(from, to, 1), towards(to, from, 1))) : path;
        for (StreetPlan.Road r : plan.roads()) {
            if (r != target && line(r.points).intersects(inner)) {
                return false;
            }
        }
        return railways.values().stream().noneMatch(inner::intersects) && water.values().stream().noneMatch(inner::intersects);
    }

    /** @return the estate's road end nearest a point */
    private static Coordinate nearestEnd(EstateBuilder.Estate e, Coordinate c) {
        return e.roadEnds().stream().min(Comparator.comparingDouble(x -> x.distance(c))).orElseThrow();
    }

    /** @return the pair of road ends, one per estate, closest to each other */
    private static Coordinate[] closestEnds(EstateBuilder.Estate a, EstateBuilder.Estate b) {
        Coordinate[] best = null;
        for (Coordinate x : a.roadEnds()) {
            for (Coordinate y : b.roadEnds()) {
                if (best == null || x.distance(y) < best[0].distance(best[1])) {
                    best = new Coordinate[] {x, y};
                }
            }
        }
        return best;
    }

    private Coordinate nearestResidentialPoint(Coordinate c) {
        Coordinate best = null;
        for (StreetPlan.Road r : residentialStreets) {
            for (int i = 0; i < r.points.size() - 1; i++) {
                Coordinate q = new LineSegment(r.points.get(i), r.points.get(i + 1)).closestPoint(c);
                if (best == null || q.distance(c) < best.distance(c)) {
                    best = q;
                }
            }
        }
        return best;
    }

    private static Coordinate towards(Coordinate from, Coordinate to, double metres) {
        double d = from.distance(to);
        return Shapes.round(new Coordinate(from.x + (to.x - from.x) * metres / d, from.y + (to.y - from.y) * metres / d));
    }

    private static Coordinate offset(Coordinate c, double dx, double dy) {
        return Shapes.round(new Coordinate(c.x + dx, c.y + dy));
    }

    /** Adds a point facility beside the street nearest (x, y), at whole metres as council lists give them. */
    private void point(String layer, String name, double x, double y, String extra) {
        Coordinate beside = besideStreet(p(x, y));
        Coordinate c = new Coordinate(Math.round(beside.x), Math.round(beside.y));
        Map<String, Object> attributes = new TreeMap<>();
        if (extra != null) {
            attributes.put("extra", extra);
        }
        points.add(new PointFacility(layer, name, c, attributes));
    }

    /** Moves a facility to stand 18 m back from its nearest residential or local street, as buildings do. */
    private Coordinate besideStreet(Coordinate c) {
        Coordinate on = nearestResidentialPoint(c);
        double d = on.distance(c);
        if (d < 1) {
            return Shapes.round(new Coordinate(c.x + 18, c.y));
        }
        return Shapes.round(new Coordinate(on.x + (c.x - on.x) * 18 / d, on.y + (c.y - on.y) * 18 / d));
    }

    private void area(String layer, String name, Polygon polygon, String type) {
        Map<String, Object> attributes = new TreeMap<>();
        attributes.put("type", type);
        areas.add(new AreaFacility(layer, name, polygon, attributes));
    }

    static Polygon rect(double x0, double y0, double x1, double y1) {
        return poly(x0, y0, x1, y0, x1, y1, x0, y1);
    }

    static Polygon poly(double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2 + 1];
        for (int i = 0; i < xy.length / 2; i++) {
            c[i] = p(xy[2 * i], xy[2 * i + 1]);
        }
        c[c.length - 1] = c[0];
        return GF.createPolygon(c);
    }

    static LineString line(List<Coordinate> points) {
        return GF.createLineString(points.toArray(new Coordinate[0]));
    }

    /** @return residential land: 45 m either side of residential streets, less parks, shops and industry */
    Geometry residentialLand() {
        List<Geometry> buffers = new ArrayList<>();
        for (StreetPlan.Road r : residentialStreets) {
            buffers.add(line(r.points).buffer(RESIDENTIAL_DEPTH_M, 4));
        }
        Geometry land = UnaryUnionOp.union(buffers);
        List<Geometry> holes = new ArrayList<>();
        areas.forEach(a -> holes.add(a.area()));
        nonResidential.forEach(z -> holes.add(z.area()));
        holes.add(railways.values().iterator().next().buffer(30));
        holes.add(water.values().iterator().next().buffer(15));
        land = land.difference(UnaryUnionOp.union(holes));
        Geometry clipped = land.intersection(UnaryUnionOp.union(wards.stream().map(Zone::area).map(Geometry.class::cast).toList()));
        return polygonal(DouglasPeuckerSimplifier.simplify(polygonal(clipped), 1.0));
    }

    /** @return the polygons of a geometry (overlays may add slivers of lower dimension), as one valid multipolygon */
    static Geometry polygonal(Geometry g) {
        List<Polygon> polygons = new ArrayList<>();
        for (Object p : PolygonExtracter.getPolygons(g)) {
            if (!((Polygon) p).isEmpty()) {
                polygons.add((Polygon) p);
            }
        }
        return GeometryFixer.fix(GF.createMultiPolygon(polygons.toArray(new Polygon[0])));
    }

    static Point point(Coordinate c) {
        return GF.createPoint(c);
    }
}
