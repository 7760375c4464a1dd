package org.catchment.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.catchment.InputException;
import org.catchment.layer.Crs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/** Builds the real Rutland OpenStreetMap extract (data/rutland, Geofabrik 2022-08-18). */
class OsmNetworkBuilderTest {

    static final Path RUTLAND = Path.of("data/rutland/rutland-latest.osm.pbf");
    static WalkingNetwork rutland;

    @BeforeAll
    static void build(@TempDir Path dir) {
        rutland = OsmNetworkBuilder.build(RUTLAND, dir.resolve("gh"), new NetworkProjection(Crs.epsg(27700)));
    }

    @Test
    void rutlandBuildsAWalkingGraph() {
        // Counts from GraphHopper 11.0's import of this fixed extract (foot profile, no simplification).
        assertThat(rutland.source()).isEqualTo(WalkingNetwork.Source.OPENSTREETMAP);
        assertThat(rutland.nodeCount()).isEqualTo(11_519);
        assertThat(rutland.edgeCount()).isEqualTo(13_624);
        Connectivity c = Connectivity.of(rutland);
        assertThat(c.walkableEdges()).isEqualTo(12_560);
        assertThat(c.largestShare()).isGreaterThan(0.9);
        // Geofabrik's roads layer of the same extract sums to 1,563 km (ogrinfo, ST_Length in EPSG:27700),
        // of which 109 km bridleway and 105 km trunk road that GraphHopper's foot profile may refuse.
        assertThat(c.totalLengthM()).isBetween(1_350_000.0, 1_563_000.0);
    }

    @Test
    void nodesCarryOpenStreetMapIdsAndBngCoordinates() {
        long withOsmId = 0;
        for (int n = 0; n < rutland.nodeCount(); n++) {
            if (rutland.nodeSourceId(n).startsWith("node/")) {
                withOsmId++;
            }
        }
        assertThat(withOsmId).isEqualTo(rutland.nodeCount());
        // Rutland lies around E 470000-500000, N 295000-320000.
        assertThat(rutland.extent().getMinX()).isBetween(460_000.0, 490_000.0);
        assertThat(rutland.extent().getMaxY()).isBetween(310_000.0, 330_000.0);
        assertThat(rutland.edgeSourceId(0)).startsWith("way/");
    }

    @Test
    void edgeLengthsAreMeasuredInBritishNationalGrid() {
        double gh = 0;
        double bng = 0;
        for (int e = 0; e < rutland.edgeCount(); e++) {
            gh += rutland.graph().getEdgeIteratorState(e, Integer.MIN_VALUE).getDistance();
            bng += rutland.edgeLengthM(e);
        }
        // GraphHopper measures on a sphere of radius 6,371 km, about 0.16% short of the ellipsoid's
        // radii of curvature at 52.6 N; BNG's scale factor 86 km east of its central meridian is 0.9997.
        // So BNG lengths come out about 0.13% longer than GraphHopper's.
        assertThat(bng / gh).isBetween(1.0010, 1.0025);
    }

    @Test
    void uppinghamLibrarySnapsCloseToAPath() {
        // Uppingham Library, osm node 18352760, lon -0.7207628 lat 52.5875752 (Geofabrik POI layer).
        // GDAL 3.6 (ogr2ogr -s_srs EPSG:4326 -t_srs EPSG:27700) puts it at E 486763.6, N 299631.7.
        double[] xy = new NetworkProjection(Crs.epsg(27700)).toWorking(new double[] {-0.7207628, 52.5875752}, 1);
        assertThat(xy[0]).isCloseTo(486763.6, org.assertj.core.data.Offset.offset(5.0));
        assertThat(xy[1]).isCloseTo(299631.7, org.assertj.core.data.Offset.offset(5.0));
        Coordinate library = new Coordinate(xy[0], xy[1]);
        SnapPoint s = new Snapper(rutland, 250).snap("Uppingham Library", library);
        assertThat(s).isNotNull();
        assertThat(s.offsetM()).isLessThan(50);
    }

    /*
     *            6
     *            | steps (111 m)
     *  1 ------- 2 ------- 3 ====M62==== 4      footway 1-2-3, motorway 3-4
     *  | pedestrian (111 m)              |
     *  7                                 5      residential 4-5 (beyond the motorway)
     *
     * Node positions in EPSG:27700 from GDAL 3.6: 1 (350952.572, 395059.383), 2 (351151.804, 395057.320),
     * 3 (351351.037, 395055.264), 6 (351152.954, 395168.570), 7 (350951.417, 394948.132).
     */
    @Test
    void tinyFileWalksFootwaysStepsAndPedestrianStreetsButNotMotorways(@TempDir Path dir) {
        WalkingNetwork tiny = OsmNetworkBuilder.build(Path.of("src/test/resources/osm/tiny.osm.pbf"), dir.resolve("gh"),
                new NetworkProjection(Crs.epsg(27700)));
        Connectivity c = Connectivity.of(tiny);
        // 1-2, 2-3, 2-6, 1-7 and 4-5 are walkable; the motorway 3-4 is stored but closed to walkers
        assertThat(tiny.edgeCount()).isEqualTo(6);
        assertThat(c.walkableEdges()).isEqualTo(5);
        assertThat(c.components()).isEqualTo(2);
        SnapPoint start = new Snapper(tiny, 250).snap("F", new Coordinate(350952.572, 395059.383));
        SearchResult r = new MultiSourceSearch(tiny, 4.8).run(TestNetworks.starts(start), 60);
        double d12 = Math.hypot(351151.804 - 350952.572, 395057.320 - 395059.383);
        double d23 = Math.hypot(351351.037 - 351151.804, 395055.264 - 395057.320);
        double d26 = Math.hypot(351152.954 - 351151.804, 395168.570 - 395057.320);
        double d17 = Math.hypot(350951.417 - 350952.572, 394948.132 - 395059.383);
        org.assertj.core.data.Offset<Double> tolerance = org.assertj.core.data.Offset.offset(1e-3);
        assertThat(r.minutes(TestNetworks.node(tiny, "node/2"))).isCloseTo(d12 / 80, tolerance);
        assertThat(r.minutes(TestNetworks.node(tiny, "node/3"))).isCloseTo((d12 + d23) / 80, tolerance);
        // steps are walked at 3 km/h against GraphHopper's nominal 5
        assertThat(r.minutes(TestNetworks.node(tiny, "node/6"))).isCloseTo((d12 + d26 * 5 / 3) / 80, tolerance);
        assertThat(r.minutes(TestNetworks.node(tiny, "node/7"))).isCloseTo(d17 / 80, tolerance);
        assertThat(r.minutes(TestNetworks.node(tiny, "node/4"))).isInfinite();
        assertThat(r.minutes(TestNetworks.node(tiny, "node/5"))).isInfinite();
    }

    @Test
    void missingFileIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> OsmNetworkBuilder.build(dir.resolve("nowhere.osm.pbf"), dir.resolve("gh"),
                new NetworkProjection(Crs.epsg(27700))))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("nowhere.osm.pbf: the OpenStreetMap file does not exist. Check the path in the analysis file.");
    }

    @Test
    void notAnOsmFileIsAClearError(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.osm.pbf"), "this is not protobuf");
        assertThatThrownBy(() -> OsmNetworkBuilder.build(bad, dir.resolve("gh"), new NetworkProjection(Crs.epsg(27700))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("bad.osm.pbf: cannot read the OpenStreetMap extract")
                .hasMessageContaining("Check that it is an .osm.pbf file");
    }
}
