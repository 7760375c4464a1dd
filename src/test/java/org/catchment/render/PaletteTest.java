package org.catchment.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteTest {

    /** Relative luminance, WCAG 2 definition. */
    private static double luminance(Color c) {
        double[] rgb = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    @Test
    void bandsAreColorBrewerYlGnBuNearestDarkest() {
        assertThat(Palette.bands(2)).containsExactly(new Color(0x2c7fb8), new Color(0x7fcdbb));
        assertThat(Palette.bands(3)).containsExactly(new Color(0x2c7fb8), new Color(0x7fcdbb), new Color(0xedf8b1));
        assertThat(Palette.bands(9).get(0)).isEqualTo(new Color(0x081d58));
        for (int n = 1; n <= 12; n++) {
            List<Color> bands = Palette.bands(n);
            assertThat(bands).hasSize(n).doesNotHaveDuplicates();
            for (int i = 1; i < n; i++) {
                assertThat(luminance(bands.get(i))).as("n=%d band %d", n, i).isGreaterThan(luminance(bands.get(i - 1)));
            }
        }
        assertThatThrownBy(() -> Palette.bands(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typesTakeOkabeItoColoursAndDistinctSymbols() {
        assertThat(Palette.typeColour(0)).isEqualTo(new Color(0xe69f00));
        assertThat(Palette.typeColour(1)).isEqualTo(new Color(0xd55e00));
        assertThat(Palette.typeColour(8)).isEqualTo(Palette.typeColour(0));
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6).stream().map(Palette::typeSymbol)).doesNotHaveDuplicates();
        assertThat(Palette.typeStyle(2).symbol()).isEqualTo(Symbol.TRIANGLE);
    }

    @Test
    void desertMagentaIsFarFromEveryBandBlue() {
        for (Color band : Palette.bands(5)) {
            int d = Math.abs(band.getRed() - Palette.DESERT.getRed()) + Math.abs(band.getGreen() - Palette.DESERT.getGreen())
                    + Math.abs(band.getBlue() - Palette.DESERT.getBlue());
            assertThat(d).as("distance to %s", band).isGreaterThan(150);
        }
        assertThat(Palette.railway().dashPt()).isNotNull();
        assertThat(Palette.desert().hasHatch()).isTrue();
    }
}
