package org.catchment.render;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.catchment.bench.SyntheticNetwork;
import org.catchment.network.NetworkLink;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Times {@link MapRenderer#renderView} at 1280 x 800 px, 96 dpi: a synthetic 200,000-link network
 * (full view and zoomed to 2 km x 1.25 km at ten places) and the Millbrook town, plus the 300 dpi
 * A4 page and its PNG encoding. Not a unit test; run by hand (docs/benchmarks.md#how-to-run), it
 * prints the first, median and slowest wall time of each and the median CPU time of the drawing
 * thread (the figure to trust on a shared machine).
 */
public final class RenderBenchmark {

    private static final int W = 1280;
    private static final int H = 800;
    private static final int RUNS = 10;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        run(System.out);
    }

    static void run(PrintStream out) throws Exception {
        out.printf(Locale.ROOT, "java %s, %d cores, load average %.1f, headless=%s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                java.awt.GraphicsEnvironment.isHeadless());
        long t0 = System.nanoTime();
        SyntheticNetwork net = SyntheticNetwork.generate(200_000, 1);
        List<Geometry> lines = new ArrayList<>();
        long vertices = 0;
        for (NetworkLink link : net.links()) {
            lines.add(link.geometry());
            vertices += link.geometry().getNumPoints();
        }
        MapLayer roads = MapLayer.of("roads", lines, Palette.roads());
        MapDocument big = MapDocument.builder("network").layer(roads).build();
        out.printf(Locale.ROOT, "network: %,d links, %,d vertices, extent %.0f x %.0f m (generated in %d ms)%n",
                lines.size(), vertices, net.extent().getWidth(), net.extent().getHeight(), ms(t0));

        Envelope full = big.extent();
        time(out, "200k network, full view", () -> MapRenderer.renderView(big, full, W, H, 96));
        long t1 = System.nanoTime();
        long c1 = THREADS.getCurrentThreadCpuTime();
        roads.indexed().query(new Envelope(full.centre()));
        out.printf(Locale.ROOT, "  STRtree build (once per layer, on first zoomed view): %d ms (cpu %d ms)%n", ms(t1),
                (THREADS.getCurrentThreadCpuTime() - c1) / 1_000_000);
        List<Envelope> zooms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            double x = full.getMinX() + full.getWidth() * (0.1 + 0.08 * i);
            double y = full.getMinY() + full.getHeight() * (0.15 + 0.07 * i);
            zooms.add(new Envelope(x, x + 2_000, y, y + 1_250));
        }
        time(out, "200k network, zoomed 2 km x 1.25 km", i -> MapRenderer.renderView(big, zooms.get(i), W, H, 96));

        MapDocument town = Millbrook.document();
        Envelope townExtent = town.extent();
        time(out, "Millbrook (2,000 streets + bands, desert, wards, points), full view",
                () -> MapRenderer.renderView(town, townExtent, W, H, 96));
        Envelope townZoom = new Envelope(Millbrook.E0 + 1_500, Millbrook.E0 + 3_500, Millbrook.N0 + 1_800,
                Millbrook.N0 + 3_050);
        time(out, "Millbrook, zoomed 2 km x 1.25 km", () -> MapRenderer.renderView(town, townZoom, W, H, 96));
        time(out, "Millbrook A4 page, 3508 x 2480 px at 300 dpi",
                () -> MapRenderer.renderPage(town, MapRenderer.A4_300DPI_WIDTH_PX, MapRenderer.A4_300DPI_HEIGHT_PX, 300));
        var page = MapRenderer.renderPage(town, MapRenderer.A4_300DPI_WIDTH_PX, MapRenderer.A4_300DPI_HEIGHT_PX, 300);
        Path png = Files.createTempFile("render-bench", ".png");
        time(out, "PNG encode of the A4 page", () -> {
            PngWriter.write(page, png, 300);
            return null;
        });
        out.printf(Locale.ROOT, "  PNG size %,d bytes%n", Files.size(png));
        Files.deleteIfExists(png);
    }

    private interface Job {
        Object run(int i) throws Exception;
    }

    private interface Simple {
        Object run() throws Exception;
    }

    private static void time(PrintStream out, String what, Simple job) throws Exception {
        time(out, what, i -> job.run());
    }

    private static void time(PrintStream out, String what, Job job) throws Exception {
        long first = System.nanoTime();
        job.run(0);
        long firstMs = ms(first);
        for (int i = 0; i < 2; i++) {
            job.run(i);
        }
        long[] runs = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            job.run(i);
            runs[i] = ms(t);
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1_000_000;
        }
        Arrays.sort(runs);
        Arrays.sort(cpu);
        out.printf(Locale.ROOT, "%-62s first %5d ms, median %5d ms (cpu %5d ms), max %5d ms%n", what, firstMs,
                runs[RUNS / 2], cpu[RUNS / 2], runs[RUNS - 1]);
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
