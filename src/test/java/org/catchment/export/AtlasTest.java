package org.catchment.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.AtlasOf;
import org.catchment.analysis.ProgressListener;
import org.catchment.io.tiles.TestTileServer;
import org.catchment.overlay.Desert;
import org.catchment.overlay.Zone;
import org.catchment.render.MapRenderer;
import org.catchment.render.PageOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/**
 * The atlas of the {@link StraightRoad} analysis (wards West and East, one desert): a page per ward
 * or per desert, each page's map covering its place, file names safe on every file system, and
 * the command line's {@code output.atlas} written as one folder of the all-or-nothing output set
 * (a forced run replaces the whole folder: no page of an older run is left in it). With
 * {@code output.basemap} pointing at a local test tile server, the maps carry its tiles and credit.
 */
class AtlasTest {

    @TempDir
    static Path dir;
    static AnalysisResult result;

    @BeforeAll
    static void run() throws IOException {
        Path file = StraightRoad.write(dir.resolve("input"), "");
        Files.writeString(file, Files.readString(file).replace("  dpi: 96\n", "  dpi: 96\n  atlas: wards\n"));
        result = AnalysisRunner.run(AnalysisFiles.read(file));
    }

    @AfterAll
    static void close() {
        result.close();
    }

    @Test
    void aWardAtlasHasOnePagePerWardEachCoveringItsWard() {
        List<MapExport.Map> pages = Atlas.maps(new MapExport(result, null), AtlasOf.WARDS);
        List<Zone> zones = result.studyArea().zones();
        assertThat(pages).hasSize(zones.size()).hasSize(2);
        assertThat(pages).extracting(MapExport.Map::fileName).containsExactly("ward_west.png", "ward_east.png");
        for (int i = 0; i < pages.size(); i++) {
            MapExport.Map page = pages.get(i);
            Envelope ward = zones.get(i).geometry().getEnvelopeInternal();
            assertThat(page.document().title()).isEqualTo("Straight road: " + zones.get(i).name());
            assertThat(page.document().extent().covers(ward)).isTrue();
            Envelope shown = MapRenderer.pageExtent(page.document(), page.widthPx(), page.heightPx(), page.dpi(),
                    PageOptions.DEFAULT);
            assertThat(shown.covers(ward)).as("the map frame of %s shows all of it", page.fileName()).isTrue();
        }
        assertThat(pages.get(0).document().subtitle()).as("West holds part of the desert")
                .matches("\\d+\\.\\d ha in deserts \\(\\d+\\.\\d% of the ward\\): desert 1");
    }

    @Test
    void aDesertAtlasHasOnePagePerDesert() {
        List<MapExport.Map> pages = Atlas.maps(new MapExport(result, null), AtlasOf.DESERTS);
        List<Desert> deserts = result.deserts().deserts();
        assertThat(pages).hasSize(deserts.size()).hasSize(1);
        assertThat(pages.get(0).fileName()).isEqualTo("desert_1.png");
        assertThat(pages.get(0).document().extent().covers(deserts.get(0).geometry().getEnvelopeInternal())).isTrue();
        assertThat(pages.get(0).document().subtitle()).contains("missing GP surgeries, Libraries");
        assertThat(Atlas.maps(new MapExport(result, null), AtlasOf.NONE)).isEmpty();
    }

    @Test
    void fileNamesAreSafeAndUnique() {
        assertThat(Atlas.safeName("St Helens Central")).isEqualTo("st_helens_central");
        assertThat(Atlas.safeName("Núñez & Sons / Ward 3")).isEqualTo("nunez_sons_ward_3");
        assertThat(Atlas.safeName("../../etc")).isEqualTo("etc");
        assertThat(Atlas.safeName("***")).isEqualTo("page");
        assertThat(Atlas.safeName("x".repeat(100))).hasSize(60);
        List<Atlas.Place> twins = List.of(new Atlas.Place("Park", zone(0).geometry(), null),
                new Atlas.Place("park", zone(1).geometry(), null));
        assertThat(Atlas.pages(new MapExport(result, null).desertMap(), "T", "ward", twins))
                .extracting(Atlas.Page::fileName).containsExactly("ward_park.png", "ward_park_2.png");
    }

