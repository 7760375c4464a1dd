package org.catchment.ui.layers.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.MapSpec;
import org.catchment.analysis.MapSpec.Classes;
import org.catchment.render.MapLayer;
import org.catchment.render.Palette;
import org.catchment.render.Style;
import org.catchment.ui.TestLayers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/**
 * The layer panel saved as the analysis file's {@code map} section and put back from it: order,
 * visibility, styles by field and extent, through YAML as a saved file holds them; and the layer
 * list's style by field (the class layers it draws, remembered for a result layer across runs).
 */
class MapStateTest {

    private static final MapSpec.FieldStyleSpec SHARE = new MapSpec.FieldStyleSpec("share", Classes.EQUAL_INTERVALS,
            2, null);

    private final LayerListModel model = new LayerListModel();
    @TempDir
    Path dir;

    private LayerItem add(LayerItem.Group group, String name) {
        return model.add(group, name, TestLayers.zones(name, 0.1, 0.4, null, 0.9), Style.polygon(null, Palette.BOUNDARY,
                1));
    }

    private List<String> names(LayerListModel m) {
        return m.items().stream().map(LayerItem::name).toList();
    }

    @Test
    void aStyleByFieldDrawsOneLayerPerClassOverTheLayersOwnStyle() {
        LayerItem coverage = add(LayerItem.Group.RESULT, "Ward coverage");
        model.setFieldStyle(coverage.id(), SHARE);
        LayerItem styled = model.get(coverage.id());
        // 0.1 to 0.9 in two: up to 0.5 (0.1, 0.4), above it (0.9); the empty zone apart
        assertThat(styled.classes().entries()).extracting(e -> e.label() + " (" + e.features() + ")")
                .containsExactly("0.10 \u2013 0.50 (2)", "0.50 \u2013 0.90 (1)", "no value (1)");
        List<MapLayer> drawn = model.drawn();
        assertThat(drawn).extracting(MapLayer::name).as("highest class drawn first, so the legend lists the lowest first")
                .containsExactly("Ward coverage: no value", "Ward coverage: 0.50 \u2013 0.90",
                        "Ward coverage: 0.10 \u2013 0.50");
        assertThat(drawn).extracting(m -> m.geometries().size()).containsExactly(1, 1, 2);
        assertThat(drawn.get(2).style().stroke()).as("the outline is the layer's own").isEqualTo(Palette.BOUNDARY);
        assertThat(drawn.get(2).style().fill()).isEqualTo(styled.classes().entries().get(0).colour());
        model.setVisible(coverage.id(), false);
        assertThat(model.drawn()).noneMatch(MapLayer::visible);
        model.setStyle(coverage.id(), Style.polygon(null, java.awt.Color.RED, 2));
        assertThat(model.drawn().get(1).style().stroke()).isEqualTo(java.awt.Color.RED);
        assertThat(model.drawn().get(1).style().fill()).isEqualTo(styled.classes().entries().get(1).colour());
        model.setFieldStyle(coverage.id(), null);
        assertThat(model.drawn()).extracting(MapLayer::name).containsExactly("Ward coverage");
    }

    @Test
    void aResultLayersStyleByFieldIsGivenAgainToTheNextRunsLayer() {
        LayerItem coverage = add(LayerItem.Group.RESULT, "Ward coverage");
        model.setFieldStyle(coverage.id(), SHARE);
        LayerItem next = LayerItem.of(model.nextId(), LayerItem.Group.RESULT, "Ward coverage",
                TestLayers.zones("Ward coverage", 0.2, 0.3), Style.polygon(null, Palette.BOUNDARY, 1));
        model.replaceGroup(LayerItem.Group.RESULT, List.of(next));
        assertThat(model.fieldStyle(next.id())).isEqualTo(SHARE);
        assertThat(model.get(next.id()).classes().entries()).hasSize(2);
    }

