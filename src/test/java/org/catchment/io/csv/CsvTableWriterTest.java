package org.catchment.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statistics CSV output: Locale-independent numbers, quoting, UTF-8, atomic. */
class CsvTableWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesAHeaderAndRowsThatReadBack() throws Exception {
        Path out = dir.resolve("ward_coverage.csv");
        CsvTableWriter.write(out, List.of("ward", "type", "band_min", "area_m2", "share"), List.of(
                List.of("Parr, Ashtons Green", "gp", 10, 1_234_567.891_234_9, 0.25),
                Arrays.asList("Thatto \"Heath\"", "library", 20L, 0.1 + 0.2, null),
                List.of("Café", "park", 5, 1.0e20, 1.0e-7)));

        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(
                "ward,type,band_min,area_m2,share\n"
                + "\"Parr, Ashtons Green\",gp,10,1234567.891235,0.25\n"
                + "\"Thatto \"\"Heath\"\"\",library,20,0.3,\n"
                + "Café,park,5,100000000000000000000,0\n");
        CsvTable back = CsvTable.read(out);
        assertThat(back.rows().get(1)).isEqualTo(Map.of("ward", "Thatto \"Heath\"", "type", "library",
                "band_min", "20", "area_m2", "0.3", "share", ""));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void aGermanDefaultLocaleStillWritesDots() throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            Path out = dir.resolve("de.csv");
            CsvTableWriter.write(out, List.of("area_m2", "count"), List.of(List.of(1234.5, 1_000_000)));
            assertThat(Files.readString(out)).isEqualTo("area_m2,count\n1234.5,1000000\n");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void formatsNumbersWithoutExponentOrTrailingZeros() {
        assertThat(CsvTableWriter.format(2.0)).isEqualTo("2");
        assertThat(CsvTableWriter.format(-0.0000001)).isEqualTo("0");
        assertThat(CsvTableWriter.format(0.1f)).isEqualTo("0.1");
        assertThat(CsvTableWriter.format(2.0000005)).isEqualTo("2.000001");
        assertThat(CsvTableWriter.format(Double.NaN)).isEmpty();
        assertThat(CsvTableWriter.format(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void aRowOfTheWrongLengthIsAProgrammingError() {
        Path out = dir.resolve("bad.csv");
        assertThatThrownBy(() -> CsvTableWriter.write(out, List.of("a", "b"), List.of(List.of(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("row 0 has 1 values but the header has 2");
        assertThat(Files.exists(out)).isFalse();
    }
}
