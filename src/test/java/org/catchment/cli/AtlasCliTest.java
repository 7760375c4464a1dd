package org.catchment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.catchment.io.ReadOptions;
import org.catchment.io.shapefile.ShapefileReader;
import org.catchment.layer.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catchment run} with {@code output.atlas: wards} (issue 16, item 12) on a copy of the
 * sample town: the outputs hold an {@code atlas} folder with one page per ward, named after the
 * ward, at the analysis's map size, each page a different map; the summary names nothing missing.
 */
class AtlasCliTest {

    @TempDir
    Path dir;

    @Test
    void outputAtlasWardsWritesOnePagePerWard() throws IOException {
        Path sample = Path.of("data", "sample");
        try (Stream<Path> files = Files.list(sample)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Path analysis = dir.resolve("analysis.yml");
        Files.writeString(analysis, Files.readString(analysis).replace("  dir: out\n",
                "  dir: out\n  width_px: 480\n  height_px: 340\n  dpi: 72\n  atlas: wards\n"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "run", analysis.toString());

        assertThat(code).as(err.toString()).isEqualTo(Main.OK);
        Layer wards = ShapefileReader.read(dir.resolve("wards.shp"), ReadOptions.defaults());
        List<String> expected = new ArrayList<>();
        for (var f : wards.features()) {
            expected.add("ward_" + f.getAttribute("WD_NAME").toString().toLowerCase().replaceAll("[^a-z0-9]+", "_") + ".png");
        }
        Path atlas = dir.resolve("out").resolve("atlas");
        List<Path> pages;
        try (Stream<Path> files = Files.list(atlas)) {
            pages = files.sorted().toList();
        }
        assertThat(pages).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrderElementsOf(expected);
        Set<Integer> different = new HashSet<>();
        for (Path page : pages) {
            BufferedImage img = ImageIO.read(page.toFile());
            assertThat(img.getWidth()).isEqualTo(480);
            assertThat(img.getHeight()).isEqualTo(340);
            different.add(Arrays.hashCode(img.getRGB(0, 0, 480, 340, null, 0, 480)));
        }
        assertThat(different).as("every ward's page is its own map").hasSize(pages.size());
        assertThat(Files.readString(dir.resolve("out").resolve("summary.txt"))).doesNotContain("Basemap:");
    }
}
