package org.catchment.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.catchment.overlay.Fixtures.box;
import static org.catchment.overlay.Fixtures.row;

import java.util.List;
import org.catchment.InputException;
import org.catchment.layer.Layer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

class StudyAreaTest {

    /* Three wards side by side, 100 x 100 each: Town Centre [0,100], Parr [100,200], Thatto Heath [200,300]. */
    static final Layer WARDS = Fixtures.wards(
            row(box(0, 0, 100, 100), "Town Centre", "E05000001"),
            row(box(100, 0, 200, 100), "Parr", "E05000002"),
            row(box(200, 0, 300, 100), "Thatto Heath", "E05000003"));

    @Test
    void selectsByNameOrCodeIgnoringCase() {
        StudyArea a = StudyArea.of(WARDS, "wd22nm", "WD22CD", List.of("PARR", "e05000003"), null);
        assertThat(a.zones()).extracting(Zone::name).containsExactly("Parr", "Thatto Heath");
        assertThat(a.zones()).extracting(Zone::code).containsExactly("E05000002", "E05000003");
        assertThat(a.area().getArea()).isCloseTo(20_000, within(1e-9));
        assertThat(a.area().equalsTopo(box(100, 0, 300, 100))).isTrue();
        assertThat(a.residential()).isNull();
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void noSelectionKeepsAllZonesAndCodeIsOptional() {
        StudyArea a = StudyArea.of(WARDS, "WD22NM", null, null, null);
        assertThat(a.zones()).extracting(Zone::name).containsExactly("Town Centre", "Parr", "Thatto Heath");
        assertThat(a.zones()).extracting(Zone::code).containsOnlyNulls();
        assertThat(a.area().getArea()).isCloseTo(30_000, within(1e-9));
    }

    @Test
    void aZoneWithABlankNameIsNamedByItsCodeOrNumber() {
        Layer unnamed = Fixtures.wards(row(box(0, 0, 100, 100), "  ", "E05000001"), row(box(100, 0, 200, 100), null, null));
        assertThat(StudyArea.of(unnamed, "WD22NM", "WD22CD", null, null).zones()).extracting(Zone::name)
                .containsExactly("E05000001", "Zone 2");
    }

    @Test
    void anUnknownZoneNameListsTheValidOnes() {
        assertThatThrownBy(() -> StudyArea.of(WARDS, "WD22NM", "WD22CD", List.of("Parr", "Moss Bank"), null))
                .isInstanceOf(InputException.class)
                .hasMessage("layer wards: there is no zone named 'Moss Bank'; the zones are Town Centre, Parr, "
                        + "Thatto Heath. Give zone names or codes from this list.");
    }

    @Test
    void aMissingNameFieldListsTheFieldsThatExist() {
        assertThatThrownBy(() -> StudyArea.of(WARDS, "ward_name", null, null, null))
                .isInstanceOf(InputException.class)
                .hasMessage("layer wards: there is no zone name field 'ward_name'; the fields are WD22NM, WD22CD. "
                        + "Give one of these as the zone name field.");
    }

    @Test
    void aBowTieIsRepairedWithAWarningNamingTheFeature() {
        // the bow-tie crosses itself at (5 5): GeometryFixer keeps both triangles, 25 m² each
        Layer wards = Fixtures.wards(
                row("POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))", "Bow Tie", "E1"),
                row(box(20, 0, 30, 10), "Square", "E2"));
        StudyArea a = StudyArea.of(wards, "WD22NM", "WD22CD", null, null);
        assertThat(a.zones()).extracting(Zone::name).containsExactly("Bow Tie", "Square");
        assertThat(a.zones().get(0).geometry().isValid()).isTrue();
        assertThat(a.zones().get(0).geometry().getArea()).isCloseTo(50, within(1e-9));
        assertThat(a.area().getArea()).isCloseTo(150, within(1e-9));
        assertThat(a.warnings()).singleElement().asString()
                .startsWith("layer wards, feature 1 (wards.1) 'Bow Tie' was not a valid polygon (Self-intersection near (5, 5))")
                .endsWith("and was repaired");
    }

    @Test
    void aPolygonOfNoAreaIsDroppedWithAWarning() {
        Layer wards = Fixtures.wards(
                row("POLYGON((0 0, 10 0, 20 0, 0 0))", "Flat", "E1"),
                row(box(20, 0, 30, 10), "Square", "E2"));
        StudyArea a = StudyArea.of(wards, "WD22NM", "WD22CD", null, null);
        assertThat(a.zones()).extracting(Zone::name).containsExactly("Square");
        assertThat(a.warnings()).last().asString().isEqualTo("layer wards, feature 1 (wards.1) 'Flat' has no area and was left out");
    }

    @Test
    void residentialLandRestrictsTheAreaButNotTheZones() {
        // residential land: a 50 m strip along the south of all wards, and a patch outside them
        StudyArea a = StudyArea.of(WARDS, "WD22NM", null, List.of("Town Centre", "Parr"),
                Fixtures.wkt("MULTIPOLYGON(((-50 0, 400 0, 400 50, -50 50, -50 0)), ((0 500, 10 500, 10 510, 0 510, 0 500)))"));
        assertThat(a.area().equalsTopo(box(0, 0, 200, 50))).isTrue();
        assertThat(a.zones().get(0).geometry().getArea()).isCloseTo(10_000, within(1e-9));
        assertThat(a.residential().getArea()).isCloseTo(450 * 50 + 100, within(1e-9));
    }

    @Test
    void aPointLayerIsRefused() {
        Layer points = Fixtures.layer("gp", Point.class, new String[] {"WD22NM"}, new Class<?>[] {String.class},
                row("POINT(1 1)", "x"));
        assertThatThrownBy(() -> StudyArea.of(points, "WD22NM", null, null, null))
                .isInstanceOf(InputException.class)
                .hasMessage("layer gp: the zones must be polygons but the layer holds points. Choose a layer of polygons.");
    }
}
