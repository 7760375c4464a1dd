package org.catchment.ui.layers.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.io.csv.PostcodeLookup;
import org.catchment.layer.Crs;
import org.catchment.render.Palette;
import org.catchment.ui.TestLayers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/** Places found by name in the layers, and postcodes in a Code-Point Open lookup. */
class PlaceSearchTest {

    @TempDir
    Path dir;

    private final LayerListModel model = new LayerListModel();

    private List<String> found(String query) {
        return PlaceSearch.byName(query, model.items(), Set.of("site"), 10).stream().map(PlaceSearch.Place::toString)
                .toList();
    }

    @Test
    void namesMatchIgnoringCaseWholeNamesFirstThenBeginningsThenAnyPart() {
        model.add(LayerItem.Group.INPUT, "Wards", TestLayers.zones("wards", 0.1, 0.2), Palette.roads());
        model.add(LayerItem.Group.INPUT, "GP surgeries", TestLayers.layer("gp", "Z1 Health Centre", "POINT (350050 400050)",
                "Elm Road Surgery", "POINT (350150 400050)", "Surgery Z", "POINT (350010 400010)"), Palette.roads());
        assertThat(found("surgery")).containsExactly("Surgery Z (GP surgeries)", "Elm Road Surgery (GP surgeries)");
        assertThat(found(" z1 ")).containsExactly("Z1 (Wards)", "Z1 Health Centre (GP surgeries)");
        assertThat(found("z")).as("names starting with z, top layer first, then names holding it").containsExactly(
                "Z1 Health Centre (GP surgeries)", "Z1 (Wards)", "Z2 (Wards)", "Surgery Z (GP surgeries)");
        assertThat(found("nowhere")).isEmpty();
        PlaceSearch.Place ward = PlaceSearch.byName("Z2", model.items(), Set.of(), 1).get(0);
        assertThat(ward.geometry().getEnvelopeInternal().getMinX()).isEqualTo(350_100);
    }

    @Test
    void theAnalysissNameFieldsAreSearchedToo() {
        AnalysisSpec spec = AnalysisSpec.named("t")
                .withStudyArea(AnalysisSpec.StudyAreaSpec.builder().layer("w.shp").nameField("WD22NM").codeField("WD22CD")
                        .build())
                .withFacilities(List.of(AnalysisSpec.FacilitySpec.builder("gp").layer("gp.shp").nameField("site").build()));
        assertThat(PlaceSearch.nameFields(spec)).containsExactly("WD22NM", "WD22CD", "site");
    }

    @Test
    void aPostcodeIsFoundInTheLookupWhateverItsCaseAndSpacing() throws Exception {
        Path csv = dir.resolve("wa.csv");
        Files.writeString(csv, "\"WA9 1AB\",10,351000,395000,\"E92000001\",\"\",\"E10000023\",\"\",\"E08000013\",\"E05000001\"\n");
        List<PostcodeLookup> lookups = List.of(PostcodeLookup.read(csv));
        assertThat(PlaceSearch.isPostcode("wa91ab")).isTrue();
        assertThat(PlaceSearch.isPostcode("EC1A 1BB")).isTrue();
        assertThat(PlaceSearch.isPostcode("North")).isFalse();
        PlaceSearch.Place p = PlaceSearch.byPostcode(" wa91ab", lookups, Crs.epsg(27700), Crs.epsg(27700)).orElseThrow();
        assertThat(p.label()).isEqualTo("WA91AB");
        assertThat(p.geometry().getCoordinate()).isEqualTo(new Coordinate(351_000, 395_000));
        // as in CrsTest (PROJ 9.1.1 cs2cs): EPSG:27700 (351000, 395000) is -2.739277, 53.449471
        Coordinate lonLat = PlaceSearch.byPostcode("WA9 1AB", lookups, Crs.epsg(27700), Crs.wgs84()).orElseThrow().geometry()
                .getCoordinate();
        assertThat(lonLat.x).isCloseTo(-2.739277, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(lonLat.y).isCloseTo(53.449471, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(PlaceSearch.byPostcode("WA9 9ZZ", lookups, Crs.epsg(27700), Crs.epsg(27700))).isEmpty();
    }
}
