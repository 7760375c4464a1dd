package org.catchment.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.catchment.analysis.MapSpec;
import org.catchment.analysis.MapSpec.Classes;
import org.catchment.layer.Crs;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.catchment.render.Palette;
import org.catchment.render.Style;
import org.geotools.filter.text.ecql.ECQL;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/** Classes of a style by field, worked out by hand, and the QGIS filter of each class. */
class FieldClassesTest {

    private static final GeometryFactory GF = new GeometryFactory();

    /** @return points with a number {@code value} and a text {@code kind} per feature (null: none) */
    private static Layer layer(Double[] values, String[] kinds) {
        LayerBuilder b = new LayerBuilder("zones", Point.class, Crs.epsg(27700)).attribute("value", Double.class)
                .attribute("kind", String.class).attribute("code", String.class);
        for (int i = 0; i < values.length; i++) {
            b.add(GF.createPoint(new Coordinate(i, 0)), values[i], kinds == null ? null : kinds[i], "0" + i);
        }
        return b.build();
    }

    private static Layer numbers(Double... values) {
        return layer(values, null);
    }

    private static MapSpec.FieldStyleSpec style(String field, Classes classes, Integer count, String... colours) {
        return new MapSpec.FieldStyleSpec(field, classes, count, colours.length == 0 ? null : List.of(colours));
    }

    /** @return the class of each feature */
    private static List<Integer> classes(FieldClasses c, Layer layer) {
        return IntStream.range(0, layer.size()).map(c::classOf).boxed().toList();
    }

    @Test
    void naturalBreaksFindTheTwoGroupsAndFeaturesWithoutAValueAreApart() {
        Layer layer = numbers(1.0, 2.0, 3.0, 10.0, 11.0, 12.0, null);
        FieldClasses c = FieldClasses.of(layer, style("value", Classes.NATURAL_BREAKS, 2));
        assertThat(c.entries()).extracting(FieldClasses.Entry::label).containsExactly("1 \u2013 3", "3 \u2013 12",
                "no value");
        assertThat(c.entries()).extracting(FieldClasses.Entry::features).containsExactly(3, 3, 1);
        assertThat(classes(c, layer)).containsExactly(0, 0, 0, 1, 1, 1, 2);
        List<Color> yellowToBlue = new ArrayList<>(Palette.bands(2));
        java.util.Collections.reverse(yellowToBlue);
        assertThat(c.entries()).extracting(FieldClasses.Entry::colour).containsExactly(yellowToBlue.get(0),
                yellowToBlue.get(1), FieldClasses.NO_VALUE);
        assertThat(c.entries()).extracting(FieldClasses.Entry::filter).containsExactly("\"value\" <= 3",
                "\"value\" > 3", "\"value\" IS NULL");
    }

    @Test
    void quantilesAreRsType7AndLabelsKeepTwoDecimals() {
        Layer layer = numbers(8.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0);
        FieldClasses c = FieldClasses.of(layer, style("VALUE", Classes.QUANTILES, 4));
        // quantiles of 1..8 at 1/4, 2/4, 3/4: 1 + 7 x 0.25 = 2.75, 4.5, 6.25; the last bound is the largest value
        assertThat(c.field()).as("matched ignoring case").isEqualTo("value");
        assertThat(c.entries()).extracting(FieldClasses.Entry::label).containsExactly("1.00 \u2013 2.75",
                "2.75 \u2013 4.50", "4.50 \u2013 6.25", "6.25 \u2013 8.00");
        assertThat(classes(c, layer)).containsExactly(3, 0, 0, 1, 1, 2, 2, 3);
        assertThat(c.entries().get(1).filter()).isEqualTo("\"value\" > 2.75 AND \"value\" <= 4.5");
    }

    @Test
    void equalIntervalsAlongAGivenRamp() {
        Layer layer = numbers(0.0, 4.0, 5.0, 6.0, 10.0);
        FieldClasses c = FieldClasses.of(layer, style("value", Classes.EQUAL_INTERVALS, 3, "#000000", "#ffffff"));
        // 0 to 10 in three: 3.33, 6.67, 10 (decimals until the bounds differ: 0.00 is too many for 10)
        assertThat(c.entries()).extracting(FieldClasses.Entry::label).containsExactly("0.0 \u2013 3.3",
                "3.3 \u2013 6.7", "6.7 \u2013 10.0");
        assertThat(classes(c, layer)).containsExactly(0, 1, 1, 1, 2);
        assertThat(c.entries()).extracting(FieldClasses.Entry::colour).containsExactly(Color.BLACK,
                new Color(128, 128, 128), Color.WHITE);
    }

    @Test
    void decilesOfFewerDifferentValuesMakeFewerClasses() {
        Layer layer = numbers(1.0, 1.0, 1.0, 2.0, 2.0, 2.0);
        FieldClasses c = FieldClasses.of(layer, style("value", Classes.DECILES, null));
        assertThat(c.entries()).extracting(FieldClasses.Entry::label).containsExactly("1 \u2013 1", "1 \u2013 2");
        assertThat(classes(c, layer)).containsExactly(0, 0, 0, 1, 1, 1);
    }

