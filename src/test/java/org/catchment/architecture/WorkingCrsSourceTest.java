package org.catchment.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The working CRS is a property of the analysis (the design, section 8): no code in {@code src/main}
 * names British National Grid's EPSG code except {@code layer/WorkingCrs.java}, where the auto
 * rule chooses it in Great Britain, and the few places that deal with British data as such refer
 * to it there by name ({@code WorkingCrs.BRITISH_NATIONAL_GRID}, {@code britishNationalGrid()}).
 */
class WorkingCrsSourceTest {

    private static final Path JAVA = Path.of("src", "main", "java", "org", "catchment");
    private static final String RULE = "layer/WorkingCrs.java";

    /** The files that may refer to British National Grid through {@code WorkingCrs}, and why. */
    private static final Map<String, String> BRITISH_DATA = Map.of(
            "layer/Crs.java", "a .prj without an EPSG code is compared with the grids British data come in",
            "layer/CoordinateCheck.java", "the hint names the CRS coordinates of unknown CRS look like",
            "io/CrsGuess.java", "metres of unknown CRS, read before any working CRS is chosen",
            "io/csv/CsvPointLocator.java", "the range of British National Grid coordinates in a CSV",
            "io/csv/PostcodeLookup.java", "Code-Point Open postcodes are published in British National Grid",
            "io/shapefile/PrjText.java", "the .prj text GDAL writes for British National Grid",
            "bench/SyntheticNetwork.java", "the benchmarks' synthetic town lies in England",
            "layer/CrsWarmUp.java", "GeoTools is warmed with the grid British analyses decode first");

    @Test
    void onlyTheAutoRuleNamesTheBritishGridsCode() throws IOException {
        assertThat(filesContaining("27700")).containsExactly(RULE);
        assertThat(filesContaining("Crs.BNG")).isEmpty();
        assertThat(filesContaining("bng()")).isEmpty();
    }

    @Test
    void onlyCodeAboutBritishDataRefersToTheBritishGrid() throws IOException {
        List<String> users = Stream.concat(filesContaining("BRITISH_NATIONAL_GRID").stream(),
                filesContaining("britishNationalGrid()").stream()).distinct().filter(f -> !f.equals(RULE)).toList();
        assertThat(BRITISH_DATA.keySet()).containsAll(users);
    }

    private static List<String> filesContaining(String text) throws IOException {
        Map<String, Boolean> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(f, StandardCharsets.UTF_8).contains(text)) {
                    found.put(JAVA.relativize(f).toString().replace('\\', '/'), true);
                }
            }
        }
        return List.copyOf(found.keySet());
    }
}
