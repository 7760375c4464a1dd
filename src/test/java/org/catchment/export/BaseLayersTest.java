package org.catchment.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.catchment.network.NetworkLink;
import org.catchment.network.OpenRoadsNetworkBuilder;
import org.catchment.network.WalkingNetwork;
import org.catchment.render.MapLayer;
import org.catchment.render.Palette;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * The layers under the results: three links along a line, A-B-C-D 100 m apart, the middle one a
 * motorway, drawn the same whether read from the file (the app before a run) or from the built
 * network (the maps of a run).
 */
class BaseLayersTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final double E = 350_000;
    private static final double N = 400_000;

    private static LineString line(double x0, double x1) {
        return GF.createLineString(new Coordinate[] {new Coordinate(E + x0, N), new Coordinate(E + x1, N)});
    }

    /** @param functions the OS Open Roads function of each link, or null for a layer without the field */
    private static Layer roads(String... functions) {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("RoadLink");
        tb.setCRS(Crs.epsg(27700));
        tb.add("geom", LineString.class);
        tb.add("identifier", String.class);
        if (functions != null) {
            tb.add("function", String.class);
        }
        SimpleFeatureType type = tb.buildFeatureType();
        String[] f = functions == null ? new String[3] : functions;
        return Layer.of("RoadLink", type, List.of(
                SimpleFeatureBuilder.build(type, row(line(0, 100), "ab", f[0], functions), "r.1"),
                SimpleFeatureBuilder.build(type, row(line(100, 200), "bc", f[1], functions), "r.2"),
                SimpleFeatureBuilder.build(type, row(line(200, 300), "cd", f[2], functions), "r.3")));
    }

    private static Object[] row(LineString g, String id, String function, String[] functions) {
        return functions == null ? new Object[] {g, id} : new Object[] {g, id, function};
    }

    @Test
    void motorwaysReadFromTheFileAreALayerOfTheirOwn() {
        List<BaseLayers.Part> parts = BaseLayers.roadLinks(roads("Local Road", "Motorway", "A Road"));
        assertThat(parts).extracting(p -> p.layer().legendLabel()).containsExactly("Roads and streets",
                "Motorway (not walkable)");
        assertThat(parts.get(0).features().features()).extracting(x -> x.getAttribute("identifier"))
                .containsExactly("ab", "cd");
        assertThat(parts.get(0).layer().style()).isEqualTo(Palette.roads());
        assertThat(parts.get(1).features().features()).extracting(x -> x.getAttribute("identifier"))
                .containsExactly("bc");
        assertThat(parts.get(1).layer().geometries()).containsExactly(line(100, 200));
        assertThat(parts.get(1).layer().style()).isEqualTo(Palette.motorway()).isNotEqualTo(Palette.roads());
    }

    @Test
    void roadsWithoutAFunctionFieldAreAllWalkable() {
        assertThat(BaseLayers.roadLinks(roads((String[]) null))).singleElement()
                .satisfies(p -> assertThat(p.layer().geometries()).hasSize(3));
    }

    @Test
    void theBuiltNetworkIsDrawnInTheSameLayers() {
        try (WalkingNetwork net = new OpenRoadsNetworkBuilder(Crs.epsg(27700)).addLinks(List.of(
                new NetworkLink("ab", "A", "B", line(0, 100), true, NetworkLink.Kind.ROAD),
                new NetworkLink("bc", "B", "C", line(100, 200), false, NetworkLink.Kind.ROAD),
                new NetworkLink("cd", "C", "D", line(200, 300), true, NetworkLink.Kind.ROAD))).build().network()) {
            List<MapLayer> all = BaseLayers.network(net, null);
            assertThat(all).extracting(MapLayer::legendLabel).containsExactly("Roads and streets", "Motorway (not walkable)");
            assertThat(all.get(0).geometries()).hasSize(2);
            assertThat(all.get(1).geometries()).singleElement().satisfies(g -> assertThat(g.getLength())
                    .isEqualTo(100, org.assertj.core.data.Offset.offset(0.01)));
            assertThat(all.get(1).style()).isEqualTo(BaseLayers.roadLinks(roads("Local Road", "Motorway", "A Road"))
                    .get(1).layer().style());
            assertThat(BaseLayers.network(net, new Envelope(E + 10, E + 50, N - 10, N + 10)))
                    .as("only the edges near the view").singleElement()
                    .satisfies(m -> assertThat(m.geometries()).hasSize(1));
        }
    }

    @Test
    void backdropLinesAreKeptWhereTheyMeetTheView() {
        Layer rail = roads((String[]) null).renamed("Railway");
        BaseLayers.Part all = BaseLayers.backdrop(rail, null);
        assertThat(all.layer().legendLabel()).isEqualTo("Railway");
        assertThat(all.layer().style()).isEqualTo(Palette.railway());
        assertThat(all.layer().geometries()).hasSize(3);
        assertThat(BaseLayers.backdrop(rail, new Envelope(E + 250, E + 400, N - 10, N + 10)).features().features())
                .extracting(x -> x.getAttribute("identifier")).containsExactly("cd");
    }

    @Test
    void closedLinksAreNamedForTheNetworkTheyComeFrom() {
        assertThat(BaseLayers.closedLabel(WalkingNetwork.Source.OS_OPEN_ROADS)).isEqualTo("Motorway (not walkable)");
        assertThat(BaseLayers.closedLabel(WalkingNetwork.Source.OPENSTREETMAP)).isEqualTo("Closed to walkers (private, no-foot)");
    }
}
