package org.catchment.ui.layers.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.catchment.layer.GeometryKind;
import org.catchment.render.Palette;
import org.catchment.render.Style;
import org.catchment.render.Symbol;
import org.junit.jupiter.api.Test;

class StyleFormTest {

    private static final Color BLUE = new Color(0x336699);
    private final Style ward = Style.polygon(new Color(0xfdae61), Color.BLACK, 1.2).withLabels(9);

    @Test
    void fillAndOpacityMakeTheNewStyleAndKeepTheRest() {
        StyleForm form = new StyleForm(GeometryKind.POLYGON, ward, ward);
        List<Style> heard = new ArrayList<>();
        form.onChange(heard::add);
        form.setFill(BLUE);
        form.setOpacity("40");
        Style s = form.style();
        assertThat(s.fill()).isEqualTo(new Color(0x33, 0x66, 0x99));
        assertThat(s.opacity()).isEqualTo(0.4);
        assertThat(s.stroke()).isEqualTo(Color.BLACK);
        assertThat(s.strokeWidthPt()).isEqualTo(1.2);
        assertThat(s.labelFontPt()).as("labels are kept").isEqualTo(9);
        assertThat(form.opacityPercent()).isEqualTo(40);
        assertThat(heard).hasSize(2).last().isEqualTo(s);

        form.setFill(null);
        assertThat(form.style().fill()).as("no fill: outline only").isNull();
    }

    @Test
    void outOfRangeValuesAreRejectedWithAMessageAndChangeNothing() {
        StyleForm form = new StyleForm(GeometryKind.POLYGON, ward, ward);
        assertThatThrownBy(() -> form.setWidth("25")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Width must be a number from 0 to 20 pt");
        assertThatThrownBy(() -> form.setWidth("thick")).hasMessage("Width must be a number from 0 to 20 pt");
        assertThatThrownBy(() -> form.setWidthPt(-1)).hasMessage("Width must be a number from 0 to 20 pt");
        assertThatThrownBy(() -> form.setOpacity("101 %")).hasMessage("Opacity must be a number from 0 to 100 %");
        assertThatThrownBy(() -> form.setOpacity("NaN")).hasMessage("Opacity must be a number from 0 to 100 %");
        assertThat(form.style()).isEqualTo(ward);

        form.setWidth(" 2.5 pt ");
        form.setOpacity("100 %");
        assertThat(form.widthPt()).isEqualTo(2.5);
        assertThat(form.style().opacity()).isEqualTo(1);
        form.setWidth("0");
        assertThat(form.widthPt()).isZero();
        form.setWidth("20");
        assertThat(form.widthPt()).isEqualTo(20);
    }

    @Test
    void resetGivesBackTheOriginalStyle() {
        Style edited = ward.withFill(Color.RED);
        StyleForm form = new StyleForm(GeometryKind.POLYGON, edited, ward);
        List<Style> heard = new ArrayList<>();
        form.onChange(heard::add);
        form.setWidthPt(3);
        form.reset();
        assertThat(form.style()).isEqualTo(ward);
        assertThat(heard).containsExactly(edited.withStroke(Color.BLACK, 3), ward);
        form.reset();
        assertThat(heard).as("no change, no event").hasSize(2);
    }

    @Test
    void linesOfferColourWidthAndDashButNoFill() {
        Style footpaths = Palette.footpaths();
        StyleForm form = new StyleForm(GeometryKind.LINE, footpaths.withDash((double[]) null), footpaths);
        assertThat(form.fields()).containsExactly(StyleForm.Field.OUTLINE, StyleForm.Field.WIDTH,
                StyleForm.Field.DASHED, StyleForm.Field.OPACITY);
        assertThat(form.label(StyleForm.Field.OUTLINE)).isEqualTo("Colour");
        assertThat(form.dashed()).isFalse();
        form.setDashed(true);
        assertThat(form.style().dashPt()).as("the layer's own dash").containsExactly(2, 1.5);
        form.setDashed(false);
        assertThat(form.style().dashPt()).isNull();
        assertThatThrownBy(() -> form.setFill(BLUE)).hasMessage("lines have no fill");
        assertThatThrownBy(() -> form.setOutline(null)).hasMessage("A line needs a colour");

        StyleForm roads = new StyleForm(GeometryKind.LINE, Palette.roads(), null);
        roads.setDashed(true);
        assertThat(roads.style().dashPt()).as("the default dash").containsExactly(4, 3);
    }

    @Test
    void pointsOfferSymbolSizeFillAndOutline() {
        Style gp = Style.point(Symbol.CIRCLE, Color.RED, 7);
        StyleForm form = new StyleForm(GeometryKind.POINT, gp, gp);
        assertThat(form.fields()).startsWith(StyleForm.Field.SYMBOL, StyleForm.Field.SIZE, StyleForm.Field.FILL,
                StyleForm.Field.OUTLINE).doesNotContain(StyleForm.Field.DASHED);
        form.setSymbol(Symbol.STAR);
        form.setSize("12");
        form.setOutline(Color.WHITE);
        assertThat(form.style()).isEqualTo(Style.point(Symbol.STAR, Color.RED, 12).withStroke(Color.WHITE, 0.6));
        assertThatThrownBy(() -> form.setSize("0.5")).hasMessage("Size must be a number from 1 to 40 pt");
        assertThatThrownBy(() -> form.setSizePt(41)).hasMessage("Size must be a number from 1 to 40 pt");
        assertThat(StyleForm.name(Symbol.HEXAGON)).isEqualTo("Hexagon");
    }

    @Test
    void aHatchInTheOutlineColourFollowsTheOutline() {
        Style deserts = Palette.desert();
        StyleForm form = new StyleForm(GeometryKind.POLYGON, deserts, deserts);
        form.setOutline(BLUE);
        assertThat(form.style().hatchColour()).isEqualTo(BLUE);
        assertThat(form.style().hatchSpacingPt()).isEqualTo(deserts.hatchSpacingPt());
        assertThat(form.opacityPercent()).isEqualTo(100);
        assertThat(new StyleForm(GeometryKind.POLYGON, LayerStyles.serviceArea(0, 2), null).opacityPercent())
                .as("0.45 shows as 45, not 45.00000000000001").isEqualTo(45);
        assertThat(StyleForm.format(1.5)).isEqualTo("1.5");
        assertThat(StyleForm.format(20)).isEqualTo("20");
    }
}