    @Test
    void categoriesAreTheMostFrequentValuesInOrderThenOtherValuesThenNoValue() {
        Layer layer = layer(new Double[] {1.0, 2.0, 3.0, 4.0, 5.0, 6.0}, new String[] {"b", "a", "b", "c", null, "b"});
        FieldClasses c = FieldClasses.of(layer, style("kind", Classes.CATEGORIES, 2));
        assertThat(c.entries()).extracting(FieldClasses.Entry::label).containsExactly("a", "b", "other values",
                "no value");
        assertThat(c.entries()).extracting(FieldClasses.Entry::features).containsExactly(1, 3, 1, 1);
        assertThat(classes(c, layer)).containsExactly(1, 0, 1, 2, 3, 1);
        assertThat(c.entries()).extracting(FieldClasses.Entry::colour).containsExactly(Palette.typeColour(0),
                Palette.typeColour(1), FieldClasses.OTHER, FieldClasses.NO_VALUE);
        assertThat(c.entries()).extracting(FieldClasses.Entry::filter).containsExactly("\"kind\" = 'a'",
                "\"kind\" = 'b'", "ELSE", "\"kind\" IS NULL");
        FieldClasses codes = FieldClasses.of(layer, style("code", Classes.CATEGORIES, null, "#112233"));
        assertThat(codes.entries().get(0).label()).as("a code is text, not the number 0").isEqualTo("00");
        assertThat(codes.entries()).extracting(FieldClasses.Entry::colour).containsOnly(new Color(0x112233));
        FieldClasses numbers = FieldClasses.of(layer, style("value", Classes.CATEGORIES, 3));
        assertThat(numbers.entries()).extracting(FieldClasses.Entry::label).containsExactly("1", "2", "3",
                "other values");
        assertThat(numbers.entries().get(2).filter()).isEqualTo("\"value\" = 3");
    }

    @Test
    void eachClassFilterSelectsExactlyItsFeatures() throws Exception {
        Layer layer = numbers(0.05, 0.1, 0.15, 0.3, 0.31, 0.7, 0.72, 0.9, null, 1.0);
        for (Classes method : List.of(Classes.NATURAL_BREAKS, Classes.QUANTILES, Classes.EQUAL_INTERVALS)) {
            FieldClasses c = FieldClasses.of(layer, style("value", method, 3));
            for (int k = 0; k < c.entries().size(); k++) {
                Layer selected = layer.filter(ECQL.toFilter(c.entries().get(k).filter()));
                int entry = k;
                List<String> expected = IntStream.range(0, layer.size()).filter(i -> c.classOf(i) == entry)
                        .mapToObj(i -> layer.features().get(i).getID()).toList();
                assertThat(selected.features()).as(method + " " + c.entries().get(k).filter())
                        .extracting(f -> f.getID()).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void naturalBreaksOfManyValuesAreSoughtAmongASampleAndEveryValueHasAClass() {
        Double[] values = IntStream.range(0, 20_000).mapToObj(i -> (double) (i % 4 == 0 ? i * 10 : i)).toArray(Double[]::new);
        Layer layer = numbers(values);
        FieldClasses c = FieldClasses.of(layer, style("value", Classes.NATURAL_BREAKS, 5));
        assertThat(c.entries()).hasSize(5);
        assertThat(c.entries().stream().mapToInt(FieldClasses.Entry::features).sum()).isEqualTo(20_000);
        assertThat(c.entries().get(4).label()).endsWith("199,960");
        assertThat(c.classOf(19_996)).isEqualTo(4);
    }

    @Test
    void aClassStyleKeepsTheLayersOutlineAndDrawsInTheClassColour() {
        Layer layer = numbers(1.0, 2.0);
        FieldClasses c = FieldClasses.of(layer, style("value", Classes.EQUAL_INTERVALS, 2, "#ff0000", "#0000ff"));
        Style hatched = Palette.desert();
        Style polygon = c.styleOf(1, hatched, GeometryKind.POLYGON);
        assertThat(polygon.fill()).isEqualTo(Color.BLUE);
        assertThat(polygon.hasHatch()).isFalse();
        assertThat(polygon.stroke()).isEqualTo(hatched.stroke());
        assertThat(c.styleOf(0, Style.line(Color.BLACK, 2), GeometryKind.LINE).stroke()).isEqualTo(Color.RED);
        assertThat(c.styleOf(0, Palette.typeStyle(2), GeometryKind.POINT).symbol()).isEqualTo(Palette.typeSymbol(2));
    }

    @Test
    void aFieldThatIsMissingOrHoldsTextOrNothingIsRefusedInWords() {
        Layer layer = layer(new Double[] {null, null}, new String[] {"x", "y"});
        assertThatThrownBy(() -> FieldClasses.of(layer, style("density", Classes.QUANTILES, 3)))
                .hasMessage("zones has no field density; its fields are value, kind, code");
        assertThatThrownBy(() -> FieldClasses.of(layer, style("kind", Classes.QUANTILES, 3)))
                .hasMessage("The field kind of zones holds text ('x', feature 1): classes need numbers. Style it by"
                        + " categories.");
        assertThatThrownBy(() -> FieldClasses.of(layer, style("value", Classes.QUANTILES, 3)))
                .hasMessage("zones has no value in its field value to style by");
        assertThat(FieldClasses.numericFields(layer)).as("code holds 00, 01: numbers as text").containsExactly("code");
        assertThat(FieldClasses.fields(layer)).containsExactly("value", "kind", "code");
    }
}
