package org.catchment.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.catchment.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV tables: the same BOM, delimiter, blank-line and header rules as the point reader. */
class CsvTableTest {

    @TempDir
    Path dir;

    Path csv(String text) throws Exception {
        return Files.writeString(dir.resolve("t.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsColumnsAndRowsAsWritten() throws Exception {
        Path f = csv("\uFEFFLSOA11CD;population ;note\nE01006350;1650;\"a; b\"\n\nE01006351; 1,702 ;\n");
        CsvTable t = CsvTable.read(f);
        assertThat(t.file()).isEqualTo(f);
        assertThat(t.columns()).containsExactly("LSOA11CD", "population", "note");
        assertThat(t.rows()).containsExactly(
                Map.of("LSOA11CD", "E01006350", "population", "1650", "note", "a; b"),
                Map.of("LSOA11CD", "E01006351", "population", " 1,702 ", "note", ""));
        assertThat(t.rowNumber(1)).isEqualTo(4);
    }

    @Test
    void aHeaderOnlyFileHasNoRows() throws Exception {
        assertThat(CsvTable.read(csv("a,b\n")).rows()).isEmpty();
    }

    @Test
    void duplicateHeadersAreRefused() throws Exception {
        Path f = csv("code,pop,CODE\n1,2,3\n");
        assertThatThrownBy(() -> CsvTable.read(f)).isInstanceOf(InputException.class)
                .hasMessage(f + ": row 1: the column name 'CODE' appears twice in the header (columns 1 and 3)."
                        + " Rename one of the two columns.");
    }

    @Test
    void aBlankHeaderNameIsRefused() throws Exception {
        Path f = csv("code,,pop\n1,2,3\n");
        assertThatThrownBy(() -> CsvTable.read(f))
                .hasMessage(f + ": row 1: column 2 of the header has no name. Give every column a name in the first row.");
    }

    @Test
    void aShortRowIsRefused() throws Exception {
        Path f = csv("code,pop\n1,2\n3\n");
        assertThatThrownBy(() -> CsvTable.read(f))
                .hasMessage(f + ": row 3: the row has 1 fields but the header has 2. Check the quotes and delimiters on that row.");
    }

    @Test
    void anUnclosedQuoteIsRefused() throws Exception {
        Path f = csv("code,name\n1,\"open\n2,b\n");
        assertThatThrownBy(() -> CsvTable.read(f)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(f + ": row 2: the CSV cannot be read (")
                .hasMessageContaining("a field that starts with \" must end with \"");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path f = csv("");
        assertThatThrownBy(() -> CsvTable.read(f)).hasMessageContaining(": the file is empty (no header, no rows).");
    }

    @Test
    void aMissingFileIsRefused() {
        Path f = dir.resolve("none.csv");
        assertThatThrownBy(() -> CsvTable.read(f)).hasMessage(f + ": the file does not exist. Check the path and the file name.");
    }
}
