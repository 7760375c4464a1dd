package org.catchment.render;

import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.catchment.io.AtomicOutput;

/**
 * Writes an image as PNG with its print resolution recorded in the {@code pHYs} chunk (pixels
 * per metre, the only unit PNG has: dpi / 0.0254, rounded), so a 300 dpi A4 page prints at A4.
 * The file is written to a temporary file and moved into place ({@link AtomicOutput}).
 */
public final class PngWriter {

    private static final double METRES_PER_INCH = 0.0254;

    private PngWriter() {
    }

    /**
     * @param target the file to write (replaced if it exists)
     * @param dpi    dots per inch to record
     * @throws org.catchment.CatchmentException if the file cannot be written
     */
    public static void write(BufferedImage image, Path target, int dpi) {
        if (dpi <= 0) {
            throw new IllegalArgumentException("dpi must be positive, was " + dpi);
        }
        AtomicOutput.write(target, temporary -> {
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
            if (!writers.hasNext()) {
                throw new IOException("this Java runtime has no PNG writer");
            }
            ImageWriter writer = writers.next();
            // the file's own stream is closed even when flushing the image stream fails (a full
            // disk), so no open handle is left on a file the export then deletes
            try (OutputStream file = Files.newOutputStream(temporary);
                 ImageOutputStream out = new MemoryCacheImageOutputStream(file)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata metadata = writer.getDefaultImageMetadata(
                        ImageTypeSpecifier.createFromRenderedImage(image), param);
                setResolution(metadata, dpi);
                writer.write(null, new IIOImage((RenderedImage) image, null, metadata), param);
            } finally {
                writer.dispose();
            }
        });
    }

    /** @return the pixels per metre PNG stores for a dpi */
    static long pixelsPerMetre(int dpi) {
        return Math.round(dpi / METRES_PER_INCH);
    }

    private static void setResolution(IIOMetadata metadata, int dpi) throws IIOInvalidTreeException {
        String format = "javax_imageio_png_1.0";
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        String ppm = Long.toString(pixelsPerMetre(dpi));
        phys.setAttribute("pixelsPerUnitXAxis", ppm);
        phys.setAttribute("pixelsPerUnitYAxis", ppm);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(format);
        root.appendChild(phys);
        metadata.mergeTree(format, root);
    }
}
