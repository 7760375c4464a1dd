package org.catchment.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PngWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesThePngWithItsSizeAndDpiInThePhysChunk() throws IOException {
        BufferedImage image = new BufferedImage(321, 123, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 7, 0x123456);
        Path file = dir.resolve("map.png");
        PngWriter.write(image, file, 300);

        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getFormatName()).isEqualToIgnoringCase("png");
            BufferedImage back = reader.read(0);
            assertThat(back.getWidth()).isEqualTo(321);
            assertThat(back.getHeight()).isEqualTo(123);
            assertThat(back.getRGB(5, 7) & 0xffffff).isEqualTo(0x123456);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Element root = (Element) metadata.getAsTree("javax_imageio_png_1.0");
            NodeList phys = root.getElementsByTagName("pHYs");
            assertThat(phys.getLength()).isEqualTo(1);
            Element p = (Element) phys.item(0);
            assertThat(p.getAttribute("unitSpecifier")).isEqualTo("meter");
            long ppm = Long.parseLong(p.getAttribute("pixelsPerUnitXAxis"));
            assertThat(ppm).isEqualTo(11811); // 300 / 0.0254
            assertThat(Long.parseLong(p.getAttribute("pixelsPerUnitYAxis"))).isEqualTo(ppm);
            assertThat(Math.round(ppm * 0.0254)).isEqualTo(300);
            reader.dispose();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path file = dir.resolve("map.png");
        Files.writeString(file, "old");
        PngWriter.write(new BufferedImage(10, 20, BufferedImage.TYPE_INT_RGB), file, 96);
        BufferedImage back = ImageIO.read(file.toFile());
        assertThat(back.getHeight()).isEqualTo(20);
        assertThat(PngWriter.pixelsPerMetre(96)).isEqualTo(3780);
    }
}
