package org.catchment.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.catchment.InputException;
import org.catchment.io.ReadOptions;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

/** Point layers from CSV coordinates and postcodes, real and hand-made, good and broken. */
class CsvPointReaderTest {

    static final Path LIBRARIES = Path.of("src/test/resources/real/st-helens/libraries_england_2023.csv");
    static final Path WA = Path.of("src/test/resources/real/st-helens/codepoint-open/wa.csv");

    @TempDir
    Path dir;

    static final CsvPointOptions SKIP = CsvPointOptions.defaults()
            .withRead(ReadOptions.defaults().withBadRows(ReadOptions.BadRowPolicy.SKIP));

    Path csv(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static Point point(Layer layer, int index) {
        return (Point) Layer.geometry(layer.features().get(index));
    }

    static SimpleFeature named(Layer layer, String name) {
        return layer.features().stream().filter(f -> name.equals(f.getAttribute("Name"))).findFirst().orElseThrow();
    }

    @Test
    void librariesOfEnglandUseEastingNorthingAndSkipTheFifteenRowsWithout() {
        Layer libraries = CsvPointReader.read(LIBRARIES, SKIP);

        // 3,539 data rows, 15 of them (rows 1545-1551, 2442-2444, ...) with no coordinates
        assertThat(libraries.size()).isEqualTo(3539 - 15);
        assertThat(libraries.crs()).isSameAs(Crs.epsg(27700));
        assertThat(libraries.name()).isEqualTo("libraries_england_2023");
        SimpleFeature archive = named(libraries, "St Helens Archive Service");
        Point p = (Point) Layer.geometry(archive);
        assertThat(p.getX()).isEqualTo(351294.0);
        assertThat(p.getY()).isEqualTo(395518.0);
        assertThat(archive.getAttribute("Postcode")).isEqualTo("WA10 1HP");
        assertThat(archive.getAttribute("Longitude")).isEqualTo(-2.734931);
        assertThat(archive.getAttribute("Index of multiple deprivation decile")).isEqualTo(1L);
        assertThat(libraries.hasAttribute("Easting")).isFalse();
        assertThat(libraries.warnings()).singleElement().asString()
                .startsWith(LIBRARIES + ": 15 rows were left out: row 1545: the Easting is blank; row 1546:")
                .endsWith("; and 5 more.");
    }

    @Test
    void librariesOfEnglandFailOnTheFirstRowWithoutCoordinates() {
        assertThatThrownBy(() -> CsvPointReader.read(LIBRARIES, CsvPointOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage(LIBRARIES + ": row 1545: the Easting is blank. Correct the row.");
    }

    /* The 15 rows without coordinates are in Lincolnshire, Oxfordshire and Wakefield: a filter for St Helens never sees them. */
    @Test
    void rowsTheFilterLeavesOutAreNotChecked() throws Exception {
        CsvPointOptions stHelens = CsvPointOptions.defaults().withRead(ReadOptions.defaults()
                .withFilter(org.geotools.filter.text.ecql.ECQL.toFilter("\"Reporting service\" = 'St Helens Council'")));
        Layer layer = CsvPointReader.read(LIBRARIES, stHelens);

        assertThat(layer.size()).isEqualTo(15);
        assertThat(layer.warnings()).isEmpty();
        assertThat(named(layer, "St Helens Archive Service").getAttribute("Postcode")).isEqualTo("WA10 1HP");
        assertThatThrownBy(() -> CsvPointReader.read(LIBRARIES, stHelens.withRead(ReadOptions.defaults().withFilter(
                org.geotools.filter.text.ecql.ECQL.toFilter("\"Reporting service\" LIKE 'Lincolnshire%'")))))
                .as("a row the filter keeps is still checked").hasMessageContaining("the Easting is blank");
    }

    @Test
    void stHelensLibrariesPlacedByPostcodeLandOnTheirPublishedGridReference() throws Exception {
        Path wa = csv("st_helens.csv", """
                Name,Postcode
                St Helens Archive Service,WA10 1HP
                Central Library,wa101dy
                """);
        Layer layer = CsvPointReader.read(wa, CsvPointOptions.defaults().withPostcodeLookup(WA));

        assertThat(layer.crs()).isSameAs(Crs.epsg(27700));
        assertThat(point(layer, 0).getCoordinate()).isEqualTo(new org.locationtech.jts.geom.Coordinate(351294, 395518));
        assertThat(point(layer, 1).getCoordinate()).isEqualTo(new org.locationtech.jts.geom.Coordinate(351315, 395469));
        assertThat(layer.features().get(1).getAttribute("Postcode")).isEqualTo("wa101dy");
    }

    @Test
    void handMadeEastingNorthingWithTypedAttributes() throws Exception {
        Path f = csv("gps.csv", """
                id,Name,EASTING,Northing,capacity,phone
                1,Parkside Surgery,351000,395000,1.5,01744 123
                2,Hall Street,351250.5,395100,2,01744 456
                3,"Rainford, Village",349000,401000,,01744 789
                """);
        Layer layer = CsvPointReader.read(f, CsvPointOptions.defaults());

        assertThat(layer.crs()).isSameAs(Crs.epsg(27700));
        assertThat(layer.size()).isEqualTo(3);
        assertThat(point(layer, 1).getX()).isEqualTo(351250.5);
        assertThat(point(layer, 1).getY()).isEqualTo(395100.0);
        SimpleFeature third = layer.features().get(2);
        assertThat(third.getAttribute("id")).isEqualTo(3L);
        assertThat(third.getAttribute("Name")).isEqualTo("Rainford, Village");
        assertThat(third.getAttribute("capacity")).isNull();
        assertThat(layer.features().get(0).getAttribute("capacity")).isEqualTo(1.5);
        assertThat(third.getAttribute("phone")).isEqualTo("01744 789");
        assertThat(layer.featureType().getDescriptor("phone").getType().getBinding()).isEqualTo(String.class);
        assertThat(layer.hasAttribute("EASTING")).isFalse();
        assertThat(third.getID()).isEqualTo("gps.4");
    }

    @Test
    void lonLatColumnsAreWgs84LongitudeFirst() throws Exception {
        Path f = csv("parks.csv", "name,lat,lng\nVictoria Park,53.454154,-2.734931\n");
        Layer layer = CsvPointReader.read(f, CsvPointOptions.defaults());
        assertThat(layer.crs()).isSameAs(Crs.wgs84());
        assertThat(point(layer, 0).getX()).isEqualTo(-2.734931);
        assertThat(point(layer, 0).getY()).isEqualTo(53.454154);
    }

    @Test
    void namedFieldsAndAGivenCrsWin() throws Exception {
        Path f = csv("odd.csv", "name,E_M,N_M,longitude,latitude\nA,351000,395000,-2.7,53.4\n");
        Layer layer = CsvPointReader.read(f, CsvPointOptions.defaults().withFields("e_m", "n_m")
                .withRead(ReadOptions.defaults().withCrs(Crs.epsg(27700))));
        assertThat(point(layer, 0).getX()).isEqualTo(351000.0);
        assertThat(layer.crs()).isSameAs(Crs.epsg(27700));
        assertThat(layer.warnings()).isEmpty();
        assertThat(layer.features().get(0).getAttribute("longitude")).isEqualTo(-2.7);
    }

    @Test
    void namedFieldsWithoutACrsAreGuessedWithAWarning() throws Exception {
        Path f = csv("odd.csv", "name,E_M,N_M\nA,351000,395000\n");
        Layer layer = CsvPointReader.read(f, CsvPointOptions.defaults().withFields("E_M", "N_M"));
        assertThat(layer.crs()).isSameAs(Crs.epsg(27700));
        assertThat(layer.warnings()).singleElement().asString()
                .contains("the columns E_M/N_M do not say which CRS they are in; assumed EPSG:27700");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() throws Exception {
        Path f = csv("bom.csv", "\uFEFFname,easting,northing\nA,351000,395000\n");
        Layer layer = CsvPointReader.read(f, CsvPointOptions.defaults());
        assertThat(layer.hasAttribute("name")).isTrue();
        assertThat(layer.features().get(0).getAttribute("name")).isEqualTo("A");
    }

    @Test
    void quotedFieldsKeepCommasNewlinesAndQuotesAndCountAsOneRow() throws Exception {
        Path f = csv("quoted.csv", "name,easting,northing\n"
                + "\"Library, Central\nVictoria Square\",351310,395454\n"
                + "\"The \"\"Old\"\" Hall\",351000,395000\n"
                + "Bad,x,395000\n");
        assertThatThrownBy(() -> CsvPointReader.read(f, CsvPointOptions.defaults()))
                .hasMessageStartingWith(f + ": row 4: the easting 'x' is not a number.");
        Layer layer = CsvPointReader.read(f, SKIP);
        assertThat(layer.features().get(0).getAttribute("name")).isEqualTo("Library, Central\nVictoria Square");
        assertThat(layer.features().get(1).getAttribute("name")).isEqualTo("The \"Old\" Hall");
    }

    @Test
    void semicolonDelimitedFilesAreDetected() throws Exception {
        Path f = csv("semi.csv", "name;easting;northing;note\nA;351000;395000;open, daily\n");
        Layer layer = CsvPointReader.read(f, CsvPointOptions.defaults());
        assertThat(point(layer, 0).getX()).isEqualTo(351000.0);
        assertThat(layer.features().get(0).getAttribute("note")).isEqualTo("open, daily");
    }

    @Test
    void semicolonFilesMayUseDecimalCommasButCommaFilesMayNot() throws Exception {
        Path semi = csv("semi.csv", "name;easting;northing;area\nA;351000,5;395000;1,25\nB;351001;395001;2\n");
        Layer layer = CsvPointReader.read(semi, CsvPointOptions.defaults());
        assertThat(point(layer, 0).getX()).isEqualTo(351000.5);
        assertThat(layer.features().get(0).getAttribute("area")).isEqualTo(1.25);
        Path comma = csv("comma.csv", "name,easting,northing\nA,\"351000,5\",395000\n");
        assertThatThrownBy(() -> CsvPointReader.read(comma, CsvPointOptions.defaults()))
                .hasMessageStartingWith(comma + ": row 2: the easting '351000,5' is not a number.");
    }

    @Test
    void blankLinesAreSkippedButStillCountedAsSpreadsheetRows() throws Exception {
        Path f = csv("blank.csv", "name,easting,northing\nA,351000,395000\n\n,,\nB,351100,395100\nC,,395200\n");
        Layer layer = CsvPointReader.read(f, SKIP);
        assertThat(layer.size()).isEqualTo(2);
        assertThat(layer.warnings()).containsExactly(f + ": 1 row was left out: row 6: the easting is blank.");
    }

    @Test
    void aBadCoordinateOnRow7IsNamed() throws Exception {
        Path f = csv("bad7.csv", """
                name,easting,northing
                A,351000,395000
                B,351001,395000
                C,351002,395000
                D,351003,395000
                E,351004,395000
                F,35l005,395000
                G,351006,395000
                """);
        assertThatThrownBy(() -> CsvPointReader.read(f, CsvPointOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage(f + ": row 7: the easting '35l005' is not a number. Correct the row.");
    }

    @Test
    void coordinatesOutsideTheGridOrTheGlobeAreBadRows() throws Exception {
        Path bng = csv("far.csv", "name,easting,northing\nA,351000,395000\nB,351000,1395000\n");
        assertThatThrownBy(() -> CsvPointReader.read(bng, CsvPointOptions.defaults()))
                .hasMessage(bng + ": row 3: the northing 1395000 is outside British National Grid (0 to 1300000 m)."
                        + " Correct the row.");
        Path deg = csv("deg.csv", "name,lon,lat\nA,-2.7,53.4\nB,-2.7,95\n");
        assertThatThrownBy(() -> CsvPointReader.read(deg, CsvPointOptions.defaults()))
                .hasMessageStartingWith(deg + ": row 3: the lat 95 is not a latitude (-90 to 90).");
    }

    @Test
    void lonLatInEastingColumnsIsRefused() throws Exception {
        Path f = csv("swapped.csv", "name,easting,northing\nA,-2.73,53.45\nB,-2.70,53.50\n");
        assertThatThrownBy(() -> CsvPointReader.read(f, CsvPointOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(f + ": row 2: the easting -2.73 and northing 53.45 look like longitude/latitude,"
                        + " not British National Grid metres (give the CRS EPSG:4326).");
        Path east = csv("east.csv", "name,easting,northing\nA,0.12,52.2\nB,1.30,52.6\n");
        assertThatThrownBy(() -> CsvPointReader.read(east, CsvPointOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("row 2: the easting 0.12 and northing 52.2 look like");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsNamed() throws Exception {
        Path f = csv("short.csv", "name,easting,northing\nA,351000,395000\nB,351000\nC,351000,395000,,\n");
        assertThatThrownBy(() -> CsvPointReader.read(f, CsvPointOptions.defaults()))
                .hasMessage(f + ": row 3: the row has 2 fields but the header has 3. Correct the row.");
        assertThat(CsvPointReader.read(f, SKIP).size()).isEqualTo(2);
    }

    @Test
    void postcodesAreJoinedToAHandMadeLookupWithAnyCaseAndSpacing() throws Exception {
        Path lookup = csv("lookup.csv", "\"WA9 1AB\",10,352000,395000\n\"WA101HP\",10,351294,395518\n");
        Path f = csv("foodbanks.csv", "name,post_code\nOne,wa91ab\nTwo,WA9  1AB\nThree, wa10 1hp \n");
        Layer layer = CsvPointReader.read(f, CsvPointOptions.defaults().withPostcodeLookup(lookup));
        assertThat(point(layer, 0).getX()).isEqualTo(352000.0);
        assertThat(point(layer, 1).getY()).isEqualTo(395000.0);
        assertThat(point(layer, 2).getX()).isEqualTo(351294.0);
        assertThat(layer.crs()).isSameAs(Crs.epsg(27700));
    }

    @Test
    void anUnknownPostcodeNamesThePostcodeAndTheRow() throws Exception {
        Path f = csv("foodbanks.csv", "name,postcode\nOne,WA10 1HP\nTwo,WA99 9ZZ\n");
        assertThatThrownBy(() -> CsvPointReader.read(f, CsvPointOptions.defaults().withPostcodeLookup(WA)))
                .isInstanceOf(InputException.class)
                .hasMessage(f + ": row 3: the postcode 'WA99 9ZZ' is not in the postcode lookup wa.csv."
                        + " Correct the row.");
    }

    @Test
    void aPostcodeLookupNeedsAPostcodeColumn() throws Exception {
        Path f = csv("nopc.csv", "name,town\nOne,St Helens\n");
        assertThatThrownBy(() -> CsvPointReader.read(f, CsvPointOptions.defaults().withPostcodeLookup(WA)))
                .hasMessageContaining("a postcode lookup was given but the file has no postcode column (columns: name, town)");
    }

    @Test
    void aDuplicateHeaderIsAnError() throws Exception {
        Path f = csv("dup.csv", "name,easting,northing,Name\nA,1,2,B\n");
        assertThatThrownBy(() -> CsvPointReader.read(f, CsvPointOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage(f + ": row 1: the column name 'Name' appears twice in the header (columns 1 and 4)."
                        + " Rename one of the two columns.");
    }

    @Test
    void missingCoordinateColumnsListTheColumnsThere() throws Exception {
        Path f = csv("nocoords.csv", "name,postcode,opening\nA,WA10 1HP,9am\n");
        assertThatThrownBy(() -> CsvPointReader.read(f, CsvPointOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage(f + ": no coordinate columns found (columns: name, postcode, opening)."
                        + " The file has postcodes: give a postcode lookup file (Code-Point Open) to place them.");
        assertThatThrownBy(() -> CsvPointReader.read(f, CsvPointOptions.defaults().withFields("x", "northing")))
                .hasMessage(f + ": there is no column 'x' for the x coordinate (columns: name, postcode, opening)."
                        + " Use one of the column names listed.");
    }

    @Test
    void anEmptyFileIsAnError() throws Exception {
        Path f = csv("empty.csv", "");
        assertThatThrownBy(() -> CsvPointReader.read(f, CsvPointOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage(f + ": the file is empty (no header, no rows). Check that this is the right file and that"
                        + " it was saved as CSV.");
        Path blank = csv("blank.csv", "\n\n , \n");
        assertThatThrownBy(() -> CsvPointReader.read(blank, CsvPointOptions.defaults()))
                .hasMessageContaining("the file is empty");
    }

    @Test
    void skippedRowsAreListedUpToTenWithACount() throws Exception {
        StringBuilder s = new StringBuilder("name,easting,northing\n");
        for (int i = 0; i < 14; i++) {
            s.append(i % 3 == 0 ? "ok," + (351000 + i) + ",395000\n" : "bad" + i + ",,395000\n");
        }
        Path f = csv("many.csv", s.toString());
        Layer layer = CsvPointReader.read(f, SKIP);
        assertThat(layer.size()).isEqualTo(5);
        assertThat(layer.warnings()).containsExactly(f + ": 9 rows were left out: row 3: the easting is blank;"
                + " row 4: the easting is blank; row 6: the easting is blank; row 7: the easting is blank;"
                + " row 9: the easting is blank; row 10: the easting is blank; row 12: the easting is blank;"
                + " row 13: the easting is blank; row 15: the easting is blank.");
        s.append("bad,,1\nbad,,2\n");
        Path g = csv("more.csv", s.toString());
        assertThat(CsvPointReader.read(g, SKIP).warnings()).singleElement().asString()
                .startsWith(g + ": 11 rows were left out: row 3:").endsWith("row 16: the easting is blank; and 1 more.");
    }

    @Test
    void textThatIsNotUtf8IsReportedAndReadWithTheRightEncoding() throws Exception {
        Path f = dir.resolve("cp1252.csv");
        Files.write(f, "name,easting,northing\nCaf\u00e9,351000,395000\n".getBytes(Charset.forName("windows-1252")));
        assertThatThrownBy(() -> CsvPointReader.read(f, CsvPointOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage(f + ": row 2: the text is not valid UTF-8 (the encoding assumed when none is given). Save the"
                        + " file as UTF-8, or give its encoding with the encoding key of its entry in the analysis file"
                        + " (e.g. encoding: windows-1252).");
        Layer layer = CsvPointReader.read(f, CsvPointOptions.defaults()
                .withRead(ReadOptions.defaults().withEncoding(Charset.forName("windows-1252"))));
        assertThat(layer.features().get(0).getAttribute("name")).isEqualTo("Caf\u00e9");
    }

    @Test
    void optionsCopiesChangeOneFieldEach() {
        CsvPointOptions o = CsvPointOptions.defaults().withXField("e").withYField("n").withPostcodeField("pc")
                .withPostcodeLookup(WA);
        assertThat(o).isEqualTo(new CsvPointOptions("e", "n", "pc", WA, ReadOptions.defaults()));
        assertThat(o.withFields("x", "y")).isEqualTo(new CsvPointOptions("x", "y", "pc", WA, ReadOptions.defaults()));
        assertThat(o.withRead(ReadOptions.defaults().withTable("t")).read().table()).isEqualTo("t");
    }
}
