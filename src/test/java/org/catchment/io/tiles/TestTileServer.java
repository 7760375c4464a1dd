package org.catchment.io.tiles;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * A tile server for tests, on 127.0.0.1 (never the internet): {@code /tiles/{z}/{x}/{y}.png}
 * answers a generated 256 x 256 PNG (a pale background, a grid every 64 px, the tile's border and
 * its z/x/y written in it, "TEST TILE") with {@code Cache-Control: max-age} and an {@code ETag},
 * and "304" to a request that names the current ETag. Markers at given longitudes and latitudes
 * are painted as discs centred on the tile pixel the slippy-map formulas put them at (computed
 * here from the formulas, not from the code under test). Every request's path and User-Agent
 * are recorded.
 */
public final class TestTileServer implements AutoCloseable {

    /** The background of a test tile. */
    public static final Color BACKGROUND = new Color(0xe8f0e0);
    /** A marker at a longitude and latitude, drawn as a disc of {@code radiusPx} tile pixels. */
    public record Marker(double lon, double lat, Color colour, double radiusPx) {
    }

    private static final Pattern PATH = Pattern.compile("/tiles/(\\d+)/(\\d+)/(\\d+)\\.png");
    private final HttpServer server;
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final List<Marker> markers = new CopyOnWriteArrayList<>();
    private final List<String> redirected = new CopyOnWriteArrayList<>();
    private volatile int maxAgeS = 86_400;
    private volatile int version = 1;

    private TestTileServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** @return a running server on a free port of 127.0.0.1 */
    public static TestTileServer start() throws IOException {
        return new TestTileServer(0);
    }

    /**
     * Serves test tiles until stopped, for the user guide's screenshots (not a test): the port is
     * the first argument (default 8765); prints the URL template.
     */
    public static void main(String[] args) throws IOException {
        TestTileServer s = new TestTileServer(args.length > 0 ? Integer.parseInt(args[0]) : 8765);
        System.out.println(s.template());
    }

    /** @return the XYZ URL template of its tiles */
    public String template() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tiles/{z}/{x}/{y}.png";
    }

    /** @return a tile source of its tiles, credited as test tiles */
    public TileSource source() {
        return TileSource.custom(template(), "Test tiles (generated)", 19);
    }

    /**
     * A fetcher that sends every request for a tile {@code .../{z}/{x}/{y}.png} of any server (a
     * preset's, on the internet) to this server instead, keeping its User-Agent; the addresses it
     * was asked for are recorded ({@link #redirected()}).
     */
    public TileFetcher redirecting(String userAgent) {
        return new Redirecting(userAgent, this);
    }

    /** @return the tile addresses a {@link #redirecting} fetcher was asked for, in order */
    public List<String> redirected() {
        return List.copyOf(redirected);
    }

    /** Sends a tile request meant for another server to a test server; the seam the app's tests use. */
    private static final class Redirecting extends TileFetcher {
        private static final Pattern TAIL = Pattern.compile(".*/(\\d+/\\d+/\\d+\\.png)$");
        private final TestTileServer to;

        Redirecting(String userAgent, TestTileServer to) {
            super(userAgent);
            this.to = to;
        }

        @Override
        public Response fetch(URI uri, TileCache.Entry stale) throws IOException {
            to.redirected.add(uri.toString());
            Matcher m = TAIL.matcher(uri.getPath());
            if (!m.matches()) {
                throw new IOException("not a tile address: " + uri);
            }
            return super.fetch(URI.create("http://127.0.0.1:" + to.server.getAddress().getPort() + "/tiles/" + m.group(1)),
                    stale);
        }
    }

    /** Paints a marker on every tile it falls on. */
    public TestTileServer marker(Marker m) {
        markers.add(m);
        return this;
    }

    /** @param seconds the max-age the server sends */
    public void maxAge(int seconds) {
        maxAgeS = seconds;
    }

    /** Changes every tile's ETag (as if the tiles were redrawn). */
    public void newVersion() {
        version++;
    }

    /** @return the paths asked for, in order */
    public List<String> paths() {
        return List.copyOf(paths);
    }

    /** @return the User-Agent of each request, in order */
    public List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    /** Forgets the requests recorded so far. */
    public void clearLog() {
        paths.clear();
        userAgents.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            paths.add(path);
            userAgents.add(String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
            Matcher m = PATH.matcher(path);
            if (!m.matches()) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            int z = Integer.parseInt(m.group(1));
            int x = Integer.parseInt(m.group(2));
            int y = Integer.parseInt(m.group(3));
            String etag = "\"" + z + "-" + x + "-" + y + "-v" + version + "\"";
            ex.getResponseHeaders().add("Cache-Control", "max-age=" + maxAgeS);
            ex.getResponseHeaders().add("ETag", etag);
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            byte[] png = png(tile(z, x, y));
            ex.getResponseHeaders().add("Content-Type", "image/png");
            ex.sendResponseHeaders(200, png.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(png);
            }
        }
    }

    /** @return the tile z/x/y as the server draws it */
    public BufferedImage tile(int z, int x, int y) {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, 256, 256);
        g.setColor(new Color(0xc8d4bc));
        for (int k = 64; k < 256; k += 64) {
            g.drawLine(k, 0, k, 255);
            g.drawLine(0, k, 255, k);
        }
        g.setColor(new Color(0x9aa98c));
        g.setStroke(new BasicStroke(2));
        g.drawRect(1, 1, 254, 254);
        g.setColor(new Color(0x7a8a6c));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString("TEST TILE", 10, 22);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(z + "/" + x + "/" + y, 10, 40);
        for (Marker mk : markers) {
            double n = Math.pow(2, z);
            double px = (mk.lon() + 180) / 360 * n * 256 - x * 256.0;
            double lat = Math.toRadians(mk.lat());
            double py = (1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * n * 256 - y * 256.0;
            g.setColor(mk.colour());
            double r = mk.radiusPx();
            g.fill(new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r));
        }
        g.dispose();
        return img;
    }

    private static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
