package org.catchment.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.catchment.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/** The extent of an OpenStreetMap extract, from its header block or its nodes. */
class OsmExtentTest {

    static final Path RUTLAND = Path.of("data", "rutland", "rutland-latest.osm.pbf");

    /**
     * The Rutland extract's header block names the box left -0.822934, right -0.427654, bottom
     * 52.52355, top 52.76109 (nanodegrees decoded from the file's first blob by hand, with a
     * throwaway Python protobuf reader). The extract keeps the ways that leave the box whole, so its
     * nodes reach beyond it: the header is the extent of the place the extract covers.
     */
    @Test
    void aGeofabrikExtractNamesItsBoxInItsHeaderAndItsNodesCoverIt() {
        Envelope header = OsmExtent.of(RUTLAND);
        assertThat(header.getMinX()).isCloseTo(-0.822934, offset(1e-9));
        assertThat(header.getMaxX()).isCloseTo(-0.427654, offset(1e-9));
        assertThat(header.getMinY()).isCloseTo(52.52355, offset(1e-9));
        assertThat(header.getMaxY()).isCloseTo(52.76109, offset(1e-9));
        Envelope nodes = OsmExtent.nodeExtent(RUTLAND);
        assertThat(nodes.contains(header)).isTrue();
        assertThat(nodes.getMinX()).as("ways leaving the box are kept whole").isLessThan(header.getMinX());
    }

    @Test
    void aFileThatIsNotAnExtractIsOneClearError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.osm.pbf");
        Files.writeString(bad, "not an extract");
        assertThatThrownBy(() -> OsmExtent.of(bad)).isInstanceOf(InputException.class)
                .hasMessage(bad + ": cannot read the OpenStreetMap extract's header (it does not start with an OSM PBF"
                        + " blob header). Check that it is an .osm.pbf file, e.g. a Geofabrik extract, and is not"
                        + " truncated.");
        Path cut = dir.resolve("cut.osm.pbf");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(RUTLAND), 60));
        assertThatThrownBy(() -> OsmExtent.of(cut)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(cut + ": cannot read the OpenStreetMap extract's header");
    }
}
