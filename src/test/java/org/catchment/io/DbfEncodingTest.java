package org.catchment.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.catchment.layer.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DbfEncodingTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"UTF-8, UTF-8", "utf8, UTF-8", "65001, UTF-8", "ANSI 1252, windows-1252", "1252, windows-1252",
            "CP1252, windows-1252", "ISO-8859-1, ISO-8859-1", "88591, ISO-8859-1", "ISO 8859-1, ISO-8859-1",
            "windows-1250, windows-1250"})
    void cpgNamesAreRecognised(String cpg, String charset) {
        assertThat(DbfEncoding.fromCpg(cpg)).isEqualTo(Charset.forName(charset));
    }

    @Test
    void unknownCpgNameIsNull() {
        assertThat(DbfEncoding.fromCpg("Klingon")).isNull();
    }

    @Test
    void overrideWinsOverTheCpgAndNoCpgMeansWindows1252() throws IOException {
        Path cpg = Files.writeString(dir.resolve("x.cpg"), "UTF-8\n");
        List<String> warnings = new ArrayList<>();
        assertThat(DbfEncoding.choose(StandardCharsets.ISO_8859_1, cpg, null, warnings::add).charset())
                .isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(DbfEncoding.choose(null, cpg, null, warnings::add))
                .isEqualTo(new DbfEncoding.Choice(StandardCharsets.UTF_8, "the encoding x.cpg names"));
        assertThat(DbfEncoding.choose(null, null, null, warnings::add).charset()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(warnings).isEmpty();
    }

    private Path copyLanesWithCpg(String cpgText) throws IOException {
        for (String ext : List.of("shp", "shx", "dbf", "prj")) {
            Files.copy(GdalShapefileTest.IO.resolve("lanes_cp1252_nocpg." + ext), dir.resolve("lanes." + ext));
        }
        Files.writeString(dir.resolve("lanes.cpg"), cpgText);
        return dir.resolve("lanes.shp");
    }

    @Test
    void ansi1252CpgReadsWindows1252Text() throws IOException {
        Layer layer = ShapefileReader.read(copyLanesWithCpg("ANSI 1252"), ReadOptions.defaults());
        assertThat(layer.features()).extracting(f -> f.getAttribute("name")).containsExactly("Rue de l’Église", "£ Lane");
    }

    @Test
    void unknownCpgWarnsAndReadsWindows1252() throws IOException {
        Layer layer = ShapefileReader.read(copyLanesWithCpg("Klingon"), ReadOptions.defaults());
        assertThat(layer.features().get(1).getAttribute("name")).isEqualTo("£ Lane");
        assertThat(layer.warnings()).singleElement().asString().isEqualTo("lanes.cpg names the encoding 'Klingon',"
                + " which is not known; the attributes were read as Windows-1252. Give the encoding if the names look wrong");
    }

    @Test
    void cpgSayingUtf8OnWindows1252TextNamesTheCpg() throws IOException {
        Path shp = copyLanesWithCpg("UTF-8");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ShapefileReader.read(shp, ReadOptions.defaults()))
                .hasMessage(dir.resolve("lanes.dbf") + ": record 1, column name: the text is not valid UTF-8, the"
                        + " encoding lanes.cpg names. Give the file's real encoding (Windows-1252 for"
                        + " most files without a .cpg).");
    }
}
