package org.catchment.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.catchment.InputException;

/**
 * Expands the entries of {@code network.roads}: a file stays as it is; a folder stands for every
 * OS Open Roads RoadLink shapefile inside it, at any depth ({@code HP_RoadLink.shp},
 * {@code SU_RoadLink.shp}, ... as the national download ships them), matched on a name ending
 * in {@code RoadLink.shp} in any case and sorted by file name, then path, so a run always reads
 * the tiles in the same order.
 */
final class RoadFiles {

    private static final String SUFFIX = "roadlink.shp";

    private RoadFiles() {
    }

    /**
     * @param ref an entry of {@code network.roads}, resolved
     * @return the entry itself, or the RoadLink shapefiles of the folder it names
     * @throws InputException if the folder holds no RoadLink shapefile or cannot be listed
     */
    static List<LayerRef> expand(LayerRef ref) {
        Path dir = ref.file();
        if (!Files.isDirectory(dir)) {
            return List.of(ref);
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SUFFIX))
                    .filter(Files::isRegularFile).forEach(found::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(dir, null, "the folder cannot be listed (" + e.getMessage() + ")",
                    "Check that the folder and its subfolders are readable", e);
        }
        if (found.isEmpty()) {
            throw new InputException(dir, null, "the folder holds no OS Open Roads RoadLink shapefile (a file named"
                    + " *RoadLink.shp, such as SU_RoadLink.shp, in it or a subfolder)",
                    "Name the folder of the OS Open Roads shapefile download (its data folder), or list the RoadLink"
                    + " files or the GeoPackage's road_link table under network.roads");
        }
        found.sort(Comparator.comparing((Path p) -> p.getFileName().toString().toLowerCase(Locale.ROOT))
                .thenComparing(Path::toString));
        return found.stream().map(p -> new LayerRef(p, null)).toList();
    }
}