    @Test
    void theCommandLinesAtlasIsOneFolderOfTheOutputsReplacedAsAWhole(@TempDir Path out) throws IOException {
        assertThat(Outputs.fileNames(result.analysis().spec())).contains(Atlas.FOLDER);
        Files.createDirectories(out.resolve("atlas"));
        Files.writeString(out.resolve("atlas").resolve("ward_old_name.png"), "an older run's page");
        List<Path> written = Outputs.write(result.withOutputDir(out), true, ProgressListener.NONE, () -> false);
        assertThat(list(out.resolve("atlas"))).containsExactly("ward_east.png", "ward_west.png");
        assertThat(written).contains(out.resolve("atlas").resolve("ward_west.png"));
        BufferedImage page = ImageIO.read(out.resolve("atlas").resolve("ward_west.png").toFile());
        assertThat(page.getWidth()).isEqualTo(300);
        assertThat(list(out)).noneMatch(n -> n.startsWith(".catchment"));
    }

    @Test
    void theMapsCarryTheBasemapOfTheAnalysisAndItsCredit(@TempDir Path in) throws IOException {
        try (TestTileServer tiles = TestTileServer.start()) {
            Path file = StraightRoad.write(in, "");
            Files.writeString(file, Files.readString(file).replace("  dpi: 96\n", "  dpi: 96\n  basemap: custom\n"
                    + "  basemap_url: \"" + tiles.template() + "\"\n  basemap_attribution: Test tiles\n"));
            try (AnalysisResult r = AnalysisRunner.run(AnalysisFiles.read(file))) {
                MapExport maps = new MapExport(r);
                assertThat(maps.desertMap().credits()).last().isEqualTo("Basemap: Test tiles");
                BufferedImage page = MapRenderer.renderPage(maps.desertMap(), 600, 400, 96);
                assertThat(tiles.paths()).isNotEmpty();
                assertThat(tiles.userAgents()).allMatch(ua -> ua.startsWith("Catchment/"));
                assertThat(countNear(page, TestTileServer.BACKGROUND)).as("pixels of the test tiles' background")
                        .isGreaterThan(1000);
                assertThat(maps.basemapProblem()).isEmpty();
            }
        }
    }

    @Test
    void withTheTileServerDownTheOutputsAreWrittenAndTheSummarySaysWhy(@TempDir Path in) throws IOException {
        TestTileServer tiles = TestTileServer.start();
        String template = tiles.template();
        tiles.close();
        Path file = StraightRoad.write(in, "");
        Files.writeString(file, Files.readString(file).replace("  dpi: 96\n", "  dpi: 96\n  basemap: custom\n"
                + "  basemap_url: \"" + template + "\"\n  basemap_attribution: Test tiles\n"));
        List<String> messages = new java.util.ArrayList<>();
        try (AnalysisResult r = AnalysisRunner.run(AnalysisFiles.read(file))) {
            List<Path> written = Outputs.write(r.withOutputDir(in.resolve("out")), false,
                    (stage, fraction, message) -> messages.add(message), () -> false);
            assertThat(written).hasSize(7);
        }
        assertThat(messages).anyMatch(m -> m.startsWith("The basemap tiles could not be loaded from 127.0.0.1:"));
        assertThat(Files.readString(in.resolve("out").resolve("summary.txt")))
                .contains("Basemap: The basemap tiles could not be loaded").contains("no connection to the server");
    }

    private static long countNear(BufferedImage img, java.awt.Color c) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xff) - blend(c.getRed())) < 6 && Math.abs(((p >> 8) & 0xff)
                        - blend(c.getGreen())) < 6 && Math.abs((p & 0xff) - blend(c.getBlue())) < 6) {
                    n++;
                }
            }
        }
        return n;
    }

    /** @return a channel of the basemap as drawn over white at its opacity */
    private static int blend(int channel) {
        return (int) Math.round(channel * org.catchment.render.Basemap.OPACITY + 255 * (1 - org.catchment.render.Basemap.OPACITY));
    }

    private static Zone zone(int i) {
        return result.studyArea().zones().get(i);
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
