package org.catchment.ui.layers.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.catchment.io.TestLayers;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.catchment.layer.Reprojector;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * The map has one CRS: the first layer's, until an analysis's inputs arrive in theirs, which the
 * user's layers then follow. A point of the sample town, E 351000 N 395000 in British National
 * Grid, is 2.739277°W 53.449471°N (PROJ 9.1.1).
 */
class MapCrsTest {

    private static Layer point(String name) {
        return TestLayers.layer(name, Point.class, List.of("POINT (351000 395000)"), List.of(), List.of());
    }

    private static Coordinate at(LayerItem item) {
        return item.mapLayer().geometries().get(0).getCoordinate();
    }

    @Test
    void theFirstLayerSetsTheCrsAndLaterOnesAreReprojectedIntoIt() {
        LayerListModel model = new LayerListModel();
        assertThat(model.crs()).isNull();
        model.add(LayerItem.Group.USER, "grid", point("grid"), LayerStyles.wards());
        assertThat(Crs.epsgCode(model.crs())).isEqualTo(27700);
        LayerItem lonLat = model.add(LayerItem.Group.USER, "lonlat", Reprojector.toCrs(point("lonlat"), Crs.wgs84()),
                LayerStyles.wards());
        assertThat(at(model.get(lonLat.id())).x).isCloseTo(351000, offset(0.01));
        assertThat(Crs.epsgCode(model.get(lonLat.id()).source().crs())).isEqualTo(27700);
    }

    @Test
    void anAnalysisInAnotherCrsMovesTheUsersLayersIntoIt() {
        LayerListModel model = new LayerListModel();
        LayerItem mine = model.add(LayerItem.Group.USER, "mine", point("mine"), LayerStyles.wards());
        model.setVisible(mine.id(), false);
        Layer inputs = Reprojector.toCrs(point("wards"), Crs.wgs84());
        model.replaceGroup(LayerItem.Group.INPUT, List.of(LayerItem.of(model.nextId(), LayerItem.Group.INPUT, "Wards",
                inputs, LayerStyles.wards())));
        assertThat(Crs.epsgCode(model.crs())).isEqualTo(4326);
        LayerItem moved = model.get(mine.id());
        assertThat(at(moved).x).isCloseTo(-2.739277, offset(2e-4));
        assertThat(at(moved).y).isCloseTo(53.449471, offset(2e-4));
        assertThat(moved.visible()).as("as the user left it").isFalse();
    }
}