    @Test
    void theMapIsSavedAsYamlAndPutBackLayerByLayer() throws Exception {
        LayerItem roads = add(LayerItem.Group.INPUT, "Roads");
        LayerItem wards = add(LayerItem.Group.INPUT, "Wards");
        LayerItem coverage = add(LayerItem.Group.RESULT, "Ward coverage");
        LayerItem deserts = add(LayerItem.Group.RESULT, "Deserts");
        // the user's map: deserts hidden, coverage styled and moved under the roads
        model.setVisible(deserts.id(), false);
        model.setFieldStyle(coverage.id(), SHARE);
        model.move(coverage.id(), 3);
        assertThat(names(model)).containsExactly("Deserts", "Wards", "Roads", "Ward coverage");
        MapSpec saved = MapState.capture(model, new Envelope(353_500.4, 357_499.6, 396_500, 400_500));
        assertThat(saved.extent()).containsExactly(353_500.0, 396_500.0, 357_500.0, 400_500.0);
        Path file = dir.resolve("analysis.yml");
        Files.writeString(file, AnalysisFiles.toYaml(AnalysisSpec.named("Town").withMap(saved)));
        MapSpec read = AnalysisFiles.readDraft(file).spec().map();
        assertThat(read).isEqualTo(saved);

        LayerListModel reopened = new LayerListModel();
        for (String name : List.of("Deserts", "Ward coverage", "Roads", "Wards")) {
            reopened.add(LayerItem.of(reopened.nextId(), LayerItem.Group.INPUT, name,
                    TestLayers.zones(name, 0.1, 0.4, null, 0.9), Style.polygon(null, Palette.BOUNDARY, 1)));
        }
        LayerItem added = reopened.add(LayerItem.Group.USER, "parks.shp", TestLayers.zones("parks", 0.5),
                Palette.roads());
        assertThat(names(reopened)).containsExactly("parks.shp", "Wards", "Roads", "Ward coverage", "Deserts");
        List<String> notes = MapState.apply(read, reopened, EnumSet.allOf(LayerItem.Group.class));
        assertThat(notes).isEmpty();
        assertThat(names(reopened)).as("the added layer keeps its place").containsExactly("parks.shp", "Deserts",
                "Wards", "Roads", "Ward coverage");
        assertThat(reopened.items()).extracting(LayerItem::visible).containsExactly(true, false, true, true, true);
        assertThat(reopened.fieldStyle(reopened.items().get(4).id())).isEqualTo(SHARE);
        assertThat(reopened.get(added.id()).classes()).isNull();
        assertThat(MapState.extent(read)).isEqualTo(new Envelope(353_500, 357_500, 396_500, 400_500));
    }

    @Test
    void onlyTheGroupsAskedForAreReorderedAndAStyleAFieldLacksIsANote() {
        LayerItem wards = add(LayerItem.Group.INPUT, "Wards");
        LayerItem coverage = add(LayerItem.Group.RESULT, "Ward coverage");
        LayerItem deserts = add(LayerItem.Group.RESULT, "Deserts");
        assertThat(names(model)).containsExactly("Deserts", "Ward coverage", "Wards");
        MapSpec map = new MapSpec(null, List.of(
                new MapSpec.LayerSpec("Wards", false, null),
                new MapSpec.LayerSpec("Ward coverage", true, new MapSpec.FieldStyleSpec("density", null, null, null)),
                new MapSpec.LayerSpec("Deserts", null, null),
                new MapSpec.LayerSpec("Railway", true, null)));
        List<String> notes = MapState.apply(map, model, EnumSet.of(LayerItem.Group.RESULT));
        assertThat(names(model)).containsExactly("Ward coverage", "Deserts", "Wards");
        assertThat(model.get(wards.id()).visible()).as("an input, not asked for").isTrue();
        assertThat(model.get(deserts.id()).visible()).isTrue();
        assertThat(notes).containsExactly("The style of Ward coverage by density is left out: Ward coverage has no"
                + " field density; its fields are name, share, band");
        assertThat(model.get(coverage.id()).classes()).isNull();
    }
}
