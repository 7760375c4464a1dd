package org.catchment.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.catchment.InputException;
import org.catchment.layer.Crs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An OpenStreetMap {@code .osm} XML file is a road source as its {@code .osm.pbf} is: the same ways
 * and tags (src/test/resources/osm/tiny.osm, and tiny.osm.pbf made from it by osmium) give the same
 * links, node by node and edge by edge: ids, ends, geometry, access and speed.
 */
class OsmXmlNetworkTest {

    private static final Path DIR = Path.of("src/test/resources/osm");

    @Test
    void xmlGivesTheSameLinksAsPbf(@TempDir Path dir) {
        NetworkProjection bng = new NetworkProjection(Crs.epsg(27700));
        WalkingNetwork pbf = OsmNetworkBuilder.build(DIR.resolve("tiny.osm.pbf"), dir.resolve("pbf"), bng);
        WalkingNetwork xml = OsmNetworkBuilder.build(DIR.resolve("tiny.osm"), dir.resolve("xml"), bng);
        assertThat(xml.nodeCount()).isEqualTo(pbf.nodeCount()).isEqualTo(7);
        assertThat(xml.edgeCount()).isEqualTo(pbf.edgeCount()).isEqualTo(6);
        assertThat(links(xml)).containsExactlyElementsOf(links(pbf));
        assertThat(links(xml)).contains("way/101 node/1-node/2 walkable 5.0 km/h",
                "way/102 node/3-node/4 closed 5.0 km/h", "way/104 node/2-node/6 walkable 3.0 km/h");
        for (int e = 0; e < xml.edgeCount(); e++) {
            assertThat(xml.edgeLine(e).equalsExact(pbf.edgeLine(e), 1e-6)).as("edge %d", e).isTrue();
        }
    }

    @Test
    void brokenXmlIsOneLineNamingTheFileAndTheLine(@TempDir Path dir) throws Exception {
        String whole = Files.readString(DIR.resolve("tiny.osm"));
        Path cut = Files.writeString(dir.resolve("cut.osm"), whole.substring(0, whole.indexOf("<way id=\"103\"") + 6));
        assertThatThrownBy(() -> OsmNetworkBuilder.build(cut, dir.resolve("gh"), new NetworkProjection(Crs.epsg(27700))))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception"))
                .hasMessageContaining("cut.osm: the OpenStreetMap XML is broken at line ")
                .hasMessageEndingWith(". Download or export the .osm file again (it may be cut short), or give the"
                        + " .osm.pbf extract.");
    }

    @Test
    void aCommentBeforeTheOsmElementIsNamed(@TempDir Path dir) throws Exception {
        String whole = Files.readString(DIR.resolve("tiny.osm"));
        Path commented = Files.writeString(dir.resolve("commented.osm"),
                whole.replace("<osm version", "<!-- exported by hand -->\n<osm version"));
        assertThatThrownBy(() -> OsmNetworkBuilder.build(commented, dir.resolve("gh"),
                new NetworkProjection(Crs.epsg(27700))))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("commented.osm: the file does not start with the <osm> element (the reader takes"
                        + " nothing before it, not even a comment). Export the .osm file again (JOSM, osmium, the"
                        + " Overpass API) or remove what comes before <osm>.");
    }

    private static List<String> links(WalkingNetwork n) {
        List<String> out = new ArrayList<>();
        for (int e = 0; e < n.edgeCount(); e++) {
            out.add(n.edgeSourceId(e) + " " + n.nodeSourceId(n.baseNode(e)) + "-" + n.nodeSourceId(n.adjNode(e)) + " "
                    + (n.isWalkable(e) ? "walkable" : "closed") + " " + n.speedKmh(e) + " km/h");
        }
        return out;
    }
}
