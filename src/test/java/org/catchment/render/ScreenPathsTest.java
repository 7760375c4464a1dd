package org.catchment.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** Lines are collected into paths of bounded size, whole lines only, and nothing is lost or changed. */
class ScreenPathsTest {

    private static final ViewTransform VT = ViewTransform.fit(new Envelope(0, 100, 0, 100), 100, 100);

    /** Five lines of two segments each, 10 m apart. */
    private static void addLines(ScreenPaths paths) {
        for (int i = 0; i < 5; i++) {
            double y = 10 + 10 * i;
            paths.addLine(new double[] {10, y, 50, y + 5, 90, y}, 3);
        }
    }

    /** @return every moveTo and lineTo of the paths in turn, as type, x, y */
    private static List<List<Float>> segments(List<Path2D.Float> paths) {
        List<List<Float>> out = new ArrayList<>();
        float[] c = new float[6];
        for (Path2D.Float p : paths) {
            for (PathIterator it = p.getPathIterator(null); !it.isDone(); it.next()) {
                int type = it.currentSegment(c);
                out.add(List.of((float) type, c[0], c[1]));
            }
        }
        return out;
    }

    @Test
    void aPathIsFullAtItsSegmentsAndTheNextLineStartsAnother() {
        ScreenPaths chunked = new ScreenPaths(VT, 3);
        addLines(chunked);
        ScreenPaths whole = new ScreenPaths(VT, Integer.MAX_VALUE);
        addLines(whole);
        // 2 + 2 segments fill a path of 3; the fifth line is alone in the third path
        assertThat(chunked.lines()).hasSize(3);
        assertThat(whole.lines()).hasSize(1);
        assertThat(segments(chunked.lines())).isEqualTo(segments(whole.lines())).hasSize(15);
        assertThat(chunked.lineSegments()).isEqualTo(10).isEqualTo(whole.lineSegments());
    }

    @Test
    void noLineNoPath() {
        ScreenPaths paths = new ScreenPaths(VT);
        paths.addLine(new double[] {10, 10}, 1);
        assertThat(paths.lines()).isEmpty();
    }
}
