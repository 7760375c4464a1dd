package org.catchment.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchment.network.TestNetworks.at;
import static org.catchment.network.TestNetworks.road;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.catchment.layer.Crs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkCacheTest {

    @Test
    void storedOpenRoadsNetworkReloadsWithTheSameGraphAndTimes(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("net");
        WalkingNetwork built = new OpenRoadsNetworkBuilder(Crs.epsg(27700)).storeIn(folder).addLinks(List.of(
                road("ab", "a", "b", 0, 0, 400, 0),
                road("bc", "b", "c", 400, 0, 400, 300, 700, 300),
                road("loop", "c", "c", 700, 300, 800, 300, 800, 400, 700, 300))).build().network();
        NetworkCache.save(built, folder);

        Optional<WalkingNetwork> loaded = NetworkCache.load(folder, new NetworkProjection(Crs.epsg(27700)));
        assertThat(loaded).isPresent();
        WalkingNetwork net = loaded.get();
        assertThat(net.nodeCount()).isEqualTo(built.nodeCount());
        assertThat(net.edgeCount()).isEqualTo(built.edgeCount());
        for (int e = 0; e < net.edgeCount(); e++) {
            assertThat(net.edgeLengthM(e)).isEqualTo(built.edgeLengthM(e));
            assertThat(net.edgeSourceId(e)).isEqualTo(built.edgeSourceId(e));
            assertThat(net.baseNode(e)).isEqualTo(built.baseNode(e));
        }
        SnapPoint f = new Snapper(net, 250).snap("F", at(100, 10));
        SearchResult r = new MultiSourceSearch(net, 4.8).run(TestNetworks.starts(f), 60);
        assertThat(r.minutes(TestNetworks.node(net, "c"))).isEqualTo((300 + 300 + 300) / 80.0);
    }

    @Test
    void missingOrIncompleteCacheIsNotLoaded(@TempDir Path dir) throws Exception {
        assertThat(NetworkCache.load(dir.resolve("absent"), new NetworkProjection(Crs.epsg(27700)))).isEmpty();
        Path folder = dir.resolve("half");
        new OpenRoadsNetworkBuilder(Crs.epsg(27700)).storeIn(folder).addLinks(List.of(road("ab", "a", "b", 0, 0, 400, 0))).build();
        // GraphHopper's files are there but the side file was never written: the build did not finish
        assertThat(NetworkCache.load(folder, new NetworkProjection(Crs.epsg(27700)))).isEmpty();
    }

    @Test
    void fingerprintChangesWithTheInputsAndTheSettings(@TempDir Path dir) throws Exception {
        Path roads = Files.writeString(dir.resolve("roads.shp"), "x");
        String a = NetworkCache.fingerprint(List.of(roads), "tolerance=10");
        assertThat(NetworkCache.fingerprint(List.of(roads), "tolerance=10")).isEqualTo(a);
        assertThat(NetworkCache.fingerprint(List.of(roads), "tolerance=20")).isNotEqualTo(a);
        Files.setLastModifiedTime(roads, FileTime.fromMillis(Files.getLastModifiedTime(roads).toMillis() + 5000));
        assertThat(NetworkCache.fingerprint(List.of(roads), "tolerance=10")).isNotEqualTo(a);
        Files.writeString(roads, "xy");
        assertThat(NetworkCache.fingerprint(List.of(roads), "tolerance=10")).isNotEqualTo(a);
    }

    @Test
    void storedOpenStreetMapNetworkReloads(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("osm");
        WalkingNetwork built = OsmNetworkBuilder.build(Path.of("src/test/resources/osm/tiny.osm.pbf"), folder,
                new NetworkProjection(Crs.epsg(27700)), true);
        NetworkCache.save(built, folder);
        WalkingNetwork net = NetworkCache.load(folder, new NetworkProjection(Crs.epsg(27700))).orElseThrow();
        assertThat(net.source()).isEqualTo(WalkingNetwork.Source.OPENSTREETMAP);
        assertThat(net.edgeCount()).isEqualTo(built.edgeCount());
        assertThat(net.nodeSourceId(TestNetworks.node(built, "node/3"))).isEqualTo("node/3");
        for (int e = 0; e < net.edgeCount(); e++) {
            assertThat(net.edgeLengthM(e)).isEqualTo(built.edgeLengthM(e));
        }
    }
}
