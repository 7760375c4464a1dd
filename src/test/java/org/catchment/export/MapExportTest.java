package org.catchment.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.catchment.network.WalkingNetwork;
import org.catchment.overlay.Zone;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

class MapExportTest {

    private static List<Zone> zones(int n) {
        GeometryFactory gf = new GeometryFactory();
        List<Zone> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Zone("Zone " + i, "E0" + i, gf.toGeometry(new Envelope(i * 100, i * 100 + 90, 0, 90))));
        }
        return out;
    }

    @Test
    void zonesAreLabelledUpToFortyAndNotBeyond() {
        assertThat(MapExport.zoneLabels(zones(4))).contains(List.of("Zone 0", "Zone 1", "Zone 2", "Zone 3"));
        assertThat(MapExport.zoneLabels(zones(40)).orElseThrow()).hasSize(40);
        assertThat(MapExport.zoneLabels(zones(41))).isEmpty();
    }

    @Test
    void closedLinksAreNamedForTheNetworkTheyComeFrom() {
        assertThat(MapExport.closedLabel(WalkingNetwork.Source.OS_OPEN_ROADS)).isEqualTo("Motorway (not walkable)");
        assertThat(MapExport.closedLabel(WalkingNetwork.Source.OPENSTREETMAP)).isEqualTo("Closed to walkers (private, no-foot)");
    }
}
