package org.catchment.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.catchment.InputException;
import org.catchment.io.shapefile.GdalShapefileTest;
import org.catchment.io.shapefile.ShapefileWriter;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerReaderTest {

    @TempDir
    Path dir;

    @Test
    void missingFileSaysItDoesNotExist() {
        Path p = dir.resolve("nowhere.shp");
        assertThatThrownBy(() -> LayerReader.read(p, ReadOptions.defaults())).isInstanceOf(InputException.class)
                .hasMessage(p + ": the file does not exist. Check the path and the file name.");
    }

    @Test
    void unknownExtensionListsTheSupportedFormats() throws IOException {
        Path p = Files.writeString(dir.resolve("wards.kml"), "<kml/>");
        assertThatThrownBy(() -> LayerReader.read(p, ReadOptions.defaults())).isInstanceOf(InputException.class)
                .hasMessage(p + ": the format '.kml' is not supported. Give one of: .shp, .gpkg, .geojson, .json, .csv.");
    }

    @Test
    void aFolderIsNotALayer() {
        assertThatThrownBy(() -> LayerReader.read(dir, ReadOptions.defaults()))
                .hasMessageStartingWith(dir + ": this is a folder, not a layer file (");
    }

    @Test
    void extensionCaseDoesNotMatterAndBngStaysAsItIs() throws IOException {
        Path shp = dir.resolve("upper.SHP");
        Layer in = TestLayers.layer("upper", org.locationtech.jts.geom.Point.class, List.of("POINT (351000 395000)"),
                List.of(), List.of());
        ShapefileWriter.write(in, dir.resolve("upper.shp"));
        Files.move(dir.resolve("upper.shp"), shp);
        Layer out = LayerReader.read(shp, ReadOptions.defaults());
        assertThat(out.crs()).isSameAs(Crs.epsg(27700));
        assertThat(Layer.geometry(out.features().get(0)).toText()).isEqualTo("POINT (351000 395000)");
    }

    @Test
    void readingChangesNoInputFile() throws IOException {
        List<Path> inputs = List.of(RealDataTest.REAL.resolve("st-helens"), RealDataTest.REAL.resolve("os-open-roads"),
                RealDataTest.REAL.resolve("trafford"), GdalShapefileTest.IO);
        Map<Path, String> before = snapshot(inputs);
        LayerReader.read(RealDataTest.REAL.resolve("st-helens/st_helens_wards_2013.shp"), ReadOptions.defaults());
        LayerReader.read(RealDataTest.REAL.resolve("os-open-roads/os_roads_bristol_RoadLink_27700.shp"), ReadOptions.defaults());
        LayerReader.read(RealDataTest.REAL.resolve("trafford/trafford_libraries.geojson"), ReadOptions.defaults());
        for (String name : List.of("places_utf8", "places_latin1", "lanes_cp1252_nocpg", "wards_holes", "stops_noprj")) {
            LayerReader.read(GdalShapefileTest.IO.resolve(name + ".shp"), ReadOptions.defaults());
        }
        assertThat(snapshot(inputs)).isEqualTo(before);
    }

    /** Every file's size, modification time and content hash, and no extra files. */
    private static Map<Path, String> snapshot(List<Path> folders) throws IOException {
        Map<Path, String> state = new TreeMap<>();
        for (Path folder : folders) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> s = Files.list(folder)) {
                s.filter(Files::isRegularFile).forEach(files::add);
            }
            for (Path f : files) {
                FileTime mtime = Files.getLastModifiedTime(f);
                state.put(f, Files.size(f) + " " + mtime.toMillis() + " " + java.util.Arrays.hashCode(Files.readAllBytes(f)));
            }
        }
        return state;
    }
}
