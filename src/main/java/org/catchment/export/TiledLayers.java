package org.catchment.export;

import java.util.List;
import java.util.function.Supplier;
import org.catchment.analysis.AnalysisResult;
import org.catchment.io.geopackage.PartedLayer;
import org.catchment.servicearea.Facility;
import org.catchment.tiling.TilePart;
import org.catchment.tiling.TileParts;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The layers of a tiled run's result that come from its tiles' parts rather than from one network
 * (the reachable network and the node times), as layers in parts: one part per tile, in the
 * plan's order, each tile read back whole when its part is written ({@link TileParts#whole}), so
 * the rows of a country's tiles are never in memory at once. A node is numbered within its tile's
 * network, which is gone, so its {@code node} column is empty: its {@code source_id} and position
 * name it.
 */
final class TiledLayers {

    private TiledLayers() {
    }

    /**
     * @param builder makes an empty {@code reachable_network} layer, its attributes declared
     * @return the {@code reachable_network} layer, one part per tile
     */
    static PartedLayer reachableNetwork(AnalysisResult result, Supplier<LayerBuilder> builder) {
        TileParts tiles = result.tiles();
        return new PartedLayer("reachable_network", builder.get().build().featureType(), tiles.size(), i -> {
            LayerBuilder b = builder.get();
            TilePart p = tiles.whole(i);
            for (int k = 0; k < result.types().size(); k++) {
                AnalysisResult.TypeResult t = result.types().get(k);
                List<Facility> facilities = t.catchment().facilities();
                for (TilePart.Reach r : p.types().get(k).reach()) {
                    b.add(r.line(), t.spec().type(), t.spec().bandsMin().get(r.band()),
                            facilities.get(r.facility()).name(), r.fromMin(), r.toMin(), r.lengthM());
                }
            }
            return b.build();
        }, tiles.reach());
    }

    /**
     * @param builder makes an empty {@code node_times} layer, its attributes declared
     * @return the {@code node_times} layer, one part per tile
     */
    static PartedLayer nodeTimes(AnalysisResult result, Supplier<LayerBuilder> builder, GeometryFactory factory) {
        TileParts tiles = result.tiles();
        int types = result.types().size();
        return new PartedLayer("node_times", builder.get().build().featureType(), tiles.size(), i -> {
            LayerBuilder b = builder.get();
            TilePart.NodeRows n = tiles.whole(i).nodes();
            for (int j = 0; j < n.size(); j++) {
                Object[] row = new Object[4 + 2 * types];
                row[1] = n.sourceIds()[j];
                row[2] = n.x()[j];
                row[3] = n.y()[j];
                for (int k = 0; k < types; k++) {
                    if (n.facility()[k][j] >= 0) {
                        row[4 + 2 * k] = n.minutes()[k][j];
                        row[5 + 2 * k] = result.types().get(k).catchment().facilities().get(n.facility()[k][j]).name();
                    }
                }
                b.add(factory.createPoint(new Coordinate(n.x()[j], n.y()[j])), row);
            }
            return b.build();
        }, tiles.nodes());
    }
}
