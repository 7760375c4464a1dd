package org.catchment.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.catchment.network.TestNetworks.at;
import static org.catchment.network.TestNetworks.line;
import static org.catchment.network.TestNetworks.node;
import static org.catchment.network.TestNetworks.road;
import static org.catchment.network.TestNetworks.starts;

import java.util.ArrayList;
import java.util.List;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.LineString;

class FootpathMergerTest {

    static Layer footpaths(LineString... lines) {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("prow");
        tb.setCRS(Crs.epsg(27700));
        tb.add("geometry", LineString.class);
        SimpleFeatureType type = tb.buildFeatureType();
        List<SimpleFeature> features = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            features.add(SimpleFeatureBuilder.build(type, new Object[] {lines[i]}, "fp" + (i + 1)));
        }
        return Layer.of("prow", type, features);
    }

    static OpenRoadsNetworkBuilder.Built build(FootpathMerger.Options options, Layer paths, NetworkLink... roads) {
        return new OpenRoadsNetworkBuilder(Crs.epsg(27700)).addLinks(List.of(roads)).addFootpaths(paths).footpathOptions(options).build();
    }

    /*
     *  a -------------------------------- b      road, 400 m
     *                  |  6 m gap
     *                  |  footpath fp1 (200, 6) -> (200, 206)
     *                  |
     *        fp2: (350, 30) -> (350, 230), 30 m from the road: isolated
     */
    @Test
    void footpathEndingSixMetresFromARoadJoinsItAndOneThirtyMetresAwayDoesNot() {
        OpenRoadsNetworkBuilder.Built built = build(FootpathMerger.Options.defaults(),
                footpaths(line(200, 6, 200, 206), line(350, 30, 350, 230)),
                road("ab", "a", "b", 0, 0, 400, 0));
        FootpathMerger.Report report = built.report().footpaths();
        assertThat(report.footpaths()).isEqualTo(2);
        assertThat(report.connected()).isEqualTo(1);
        assertThat(report.endsJoined()).isEqualTo(1);
        assertThat(report.roadSplits()).isEqualTo(1);
        assertThat(report.isolated()).containsExactly("prow:fp2");

        WalkingNetwork net = built.network();
        SnapPoint f = new Snapper(net, 250).snap("F", at(0, 0));
        SearchResult r = new MultiSourceSearch(net, 4.8).run(starts(f), 60);
        // a -> split point (200 m) -> 6 m connector -> 200 m footpath
        assertThat(r.minutes(node(net, "footpath@350200.000,400206.000"))).isCloseTo(406 / 80.0, offset(1e-9));
        assertThat(r.minutes(node(net, "footpath@350350.000,400230.000"))).isInfinite();
        assertThat(r.minutes(node(net, "b"))).isCloseTo(5, offset(1e-9));
    }

    /* A footpath end 0.5 m from the road's end node joins that node: no split. */
    @Test
    void joinNearARoadEndUsesTheEndNode() {
        OpenRoadsNetworkBuilder.Built built = build(FootpathMerger.Options.defaults(),
                footpaths(line(400.5, 0, 400.5, 100)),
                road("ab", "a", "b", 0, 0, 400, 0));
        assertThat(built.report().footpaths().roadSplits()).isZero();
        WalkingNetwork net = built.network();
        SearchResult r = new MultiSourceSearch(net, 4.8).run(starts(new Snapper(net, 250).snap("F", at(0, 0))), 60);
        assertThat(r.minutes(node(net, "footpath@350400.500,400100.000")))
                .isCloseTo((400 + 0.5 + 100) / 80.0, offset(1e-9));
    }

    /*
     *           fp1 (100, -100) -> (100, 100) crosses the road a-b at (100, 0)
     *  a --------+-------- b        but both ends are 100 m from it
     */
    @Test
    void footpathCrossingARoadWithoutASharedVertexStaysApartUnlessCrossingsAreNoded() {
        Layer paths = footpaths(line(100, -100, 100, 100));
        NetworkLink road = road("ab", "a", "b", 0, 0, 200, 0);
        FootpathMerger.Report apart = build(FootpathMerger.Options.defaults(), paths, road).report().footpaths();
        assertThat(apart.isolated()).containsExactly("prow:fp1");

        OpenRoadsNetworkBuilder.Built noded = build(new FootpathMerger.Options(10, true), paths, road);
        assertThat(noded.report().footpaths().isolated()).isEmpty();
        assertThat(noded.report().footpaths().crossingsNoded()).isEqualTo(1);
        WalkingNetwork net = noded.network();
        SearchResult r = new MultiSourceSearch(net, 4.8).run(starts(new Snapper(net, 250).snap("F", at(0, 0))), 60);
        assertThat(r.minutes(node(net, "footpath@350100.000,400100.000"))).isCloseTo(200 / 80.0, offset(1e-9));
    }

    /*
     *  fp1 (0, 50) -> (100, 50) -> (200, 50)     fp2 ends on fp1's middle vertex: joined there
     *  fp2 (100, 50) -> (100, 150)
     *  fp3 (150, 0) -> (150, 100)                crosses fp1 without a shared vertex: not joined
     *  road a (0, 0) - b (0, 40) joins fp1's start within 10 m
     */
    @Test
    void footpathsJoinEachOtherOnlyAtSharedVertices() {
        OpenRoadsNetworkBuilder.Built built = build(FootpathMerger.Options.defaults(),
                footpaths(line(0, 50, 100, 50, 200, 50), line(100, 50, 100, 150), line(150, 0, 150, 100)),
                road("ab", "a", "b", 0, -400, 0, 40));
        assertThat(built.report().footpaths().isolated()).containsExactly("prow:fp3");
        WalkingNetwork net = built.network();
        SearchResult r = new MultiSourceSearch(net, 4.8).run(starts(new Snapper(net, 250).snap("F", at(0, -400))), 60);
        assertThat(r.minutes(node(net, "footpath@350100.000,400150.000")))
                .isCloseTo((440 + 10 + 100 + 100) / 80.0, offset(1e-9));
    }
}
