package org.catchment.io.shapefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.catchment.io.ReadOptions;
import org.catchment.io.TestLayers.Attr;
import org.catchment.io.TestLayers;
import org.catchment.layer.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Point;

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

    /**
     * Writes names.shp with two records, "Prescot Library" (ASCII) and {@code name}, in UTF-8 with
     * a .cpg; with {@code cp1252} the UTF-8 bytes of "é" (C3 A9) are then turned into the one
     * Windows-1252 byte E9 and a blank, so the .dbf is what a Windows GIS writes.
     */
    private Path names(String name, boolean cp1252, boolean keepCpg) throws IOException {
        Layer in = TestLayers.layer("names", Point.class, List.of("POINT (351000 395000)", "POINT (351100 395000)"),
                List.of(new Attr("name", String.class), new Attr("beds", Integer.class)),
                List.of(List.of("Prescot Library", 3), List.of(name, 4)));
        Path shp = dir.resolve("names.shp");
        ShapefileWriter.write(in, shp);
        if (cp1252) {
            byte[] b = Files.readAllBytes(dir.resolve("names.dbf"));
            for (int i = 0; i + 1 < b.length; i++) {
                if ((b[i] & 0xff) == 0xC3 && (b[i + 1] & 0xff) == 0xA9) {
                    b[i] = (byte) 0xE9;
                    b[i + 1] = ' ';
                }
            }
            Files.write(dir.resolve("names.dbf"), b);
        }
        if (keepCpg) {
            Files.writeString(dir.resolve("names.cpg"), cp1252 ? "1252" : "UTF-8");
        } else {
            Files.delete(dir.resolve("names.cpg"));
        }
        return shp;
    }

    @Test
    void windows1252TextWithoutCpgIsReadAsWindows1252WithAWarningNamingTheFileAndWhatToDo() throws IOException {
        Layer layer = ShapefileReader.read(names("Prescot Café", true, false), ReadOptions.defaults());
        assertThat(layer.features()).extracting(f -> f.getAttribute("name")).containsExactly("Prescot Library", "Prescot Café");
        assertThat(layer.warnings()).singleElement().asString().isEqualTo("names.dbf has no .cpg; its text has"
                + " characters outside ASCII that are not valid UTF-8 (first in record 2, column name: 'Prescot Café' as"
                + " Windows-1252), so it was read as Windows-1252, the usual encoding of files without a .cpg. If the"
                + " names look wrong, add a names.cpg beside it containing the file's encoding (e.g. 1252, ISO-8859-1"
                + " or UTF-8)");
    }

    @Test
    void utf8TextWithoutCpgIsReadAsUtf8WithAWarning() throws IOException {
        Layer layer = ShapefileReader.read(names("Prescot Café", false, false), ReadOptions.defaults());
        assertThat(layer.features().get(1).getAttribute("name")).isEqualTo("Prescot Café");
        assertThat(layer.warnings()).singleElement().asString().startsWith("names.dbf has no .cpg; its text has"
                + " characters outside ASCII that are all valid UTF-8 (first in record 2, column name: 'Prescot Café'),"
                + " so it was read as UTF-8").contains("Add a names.cpg beside it containing UTF-8");
    }

    @Test
    void withACpgNoWarningInEitherEncoding() throws IOException {
        Layer utf8 = ShapefileReader.read(names("Prescot Café", false, true), ReadOptions.defaults());
        assertThat(utf8.features().get(1).getAttribute("name")).isEqualTo("Prescot Café");
        assertThat(utf8.warnings()).isEmpty();
        Files.delete(dir.resolve("names.shp"));
        Layer ansi = ShapefileReader.read(names("Prescot Café", true, true), ReadOptions.defaults());
        assertThat(ansi.features().get(1).getAttribute("name")).isEqualTo("Prescot Café");
        assertThat(ansi.warnings()).isEmpty();
    }

    @Test
    void asciiTextWithoutCpgHasNoWarning() throws IOException {
        Layer layer = ShapefileReader.read(names("Prescot Cafe", false, false), ReadOptions.defaults());
        assertThat(layer.features().get(1).getAttribute("name")).isEqualTo("Prescot Cafe");
        assertThat(layer.warnings()).isEmpty();
    }

    @Test
    void aNonAsciiByteInANumberColumnIsNotText() throws IOException {
        names("Prescot Cafe", false, false);
        byte[] b = Files.readAllBytes(dir.resolve("names.dbf"));
        int header = (b[8] & 0xff) | (b[9] & 0xff) << 8;
        b[header + 1 + 15] = (byte) 0xE9;
        Files.write(dir.resolve("names.dbf"), b);
        assertThat(DbfText.sniff(dir.resolve("names.dbf")).kind()).as("0xE9 in the beds column, after the 15-byte name")
                .isEqualTo(DbfText.Kind.ASCII);
    }
}
