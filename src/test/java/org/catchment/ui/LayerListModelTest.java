package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.catchment.render.MapDocument;
import org.catchment.render.MapLayer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class LayerListModelTest {

    private final LayerListModel model = new LayerListModel();
    private final int[] changes = {0};

    LayerListModelTest() {
        model.onChange(() -> changes[0]++);
    }

    private LayerItem add(String name, String wkt) {
        return model.add(LayerItem.Group.USER, name, TestLayers.layer(name, name + "1", wkt), LayerStyles.roads());
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
        assertThat(add("r", "POINT (0 0)").swatch()).isEqualTo(LayerStyles.roads().stroke());
        assertThat(model.add(LayerItem.Group.USER, "s", TestLayers.layer("s", "s1", "POINT (0 0)"),
                LayerStyles.serviceArea(0, 2)).swatch()).isEqualTo(LayerStyles.serviceArea(0, 2).fill());
        assertThat(model.add(LayerItem.Group.USER, "w", TestLayers.layer("w", "w1", "POINT (0 0)"),
                LayerStyles.wards()).swatch()).as("outline only").isEqualTo(LayerStyles.wards().stroke());
        assertThat(model.add(LayerItem.Group.USER, "d", TestLayers.layer("d", "d1", "POINT (0 0)"),
                org.catchment.render.Style.builder().stroke(null).hatch(java.awt.Color.RED, 4, 45).build()).swatch())
                .isEqualTo(java.awt.Color.RED);
    }
}
