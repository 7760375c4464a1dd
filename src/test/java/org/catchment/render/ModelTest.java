package org.catchment.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** Style, MapLayer and MapDocument: immutability, defaults and the shared index. */
class ModelTest {

    @Test
    void styleIsImmutableAndWithersChangeOneThing() {
        double[] dash = {4, 2};
        Style base = Style.line(Color.RED, 1.5);
        Style dashed = base.withDash(dash);
        dash[0] = 99;
        assertThat(dashed.dashPt()).containsExactly(4, 2);
        dashed.dashPt()[0] = 77;
        assertThat(dashed.dashPt()).containsExactly(4, 2);
        assertThat(base.dashPt()).isNull();
        assertThat(dashed.withOpacity(0.5).opacity()).isEqualTo(0.5);
        assertThat(dashed.withOpacity(0.5).stroke()).isEqualTo(Color.RED);
        assertThat(base.withLabels(11).labelFontPt()).isEqualTo(11);
        assertThat(Style.hatched(Color.MAGENTA, 4).hatchSpacingPt()).isEqualTo(4);
        assertThat(Style.hatched(Color.MAGENTA, 4).fill()).isNull();
        assertThat(Style.point(Symbol.STAR, Color.BLUE, 8).toBuilder().build()).isEqualTo(Style.point(Symbol.STAR, Color.BLUE, 8));
        assertThatThrownBy(() -> base.withOpacity(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.withDash(3, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void layerCopiesShareTheIndexAndCheckLabels() {
        List<Geometry> squares = List.of(
                Pixels.wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
                Pixels.wkt("POLYGON ((100 0, 110 0, 110 10, 100 10, 100 0))"),
                Pixels.wkt("POLYGON ((50 50, 60 50, 60 60, 50 60, 50 50))"));
        MapLayer layer = MapLayer.of("squares", squares, Style.polygon(Color.RED, null, 0));
        MapLayer copy = layer.withVisible(false).withLegendLabel("Squares").withLabels(List.of("a", "b", "c"));
        assertThat(copy.geometries()).isSameAs(layer.geometries()).isEqualTo(squares);
        assertThat(copy.legendLabel()).isEqualTo("Squares");
        assertThat(layer.indexed().query(new Envelope(5, 55, 5, 55))).containsExactly(0, 2);
        assertThat(layer.indexed().query(new Envelope(-1000, 1000, -1000, 1000))).containsExactly(0, 1, 2);
        assertThat(layer.indexed().labelPoint(2).x).isBetween(50.0, 60.0);
        assertThatThrownBy(() -> layer.withLabels(List.of("only one"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> layer.geometries().add(squares.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void defaultExtentIsTheLayersUnionPlusFivePercent() {
        MapLayer a = MapLayer.of("a", List.of(Pixels.wkt("LINESTRING (350000 400000, 351000 400500)")), Palette.roads());
        MapLayer b = MapLayer.of("b", List.of(Pixels.point(352000, 402000)), Palette.typeStyle(0));
        MapDocument doc = MapDocument.builder("t").layer(a).layer(b).build();
        // union 350000..352000 x 400000..402000, 2 km each way: 100 m margin
        assertThat((Object) doc.extent()).isEqualTo(new Envelope(349_900, 352_100, 399_900, 402_100));
        Envelope given = new Envelope(0, 10, 0, 10);
        assertThat((Object) doc.toBuilder().extent(given).build().extent()).isEqualTo(given);
        assertThatThrownBy(() -> MapDocument.builder("empty").build()).isInstanceOf(IllegalArgumentException.class);
    }
}
