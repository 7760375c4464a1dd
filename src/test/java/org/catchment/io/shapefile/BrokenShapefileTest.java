package org.catchment.io.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.catchment.InputException;
import org.catchment.io.BadRowException;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions;
import org.catchment.io.RealDataTest;
import org.catchment.io.TestLayers;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged and incomplete shapefiles, made in a temporary folder from good ones, give clear messages. */
class BrokenShapefileTest {

    private static final Path WARDS = RealDataTest.REAL.resolve("st-helens/st_helens_wards_2013.shp");
    private static final Path ROADS = RealDataTest.REAL.resolve("os-open-roads/os_roads_bristol_RoadLink_27700.shp");
    private static final List<String> PARTS = List.of("shp", "shx", "dbf", "prj", "cpg");

    @TempDir
    Path dir;

    /** Copies every part of a shapefile into the temporary folder under a new base name. */
    private Path copy(Path shp, String base) throws IOException {
        for (String ext : PARTS) {
            Path from = ShapefileParts.withExtension(shp, ext);
            if (Files.exists(from)) {
                Files.copy(from, dir.resolve(base + "." + ext));
            }
        }
        return dir.resolve(base + ".shp");
    }

    private static Layer read(Path shp) {
        return ShapefileReader.read(shp, ReadOptions.defaults());
    }

    @Test
    void missingShxNamesTheFileAndSaysToCopyItWithTheRest() throws IOException {
        Path shp = copy(WARDS, "wards");
        Files.delete(dir.resolve("wards.shx"));
        assertThatThrownBy(() -> read(shp)).isInstanceOf(InputException.class)
                .hasMessage(shp + ": the index file wards.shx is missing. A shapefile is several files with the same"
                        + " name: copy the .shp, .shx, .dbf, .prj and .cpg together from the same place (or rebuild"
                        + " the index with ogr2ogr or QGIS).");
    }

