package org.catchment.export;

import java.util.List;
import org.catchment.analysis.AnalysisResult;
import org.catchment.servicearea.Facility;
import org.catchment.tiling.TilePart;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The layers of a tiled run's result that come from its tiles' parts rather than from one network
 * (the reachable network and the node times), tile after tile in the plan's order. A node is
 * numbered within its tile's network, which is gone, so its {@code node} column is empty: its
 * {@code source_id} and position name it.
 */
final class TiledLayers {

    private TiledLayers() {
    }

    /** Adds each tile's reachable stretches to the {@code reachable_network} layer being built. */
    static void reachableNetwork(AnalysisResult result, LayerBuilder b) {
        for (TilePart p : result.tiles()) {
            for (int k = 0; k < result.types().size(); k++) {
                AnalysisResult.TypeResult t = result.types().get(k);
                List<Facility> facilities = t.catchment().facilities();
                for (TilePart.Reach r : p.types().get(k).reach()) {
                    b.add(r.line(), t.spec().type(), t.spec().bandsMin().get(r.band()),
                            facilities.get(r.facility()).name(), r.fromMin(), r.toMin(), r.lengthM());
                }
            }
        }
    }

    /** Adds each tile's reached nodes to the {@code node_times} layer being built. */
    static void nodeTimes(AnalysisResult result, LayerBuilder b, GeometryFactory factory) {
        int types = result.types().size();
        for (TilePart p : result.tiles()) {
            TilePart.NodeRows n = p.nodes();
            for (int i = 0; i < n.size(); i++) {
                Object[] row = new Object[4 + 2 * types];
                row[1] = n.sourceIds()[i];
                row[2] = n.x()[i];
                row[3] = n.y()[i];
                for (int k = 0; k < types; k++) {
                    if (n.facility()[k][i] >= 0) {
                        row[4 + 2 * k] = n.minutes()[k][i];
                        row[5 + 2 * k] = result.types().get(k).catchment().facilities().get(n.facility()[k][i]).name();
                    }
                }
                b.add(factory.createPoint(new Coordinate(n.x()[i], n.y()[i])), row);
            }
        }
    }
}
