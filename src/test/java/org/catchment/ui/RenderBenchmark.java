package org.catchment.ui;

import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.bench.SyntheticNetwork;
import org.catchment.network.NetworkLink;
import org.catchment.render.MapDocument;
import org.catchment.render.MapLayer;
import org.catchment.render.MapRenderer;
import org.catchment.render.Palette;
import org.catchment.ui.layers.model.InputLayers;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.layers.model.LayerListModel;
import org.catchment.ui.map.MapView;
import org.catchment.ui.map.model.Viewport;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Measures the map view's re-render time (not a test; run by hand as
 * docs/benchmarks.md#map-view-of-the-desktop-app-re-render-time says):
 * {@code MapRenderer.renderView} at 1200 x 800 px and 96 dpi, plus the conversion to a JavaFX
 * image, for a 200,000-link synthetic network and, given an analysis file, its input layers.
 * Median of 15 runs after 3 warm-ups.
 */
public final class RenderBenchmark {

    private static final int W = 1200;
    private static final int H = 800;

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        long t0 = System.nanoTime();
        SyntheticNetwork net = SyntheticNetwork.generate(200_000, 42);
        List<Geometry> lines = new ArrayList<>(net.links().size());
        for (NetworkLink l : net.links()) {
            lines.add(l.geometry());
        }
        MapDocument big = MapDocument.builder("bench").layer(MapLayer.of("roads", lines, Palette.roads())).build();
        out.printf(Locale.UK, "synthetic network: %,d links, generated in %.1f s%n", lines.size(),
                (System.nanoTime() - t0) / 1e9);
        Envelope all = net.extent();
        Viewport v = new Viewport(all.centre().x, all.centre().y, 1, W, H);
        v.zoomTo(all);
        time(out, "200k links, whole network (" + v.scaleText() + ")", big, v);
        v = new Viewport(all.centre().x, all.centre().y, 5, W, H);
        time(out, "200k links, 6 km x 4 km view (" + v.scaleText() + ")", big, v);
        v = new Viewport(all.centre().x, all.centre().y, 1, W, H);
        time(out, "200k links, 1.2 km x 0.8 km view (" + v.scaleText() + ")", big, v);
        if (args.length > 0) {
            Analysis analysis = AnalysisFiles.read(Path.of(args[0]));
            LayerListModel model = new LayerListModel();
            InputLayers.Loaded loaded = InputLayers.read(analysis, model::nextId, () -> false);
            model.replaceGroup(LayerItem.Group.INPUT, loaded.layers());
            int features = loaded.layers().stream().mapToInt(i -> i.mapLayer().geometries().size()).sum();
            MapDocument doc = model.document("sample");
            v = new Viewport(0, 0, 1, W, H);
            v.zoomTo(model.extent());
            time(out, analysis.spec().name() + " inputs, " + features + " features, whole town (" + v.scaleText() + ")",
                    doc, v);
            v.zoomAbout(4, W / 2.0, H / 2.0);
            time(out, analysis.spec().name() + " inputs, centre zoomed 4x (" + v.scaleText() + ")", doc, v);
        }
        Platform.exit();
    }

    private static void time(PrintStream out, String what, MapDocument doc, Viewport v) {
        double[] render = new double[15];
        double[] convert = new double[15];
        for (int i = -3; i < render.length; i++) {
            long a = System.nanoTime();
            BufferedImage image = MapRenderer.renderView(doc, v.envelope(), W, H, MapView.SCREEN_DPI);
            long b = System.nanoTime();
            SwingFXUtils.toFXImage(image, null);
            long c = System.nanoTime();
            if (i >= 0) {
                render[i] = (b - a) / 1e6;
                convert[i] = (c - b) / 1e6;
            }
        }
        Arrays.sort(render);
        Arrays.sort(convert);
        out.printf(Locale.UK, "%-60s render median %6.1f ms (min %6.1f, max %6.1f), to FX image %4.1f ms%n", what,
                render[render.length / 2], render[0], render[render.length - 1], convert[convert.length / 2]);
    }
}
