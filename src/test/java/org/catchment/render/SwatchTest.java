package org.catchment.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.catchment.render.Pixels.WHITE;
import static org.catchment.render.Pixels.rgb;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.catchment.layer.GeometryKind;
import org.junit.jupiter.api.Test;

/**
 * {@link MapRenderer#renderSwatch} at 72 dpi (1 px = 1 pt) into 40 x 20 px: the swatch box is
 * pixels 2..37 x 2..17, and the 2 px margin stays white.
 */
class SwatchTest {

    private static final Color BLUE = new Color(0x336699);

    @Test
    void aPolygonSwatchIsTheFillWithinItsOutlineAndFadesWithOpacity() {
        BufferedImage solid = MapRenderer.renderSwatch(Style.polygon(BLUE, Color.BLACK, 1), LegendEntry.Kind.POLYGON,
                40, 20, 72);
        assertThat(rgb(solid, 20, 10)).isEqualTo(0x336699);
        assertThat(rgb(solid, 0, 0)).isEqualTo(WHITE);
        assertThat(rgb(solid, 39, 19)).isEqualTo(WHITE);

        // 40 % of 0x33, 0x66, 0x99 over 60 % white: 0.4 * 51 + 153 = 173.4, 0.4 * 102 + 153 = 193.8, 0.4 * 153 + 153 = 214.2
        BufferedImage faded = MapRenderer.renderSwatch(Style.polygon(BLUE, null, 0).withOpacity(0.4),
                LegendEntry.Kind.POLYGON, 40, 20, 72);
        Color c = new Color(rgb(faded, 20, 10));
        assertThat(c.getRed()).isBetween(173, 174);
        assertThat(c.getGreen()).isBetween(193, 194);
        assertThat(c.getBlue()).isBetween(214, 215);
    }

    @Test
    void aLineSwatchIsAHorizontalStrokeThroughTheMiddle() {
        BufferedImage image = MapRenderer.renderSwatch(Style.line(Color.RED, 4), LegendEntry.Kind.LINE, 40, 20, 72);
        assertThat(rgb(image, 20, 10)).isEqualTo(0xff0000);
        assertThat(rgb(image, 20, 4)).isEqualTo(WHITE);
        assertThat(rgb(image, 20, 16)).isEqualTo(WHITE);
    }

    @Test
    void aPointSwatchIsTheSymbolAtTheCentre() {
        BufferedImage image = MapRenderer.renderSwatch(Style.point(Symbol.SQUARE, BLUE, 10), LegendEntry.Kind.POINT,
                40, 20, 72);
        assertThat(rgb(image, 20, 10)).isEqualTo(0x336699);
        assertThat(rgb(image, 5, 10)).isEqualTo(WHITE);
        assertThatThrownBy(() -> MapRenderer.renderSwatch(Style.line(Color.RED, 1), LegendEntry.Kind.LINE, 4, 20, 72))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLayerKnowsItsGeometryKind() {
        MapLayer points = MapLayer.of("p", List.of(Pixels.point(1, 2)), Style.point(Symbol.CIRCLE, BLUE, 6));
        MapLayer empty = MapLayer.of("e", List.of(), Style.line(Color.RED, 1));
        assertThat(points.geometryKind()).isEqualTo(GeometryKind.POINT);
        assertThat(empty.geometryKind()).isNull();
    }
}