    @Test
    void missingDbfNamesTheFile() throws IOException {
        Path shp = copy(WARDS, "wards");
        Files.delete(dir.resolve("wards.dbf"));
        assertThatThrownBy(() -> read(shp)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(shp + ": the attribute table wards.dbf is missing.")
                .hasMessageContaining("copy the .shp, .shx, .dbf, .prj and .cpg together");
    }

    @Test
    void partsWithUpperCaseExtensionsAreFound() throws IOException {
        Path shp = copy(WARDS, "wards");
        Files.move(dir.resolve("wards.shx"), dir.resolve("wards.SHX"));
        Files.move(dir.resolve("wards.dbf"), dir.resolve("wards.DBF"));
        assertThat(read(shp).size()).isEqualTo(16);
    }

    @Test
    void missingPrjWithDegreesGuessesWgs84AndSaysSo() throws IOException {
        Path shp = copy(WARDS, "wards");
        Files.delete(dir.resolve("wards.prj"));
        Layer layer = read(shp);
        assertThat(layer.crs()).isSameAs(Crs.wgs84());
        assertThat(layer.warnings()).singleElement().asString()
                .isEqualTo(shp + ": there is no wards.prj; the CRS was guessed from the coordinates as EPSG:4326"
                        + " (longitude/latitude). Add the .prj or give the CRS if this is wrong");
    }

    @Test
    void missingPrjWithCoordinatesOutsideBothRangesIsAnError() throws IOException {
        Path shp = dir.resolve("far.shp");
        ShapefileWriter.write(TestLayers.layer("far", org.locationtech.jts.geom.Point.class,
                List.of("POINT (2000000 5000000)"), List.of(), List.of()), shp);
        Files.delete(dir.resolve("far.prj"));
        assertThatThrownBy(() -> read(shp)).isInstanceOf(InputException.class)
                .hasMessage(shp + ": there is no far.prj and the coordinates are neither longitude/latitude nor"
                        + " British National Grid. Give the layer's CRS (the crs key of the layer, e.g. EPSG:32632) or add"
                        + " the .prj file.");
    }

    @Test
    void unparseablePrjSuggestsGivingTheCrs() throws IOException {
        Path shp = copy(WARDS, "wards");
        Files.writeString(dir.resolve("wards.prj"), "GEOGCS[\"broken\",DATUM[");
        assertThatThrownBy(() -> read(shp)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(dir.resolve("wards.prj") + ": the projection file cannot be read as a"
                        + " coordinate reference system")
                .hasMessageEndingWith("Replace it with a correct .prj, or delete it and give the layer's CRS"
                        + " (the crs key of the layer).");
    }

    @Test
    void emptyPrjIsAnError() throws IOException {
        Path shp = copy(WARDS, "wards");
        Files.writeString(dir.resolve("wards.prj"), "  \n");
        assertThatThrownBy(() -> read(shp)).hasMessage(dir.resolve("wards.prj") + ": the projection file is empty."
                + " Delete it and give the layer's CRS (the crs key of the layer), or replace it with the right .prj.");
    }

    @Test
    void truncatedShpNamesTheShapeThatIsCutOff() throws IOException {
        Path shp = copy(ROADS, "roads");
        byte[] bytes = Files.readAllBytes(shp);
        Files.write(shp, Arrays.copyOf(bytes, bytes.length - 10));
        assertThatThrownBy(() -> read(shp)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(shp + ": shape 29 of 29: the file is cut off: the shape needs bytes ")
                .hasMessageContaining("but the file has only " + (bytes.length - 10) + " bytes")
                .hasMessageEndingWith("copy or export the shapefile again.");
    }

    @Test
    void shpCutInsideItsHeaderIsAnError() throws IOException {
        Path shp = copy(ROADS, "roads");
        Files.write(shp, Arrays.copyOf(Files.readAllBytes(shp), 60));
        assertThatThrownBy(() -> read(shp))
                .hasMessageStartingWith(shp + ": the file has only 60 bytes, too few for a shapefile (its header alone has 100).");
    }

    @Test
    void emptyShpSaysItIsEmpty() throws IOException {
        Path shp = copy(ROADS, "roads");
        Files.write(shp, new byte[0]);
        assertThatThrownBy(() -> read(shp)).isInstanceOf(InputException.class)
                .hasMessage(shp + ": the file is empty (0 bytes). The file is damaged or was not copied completely:"
                        + " copy or export the shapefile again.");
    }

    @Test
    void emptyDbfSaysItIsEmpty() throws IOException {
        Path shp = copy(ROADS, "roads");
        Files.write(dir.resolve("roads.dbf"), new byte[0]);
        assertThatThrownBy(() -> read(shp))
                .hasMessageStartingWith(dir.resolve("roads.dbf") + ": the attribute table is empty (0 bytes).");
    }

    @Test
    void notAShapefileAtAll() throws IOException {
        Path shp = copy(ROADS, "roads");
        Files.write(shp, "this is a text file, not a shapefile, but long enough to have a header of one hundred bytes"
                .repeat(2).getBytes());
        assertThatThrownBy(() -> read(shp))
                .hasMessage(shp + ": this is not a shapefile (it does not start with the file code 9994)."
                        + " Check that the file really is part of an ESRI shapefile.");
    }

    @Test
    void dbfWithFewerRecordsThanShapesNamesTheFirstMissingRecord() throws IOException {
        Path shp = copy(WARDS, "wards");
        Path dbf = dir.resolve("wards.dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int header = b.getShort(8);
        int record = b.getShort(10);
        // Keep 10 of the 16 records and say so in the header: a table from another version of the file.
        byte[] shorter = Arrays.copyOf(bytes, header + 10 * record);
        ByteBuffer.wrap(shorter).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 10);
        Files.write(dbf, shorter);
        assertThatThrownBy(() -> read(shp)).isInstanceOf(InputException.class)
                .hasMessage(dbf + ": record 11: the attribute table has 10 records but wards.shp has 16 shapes, so"
                        + " shapes 11 to 16 have no attributes. The .dbf belongs to another version of the file or was"
                        + " cut off: copy or export the shapefile again.");
    }

    @Test
    void dbfCutOffInsideARecordNamesThatRecord() throws IOException {
        Path shp = copy(WARDS, "wards");
        Path dbf = dir.resolve("wards.dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        Files.write(dbf, Arrays.copyOf(bytes, b.getShort(8) + 12 * b.getShort(10) + 5));
        assertThatThrownBy(() -> read(shp))
                .hasMessageStartingWith(dbf + ": record 13 of 16: the attribute table is cut off: its header says 16"
                        + " records but the file ends after 12.");
    }

    @Test
    void lonLatInAFileWhosePrjSaysBngIsRefusedNotMangled() throws IOException {
        Path shp = copy(WARDS, "wards");
        Files.copy(ShapefileParts.withExtension(ROADS, "prj"), dir.resolve("wards.prj"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> LayerReader.read(shp, ReadOptions.defaults())).isInstanceOf(InputException.class)
                .hasMessageStartingWith(shp + ": the file says its coordinates are OSGB36 / British National Grid"
                        + " metres (EPSG:27700) but they range x -2.")
                .hasMessageEndingWith("which looks like longitude/latitude. Fix the .prj file or give the CRS EPSG:4326.");
    }

    @Test
    void bngCoordinatesLabelledWgs84AreRefused() throws IOException {
        Path shp = copy(ROADS, "roads");
        Files.copy(ShapefileParts.withExtension(WARDS, "prj"), dir.resolve("roads.prj"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> LayerReader.read(shp, ReadOptions.defaults())).isInstanceOf(InputException.class)
                .hasMessageStartingWith(shp + ": the file says its coordinates are longitude/latitude (EPSG:4326)")
                .hasMessageContaining("which looks like metres")
                .hasMessageEndingWith("The coordinates look like British National Grid metres: fix the .prj or give the"
                        + " CRS EPSG:27700.");
    }

    @Test
    void unreadableDateIsABadRowThatCanBeSkipped() throws IOException {
        Path shp = dir.resolve("dated.shp");
        ShapefileWriter.write(TestLayers.layer("dated", org.locationtech.jts.geom.Point.class,
                List.of("POINT (351000 395000)", "POINT (351001 395001)"),
                List.of(new TestLayers.Attr("opened", java.time.LocalDate.class)),
                List.of(List.of(java.time.LocalDate.of(2020, 1, 2)), List.of(java.time.LocalDate.of(2020, 1, 3)))), shp);
        Path dbf = dir.resolve("dated.dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        int header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getShort(8);
        int record = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getShort(10);
        System.arraycopy("2020XX03".getBytes(), 0, bytes, header + record + 1, 8);
        Files.write(dbf, bytes);

        assertThatThrownBy(() -> read(shp))
                .hasMessage(dbf + ": record 2, column opened: '2020XX03' is not a date (YYYYMMDD). Fix the date in"
                        + " the attribute table.");
        Layer skipped = ShapefileReader.read(shp, ReadOptions.defaults().withBadRows(ReadOptions.BadRowPolicy.SKIP));
        assertThat(skipped.features()).extracting(f -> f.getID()).containsExactly("dated.1");
        assertThat(skipped.warnings()).anySatisfy(w -> assertThat(w).contains("1 record(s) left out: [2]"));
    }

    @Test
    void nullShapesAreBadRowsCountedInOneMessage() throws IOException {
        Path shp = dir.resolve("nulls.shp");
        ShapefileWriter.write(TestLayers.layer("nulls", org.locationtech.jts.geom.Point.class,
                List.of("POINT (351000 395000)", "POINT (351001 395001)", "POINT (351002 395002)"), List.of(), List.of()),
                shp);
        byte[] bytes = Files.readAllBytes(shp);
        // Records 2 and 3: header 100 + previous records (8 + 20 each) + their own record header 8, then the shape type.
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(100 + 28 + 8, 0).putInt(100 + 56 + 8, 0);
        Files.write(shp, bytes);
        assertThatThrownBy(() -> read(shp)).isInstanceOf(BadRowException.class)
                .hasMessage(shp + ": 2 features have no geometry (nulls.2, nulls.3), so they have no place. Give each a"
                        + " geometry or delete it (in QGIS, for instance), then run again.");
        Layer skipped = ShapefileReader.read(shp, ReadOptions.defaults().withBadRows(ReadOptions.BadRowPolicy.SKIP));
        assertThat(skipped.features()).extracting(f -> f.getID()).containsExactly("nulls.1");
        assertThat(skipped.warnings()).contains("nulls.shp: 2 features have no geometry and were left out (nulls.2, nulls.3).");
    }

    @Test
    void messageForACutOffShpGivesTheByteRange() throws IOException {
        Path shp = copy(ROADS, "roads");
        byte[] bytes = Files.readAllBytes(shp);
        Files.write(shp, Arrays.copyOf(bytes, bytes.length - 10));
        assertThatThrownBy(() -> read(shp)).hasMessage(shp + ": shape 29 of 29: the file is cut off: the shape needs"
                + " bytes 8244 to 8684 but the file has only 8674 bytes. The file is damaged or was not copied"
                + " completely: copy or export the shapefile again.");
    }

    @Test
    void corruptPointCountIsCaughtBeforeTheDriverReadsIt() throws IOException {
        Path shp = copy(ROADS, "roads");
        byte[] bytes = Files.readAllBytes(shp);
        // First record: content starts at 108; the point count of a polyline is at content + 40.
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(108 + 40, 100_000_000);
        Files.write(shp, bytes);
        assertThatThrownBy(() -> read(shp)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(shp + ": shape 1 of 29: the shape's part or point count does not fit in its ")
                .hasMessageContaining("(it would need 1600000")
                .hasMessageEndingWith("copy or export the shapefile again.");
    }
}
