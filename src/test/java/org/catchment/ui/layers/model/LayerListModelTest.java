package org.catchment.ui.layers.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.catchment.layer.GeometryKind;
import org.catchment.render.MapDocument;
import org.catchment.render.MapLayer;
import org.catchment.render.Palette;
import org.catchment.render.Style;
import org.catchment.ui.TestLayers;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class LayerListModelTest {

    private final LayerListModel model = new LayerListModel();
    private final int[] changes = {0};

    LayerListModelTest() {
        model.onChange(() -> changes[0]++);
    }

    private LayerItem add(String name, String wkt) {
        return model.add(LayerItem.Group.USER, name, TestLayers.layer(name, name + "1", wkt), Palette.roads());
    }

    private List<String> names() {
        return model.items().stream().map(LayerItem::name).toList();
    }

    @Test
    void newLayersGoOnTopAndAreDrawnLast() {
        add("roads", "LINESTRING (0 0, 100 0)");
        add("wards", "POLYGON ((0 0, 50 0, 50 50, 0 50, 0 0))");
        assertThat(names()).containsExactly("wards", "roads");
        MapDocument doc = model.document("t");
        assertThat(doc.layers()).extracting(MapLayer::name).containsExactly("roads", "wards");
        assertThat(changes[0]).isEqualTo(2);
    }

    @Test
    void reorderByMoveAndUpDown() {
        LayerItem a = add("a", "POINT (0 0)");
        LayerItem b = add("b", "POINT (1 1)");
        LayerItem c = add("c", "POINT (2 2)");
        assertThat(names()).containsExactly("c", "b", "a");
        model.move(a.id(), 0);
        assertThat(names()).containsExactly("a", "c", "b");
        model.moveDown(a.id());
        assertThat(names()).containsExactly("c", "a", "b");
        model.moveUp(b.id());
        assertThat(names()).containsExactly("c", "b", "a");
        int before = changes[0];
        model.moveUp(c.id());
        model.move(b.id(), 99);
        assertThat(names()).containsExactly("c", "a", "b");
        assertThat(changes[0]).as("moving the top layer up changes nothing").isEqualTo(before + 1);
    }

    @Test
    void hiddenLayersStayInTheDocumentButAreNotDrawn() {
        LayerItem a = add("a", "LINESTRING (0 0, 100 0)");
        add("b", "LINESTRING (0 0, 0 300)");
        model.setVisible(a.id(), false);
        assertThat(model.get(a.id()).visible()).isFalse();
        MapDocument doc = model.document("t");
        assertThat(doc.layers()).extracting(MapLayer::visible).containsExactly(false, true);
        assertThat(model.extent()).as("zoom to extent uses visible layers").isEqualTo(new Envelope(0, 0, 0, 300));
        model.setVisible(a.id(), true);
        assertThat(model.extent()).isEqualTo(new Envelope(0, 100, 0, 300));
    }

    @Test
    void replacingAGroupKeepsTheOthers() {
        add("user", "POINT (0 0)");
        LayerItem r1 = LayerItem.of(model.nextId(), LayerItem.Group.RESULT, "deserts",
                TestLayers.layer("d", "d1", "POINT (5 5)"), LayerStyles.deserts());
        model.replaceGroup(LayerItem.Group.RESULT, List.of(r1));
        assertThat(names()).containsExactly("deserts", "user");
        LayerItem r2 = LayerItem.of(model.nextId(), LayerItem.Group.RESULT, "areas",
                TestLayers.layer("s", "s1", "POINT (6 6)"), LayerStyles.serviceArea(0, 2));
        model.replaceGroup(LayerItem.Group.RESULT, List.of(r2));
        assertThat(names()).containsExactly("areas", "user");
        model.remove(r2.id());
        assertThat(names()).containsExactly("user");
    }

    @Test
    void anEmptyMapShowsTheDefaultExtent() {
        assertThat(model.extent()).isEqualTo(LayerListModel.EMPTY_EXTENT);
        assertThat(model.document("t").layers()).isEmpty();
    }

    @Test
    void swatchIsFillThenOutlineThenHatch() {
        assertThat(add("r", "POINT (0 0)").swatch()).isEqualTo(Palette.roads().stroke());
        assertThat(model.add(LayerItem.Group.USER, "s", TestLayers.layer("s", "s1", "POINT (0 0)"),
                LayerStyles.serviceArea(0, 2)).swatch()).isEqualTo(LayerStyles.serviceArea(0, 2).fill());
        assertThat(model.add(LayerItem.Group.USER, "w", TestLayers.layer("w", "w1", "POINT (0 0)"),
                LayerStyles.wards()).swatch()).as("outline only").isEqualTo(LayerStyles.wards().stroke());
        assertThat(model.add(LayerItem.Group.USER, "d", TestLayers.layer("d", "d1", "POINT (0 0)"),
                org.catchment.render.Style.builder().stroke(null).hatch(java.awt.Color.RED, 4, 45).build()).swatch())
                .isEqualTo(java.awt.Color.RED);
    }

    private static final String SQUARE = "POLYGON ((0 0, 50 0, 50 50, 0 50, 0 0))";

    private LayerItem result(String name) {
        return LayerItem.of(model.nextId(), LayerItem.Group.RESULT, name, TestLayers.layer(name, name + "1", SQUARE),
                LayerStyles.serviceArea(0, 2));
    }

    @Test
    void setStyleRedrawsTheLayerAndTellsTheListeners() {
        LayerItem wards = model.add(LayerItem.Group.INPUT, "wards", TestLayers.layer("wards", "w1", SQUARE),
                LayerStyles.wards());
        Style blue = LayerStyles.wards().withFill(new java.awt.Color(0x336699)).withOpacity(0.4);
        int before = changes[0];
        model.setStyle(wards.id(), blue);
        assertThat(changes[0]).isEqualTo(before + 1);
        assertThat(model.get(wards.id()).mapLayer().style()).isEqualTo(blue);
        assertThat(model.get(wards.id()).swatch()).isEqualTo(new java.awt.Color(0x336699));
        assertThat(model.document("t").layers().get(0).style()).isEqualTo(blue);
        assertThat(model.get(wards.id()).envelope()).isEqualTo(new Envelope(0, 50, 0, 50));
        assertThat(model.originalStyle(wards.id())).isEqualTo(LayerStyles.wards());
        model.setStyle(wards.id(), blue);
        model.setStyle(999, Palette.roads());
        assertThat(changes[0]).as("the same style or no such layer: no change").isEqualTo(before + 1);
        assertThat(model.get(wards.id()).kind()).isEqualTo(GeometryKind.POLYGON);
    }

    @Test
    void aResultLayersUserStyleSurvivesANewRunUntilReset() {
        Style mine = LayerStyles.serviceArea(0, 2).withFill(java.awt.Color.GREEN);
        LayerItem first = result("GP surgeries within 10 min");
        model.replaceGroup(LayerItem.Group.RESULT, List.of(first, result("Deserts")));
        model.setStyle(first.id(), mine);

        LayerItem again = result("GP surgeries within 10 min");
        LayerItem other = result("Parks within 10 min");
        model.replaceGroup(LayerItem.Group.RESULT, List.of(again, other));
        assertThat(model.get(again.id()).mapLayer().style()).as("matched by name").isEqualTo(mine);
        assertThat(model.get(other.id()).mapLayer().style()).isEqualTo(LayerStyles.serviceArea(0, 2));
        assertThat(model.originalStyle(again.id())).as("reset goes to the run's style")
                .isEqualTo(LayerStyles.serviceArea(0, 2));
        assertThat(model.originalStyle(first.id())).as("the replaced layer is forgotten").isNull();

        model.setStyle(again.id(), model.originalStyle(again.id()));
        LayerItem third = result("GP surgeries within 10 min");
        model.replaceGroup(LayerItem.Group.RESULT, List.of(third));
        assertThat(model.get(third.id()).mapLayer().style()).as("reset forgets the user style")
                .isEqualTo(LayerStyles.serviceArea(0, 2));
    }

    @Test
    void inputLayerStylesAreNotCarriedToANewFile() {
        LayerItem wards = LayerItem.of(model.nextId(), LayerItem.Group.INPUT, "Wards",
                TestLayers.layer("w", "w1", SQUARE), LayerStyles.wards());
        model.replaceGroup(LayerItem.Group.INPUT, List.of(wards));
        model.setStyle(wards.id(), LayerStyles.deserts());
        LayerItem reopened = LayerItem.of(model.nextId(), LayerItem.Group.INPUT, "Wards",
                TestLayers.layer("w", "w1", SQUARE), LayerStyles.wards());
        model.replaceGroup(LayerItem.Group.INPUT, List.of(reopened));
        assertThat(model.get(reopened.id()).mapLayer().style()).isEqualTo(LayerStyles.wards());
    }
}
