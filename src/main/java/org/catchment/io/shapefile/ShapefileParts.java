package org.catchment.io.shapefile;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.catchment.InputException;
import org.catchment.io.Features;

/**
 * The files that make up one shapefile ({@code .shp}, {@code .shx}, {@code .dbf}, {@code .prj},
 * {@code .cpg}), found beside the {@code .shp} with the extension in any case, as files copied
 * from Windows often have {@code .SHX} or {@code .Dbf}.
 */
public record ShapefileParts(Path shp, Path shx, Path dbf, Path prj, Path cpg) {

    /**
     * @param shp the {@code .shp} file, which must exist
     * @return the parts; {@code shx}, {@code dbf}, {@code prj} and {@code cpg} are null when absent
     */
    public static ShapefileParts of(Path shp) {
        return new ShapefileParts(shp, sibling(shp, "shx"), sibling(shp, "dbf"), sibling(shp, "prj"),
                sibling(shp, "cpg"));
    }

    /** @return the file's name without its extension (the layer name), which names its other parts */
    static String baseName(Path file) {
        return Features.layerName(file);
    }

    /** @return the path of a sibling with another extension, spelt in lower case (whether or not it exists) */
    static Path withExtension(Path file, String extension) {
        Path dir = file.toAbsolutePath().getParent();
        return dir.resolve(baseName(file) + "." + extension);
    }

    private static Path sibling(Path shp, String extension) {
        Path exact = withExtension(shp, extension);
        if (Files.isRegularFile(exact)) {
            return exact;
        }
        String wanted = (baseName(shp) + "." + extension).toLowerCase(Locale.ROOT);
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(exact.getParent())) {
            for (Path p : dir) {
                if (p.getFileName().toString().toLowerCase(Locale.ROOT).equals(wanted) && Files.isRegularFile(p)) {
                    return p;
                }
            }
        } catch (IOException e) {
            throw new InputException(shp, null, "cannot list the folder to find the shapefile's other files ("
                    + e.getMessage() + ")", "Check that the folder is readable", e);
        }
        return null;
    }
}
