package org.catchment.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class WorldToScreenTest {

    private static Point2D map(AffineTransform t, double x, double y) {
        return t.transform(new Point2D.Double(x, y), null);
    }

    @Test
    void viewCornersGoToImageCornersNorthUp() {
        // 3 km x 2 km into 1500 x 1000 px: 0.5 px per metre both ways
        Envelope view = new Envelope(350_000, 353_000, 400_000, 402_000);
        AffineTransform t = MapRenderer.worldToScreen(view, 1500, 1000);
        assertThat(map(t, 350_000, 402_000).distance(0, 0)).isLessThan(1e-6);
        assertThat(map(t, 353_000, 402_000).distance(1500, 0)).isLessThan(1e-6);
        assertThat(map(t, 350_000, 400_000).distance(0, 1000)).isLessThan(1e-6);
        assertThat(map(t, 353_000, 400_000).distance(1500, 1000)).isLessThan(1e-6);
        assertThat(t.getScaleX()).isEqualTo(0.5);
        assertThat(t.getScaleY()).isEqualTo(-0.5);
    }

    @Test
    void otherShapesKeepSquareMetresAndCentreTheView() {
        // a square 1 km view in a 1600 x 800 image: 0.8 px/m, 1,000 m wider than asked (500 m each side)
        Envelope view = new Envelope(350_000, 351_000, 400_000, 401_000);
        AffineTransform t = MapRenderer.worldToScreen(view, 1600, 800);
        assertThat(t.getScaleX()).isEqualTo(-t.getScaleY()).isEqualTo(0.8);
        assertThat(map(t, 350_500, 400_500).distance(800, 400)).isLessThan(1e-6);
        assertThat(map(t, 350_000, 401_000).getX()).isCloseTo(400, offset(1e-6));
        assertThat(map(t, 350_000, 401_000).getY()).isCloseTo(0, offset(1e-6));
        assertThat(map(t, 349_500, 400_000).distance(0, 800)).isLessThan(1e-6);
    }

    @Test
    void inverseTurnsMousePositionsIntoEastingsAndNorthings() throws NoninvertibleTransformException {
        Envelope view = new Envelope(350_000, 353_000, 400_000, 402_000);
        AffineTransform inverse = MapRenderer.worldToScreen(view, 1500, 1000).createInverse();
        Point2D world = inverse.transform(new Point2D.Double(750, 250), null);
        assertThat(world.getX()).isCloseTo(351_500, offset(1e-6));
        assertThat(world.getY()).isCloseTo(401_500, offset(1e-6));
    }

    @Test
    void emptyViewIsRefused() {
        assertThatThrownBy(() -> MapRenderer.worldToScreen(new Envelope(), 100, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MapRenderer.worldToScreen(new Envelope(0, 1, 0, 1), 0, 100))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
