package org.catchment.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;

class ScaleBarTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final int BLACK = 0x000000;

    @ParameterizedTest
    @CsvSource({
        // px per m, max px, metres, label
        "0.1, 250, 2000, 2 km",
        "1, 700, 500, 500 m",
        "1, 999, 500, 500 m",
        "1, 1000, 1000, 1 km",
        "0.01, 120, 10000, 10 km",
        "10, 150, 10, 10 m",
        "0.5, 99, 100, 100 m",
        "0.05, 249, 2000, 2 km",
    })
    void lengthIsTheLargestRoundOneTwoOrFiveThatFits(double pxPerM, double maxPx, double metres, String label) {
        ScaleBar bar = ScaleBar.choose(pxPerM, maxPx);
        assertThat(bar.lengthM()).isEqualTo(metres);
        assertThat(bar.label()).isEqualTo(label);
        assertThat(bar.lengthPx()).isLessThanOrEqualTo((int) Math.ceil(maxPx));
    }

    /** @return the metres a label such as "500 m" or "2 km" states */
    private static double metresOf(String label) {
        String[] parts = label.split(" ");
        return Double.parseDouble(parts[0]) * (parts[1].equals("km") ? 1000 : 1);
    }

    @Test
    void viewBarIsItsLabelledLengthTimesTheScale() {
        // 3 km x 2 km into 1000 x 600 px: the height limits, 600 / 2000 = 0.3 px per metre;
        // the bar may take 20% of 1000 px = 200 px = 667 m, so it is 500 m = 150 px
        Envelope view = new Envelope(350_000, 353_000, 400_000, 402_000);
        MapDocument doc = MapDocument.builder("t").extent(view).build();
        BufferedImage image = MapRenderer.renderView(doc, view, 1000, 600, 96);
        ViewTransform vt = ViewTransform.fit(view, 1000, 600);
        ScaleBar bar = MapRenderer.viewScaleBar(vt, 1000);
        int run = Pixels.longestRun(image, BLACK, 0, 0, 1000, 600);
        assertThat(bar.label()).isEqualTo("500 m");
        assertThat(run).isCloseTo((int) Math.round(metresOf(bar.label()) * 0.3),
                offset(1));
    }

    @Test
    void pageBarIsItsLabelledLengthTimesTheMapScale() {
        MapDocument doc = MapDocument.builder("Scale").extent(new Envelope(350_000, 356_000, 400_000, 405_000))
                .layers(List.of()).build();
        PageLayout page = MapRenderer.layout(doc, 1200, 800, 96);
        BufferedImage image = MapRenderer.renderPage(doc, 1200, 800, 96);
        Rectangle box = page.scaleBarBox();
        int run = Pixels.longestRun(image, BLACK, box.x, box.y, box.x + box.width, box.y + box.height);
        double expectedPx = metresOf(page.scaleBar().label()) * page.view().pxPerM();
        assertThat(run).isCloseTo((int) Math.round(expectedPx), offset(1));
        assertThat(page.map().contains(box)).isTrue();
    }
}
