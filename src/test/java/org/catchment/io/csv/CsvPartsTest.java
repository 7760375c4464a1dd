package org.catchment.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.catchment.CatchmentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table written part by part is the same file as its rows written at once. */
class CsvPartsTest {

    @TempDir
    Path dir;

    @Test
    void rowsWrittenPartByPartGiveTheSameBytes() throws Exception {
        List<String> header = List.of("postcode", "type", "minutes", "more_than_20");
        List<List<List<?>>> parts = List.of(
                List.of(Arrays.asList("AB1 2CD", "gp", 3.25, false), Arrays.asList("AB1 2CE", "gp", null, true)),
                List.of(),
                List.of(Arrays.asList("ZZ9 \"Q\"", "library, main", 1.0 / 3, false)));
        List<List<?>> all = new ArrayList<>();
        parts.forEach(all::addAll);
        Path once = dir.resolve("once.csv");
        CsvTableWriter.write(once, header, all);
        Path parted = dir.resolve("parted.csv");
        List<Integer> made = new ArrayList<>();
        CsvTableWriter.writeParts(parted, header, parts.size(), i -> {
            made.add(i);
            return parts.get(i);
        });
        assertThat(made).containsExactly(0, 1, 2);
        assertThat(Files.readAllBytes(parted)).isEqualTo(Files.readAllBytes(once));
        assertThat(Files.readString(parted)).isEqualTo("postcode,type,minutes,more_than_20\nAB1 2CD,gp,3.25,false\n"
                + "AB1 2CE,gp,,true\n\"ZZ9 \"\"Q\"\"\",\"library, main\",0.333333,false\n");
    }

    @Test
    void aShortRowInALaterPartLeavesNoFile() {
        Path out = dir.resolve("bad.csv");
        assertThatThrownBy(() -> CsvTableWriter.writeParts(out, List.of("a", "b"), 2,
                i -> i == 0 ? List.of(List.of(1, 2)) : List.of(List.of(3, 4), List.of(5))))
                .isInstanceOf(CatchmentException.class).hasMessageContaining("row 2 has 1 values but the header has 2");
        assertThat(out).doesNotExist();
    }
}
