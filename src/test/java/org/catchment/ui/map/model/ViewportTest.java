package org.catchment.ui.map.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

class ViewportTest {

    /** A 200 x 100 px view of 2 m pixels centred on (1000, 500): it shows 800..1200 by 400..600. */
    private static Viewport view() {
        return new Viewport(1000, 500, 2, 200, 100);
    }

    @Test
    void envelopeHasTheViewsShape() {
        assertThat(view().envelope()).isEqualTo(new Envelope(800, 1200, 400, 600));
    }

    @Test
    void cursorCoordinatesInvertTheScreenTransform() {
        Viewport v = view();
        Coordinate topLeft = v.toWorld(0, 0);
        assertThat(topLeft.x).isEqualTo(800);
        assertThat(topLeft.y).isEqualTo(600);
        Coordinate c = v.toWorld(50, 75);
        assertThat(c.x).isEqualTo(900);
        assertThat(c.y).isEqualTo(450);
        Coordinate back = v.toScreen(900, 450);
        assertThat(back.x).isEqualTo(50);
        assertThat(back.y).isEqualTo(75);
    }

    @Test
    void dragMovesTheContentWithTheMouse() {
        Viewport v = view();
        Coordinate under = v.toWorld(100, 50);
        v.pan(30, -10);
        Coordinate moved = v.toScreen(under.x, under.y);
        assertThat(moved.x).isEqualTo(130);
        assertThat(moved.y).isEqualTo(40);
        assertThat(v.centreX()).isEqualTo(940);
        assertThat(v.centreY()).isEqualTo(480);
    }

    @Test
    void zoomKeepsThePointUnderTheCursor() {
        Viewport v = view();
        v.zoomAbout(2, 150, 25);
        assertThat(v.mPerPx()).isEqualTo(1);
        Coordinate c = v.toWorld(150, 25);
        assertThat(c.x).isEqualTo(1100);
        assertThat(c.y).isEqualTo(550);
        assertThat(v.envelope()).isEqualTo(new Envelope(950, 1150, 475, 575));
        v.zoomAbout(0.5, 150, 25);
        assertThat(v.envelope()).isEqualTo(new Envelope(800, 1200, 400, 600));
    }

    @Test
    void zoomToFitsTheLongerSideWithAMargin() {
        Viewport v = view();
        v.zoomTo(new Envelope(0, 1000, 0, 100));
        assertThat(v.centreX()).isEqualTo(500);
        assertThat(v.centreY()).isEqualTo(50);
        assertThat(v.mPerPx()).isCloseTo(5.5, within(1e-12));
        v.zoomTo(new Envelope(0, 100, 0, 1000));
        assertThat(v.mPerPx()).isCloseTo(11, within(1e-12));
    }

    @Test
    void zoomToAPointOnlyRecentres() {
        Viewport v = view();
        v.zoomTo(new Envelope(new Coordinate(10, 20)));
        assertThat(v.centreX()).isEqualTo(10);
        assertThat(v.centreY()).isEqualTo(20);
        assertThat(v.mPerPx()).isEqualTo(2);
    }

    @Test
    void resizeKeepsCentreAndScale() {
        Viewport v = view();
        v.resize(400, 100);
        assertThat(v.envelope()).isEqualTo(new Envelope(600, 1400, 400, 600));
    }

    @Test
    void scaleIsOneToMetresPerScreenMetreAt96Dpi() {
        // 2 m per pixel, a pixel at 96 dpi is 0.0254 / 96 m: 1 : 2 * 96 / 0.0254 = 1 : 7559.05...
        assertThat(view().scaleDenominator()).isCloseTo(7559.055, within(0.001));
        assertThat(view().scaleText()).isEqualTo("1:7,600");
        assertThat(new Viewport(0, 0, 25_000 * 0.0254 / 96, 10, 10).scaleText()).isEqualTo("1:25,000");
        assertThat(new Viewport(0, 0, 1, 10, 10).scaleText()).isEqualTo("1:3,800");
    }

    @Test
    void scaleIsClampedSoZoomCannotRunAway() {
        Viewport v = view();
        for (int i = 0; i < 100; i++) {
            v.zoomAbout(10, 0, 0);
        }
        assertThat(v.mPerPx()).isEqualTo(Viewport.MIN_M_PER_PX);
    }
}
