package org.catchment.ui.results.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.catchment.ui.TestLayers;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.layers.model.LayerListModel;
import org.catchment.ui.layers.model.LayerStyles;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class IdentifyTest {

    @Test
    void findsFeaturesWithinTheToleranceTopLayerFirst() {
        LayerListModel model = new LayerListModel();
        model.add(LayerItem.Group.INPUT, "wards", TestLayers.layer("wards",
                "North", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))",
                "South", "POLYGON ((0 -100, 100 -100, 100 0, 0 0, 0 -100))"), LayerStyles.wards());
        model.add(LayerItem.Group.INPUT, "gp", TestLayers.layer("gp", "Elm Road", "POINT (50 50)"),
                LayerStyles.facility(0, null));
        List<Identify.Hit> hits = Identify.at(model.items(), new Coordinate(53, 50), 5, 10);
        assertThat(hits).extracting(Identify.Hit::layer).containsExactly("gp", "wards");
        assertThat(hits.get(0).attributes()).containsEntry("name", "Elm Road").doesNotContainKey("geom");
        assertThat(hits.get(1).attributes()).containsEntry("name", "North");

        assertThat(Identify.at(model.items(), new Coordinate(56, 50), 5, 10)).extracting(Identify.Hit::layer)
                .as("6 m from the point, outside the 5 m tolerance").containsExactly("wards");
        assertThat(Identify.at(model.items(), new Coordinate(50, 2), 5, 10))
                .as("near the shared boundary: both wards").hasSize(2);
        assertThat(Identify.at(model.items(), new Coordinate(50, 2), 5, 1)).hasSize(1);
    }

    @Test
    void hiddenLayersAreSkipped() {
        LayerListModel model = new LayerListModel();
        LayerItem gp = model.add(LayerItem.Group.INPUT, "gp", TestLayers.layer("gp", "Elm Road", "POINT (50 50)"),
                LayerStyles.facility(0, null));
        model.setVisible(gp.id(), false);
        assertThat(Identify.at(model.items(), new Coordinate(50, 50), 5, 10)).isEmpty();
    }
}
