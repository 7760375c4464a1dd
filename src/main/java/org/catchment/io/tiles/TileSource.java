package org.catchment.io.tiles;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A raster tile server on the {@link WebMercator} grid: an XYZ URL template
 * ({@code https://tile.example.org/{z}/{x}/{y}.png}, {@code {-y}} for a TMS row counted from the
 * south) or a WMTS GetTile URL of a GoogleMapsCompatible (EPSG:3857) tile matrix set, RESTful or
 * key-value, with {@code {TileMatrix}}, {@code {TileCol}} and {@code {TileRow}}. Also its credit
 * line, deepest zoom and the provider's terms in a sentence, shown before the user opts in.
 *
 * @param name        what the app calls it
 * @param urlTemplate the URL with placeholders (http or https)
 * @param credit      the attribution the provider asks for, printed on every map that shows its tiles
 * @param maxZoom     the deepest zoom the server offers (0 to {@value WebMercator#MAX_ZOOM})
 * @param terms       the provider's usage terms in brief, or empty for a server of the user's own
 */
public record TileSource(String name, String urlTemplate, String credit, int maxZoom, String terms) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    /** Checks the template and the zoom. */
    public TileSource {
        checkTemplate(urlTemplate).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        if (credit == null || credit.isBlank()) {
            throw new IllegalArgumentException("A basemap needs its attribution (the credit line its provider asks"
                    + " for), e.g. \u00a9 OpenStreetMap contributors");
        }
        if (maxZoom < 0 || maxZoom > WebMercator.MAX_ZOOM) {
            throw new IllegalArgumentException("The deepest zoom must be from 0 to " + WebMercator.MAX_ZOOM
                    + " (it is " + maxZoom + ")");
        }
        terms = terms == null ? "" : terms;
    }

    /** @return a tile server of the user's own, with the credit its provider asks for */
    public static TileSource custom(String urlTemplate, String credit, int maxZoom) {
        return new TileSource("Custom tiles", urlTemplate == null ? null : urlTemplate.strip(),
                credit == null ? null : credit.strip(), maxZoom, "");
    }

    /**
     * @return what is wrong with a URL template, as one sentence with advice, or empty when it is
     *     an http(s) URL naming the zoom, column and row
     */
    public static Optional<String> checkTemplate(String template) {
        if (template == null || template.isBlank()) {
            return Optional.of("Give the tile URL, e.g. https://tile.example.org/{z}/{x}/{y}.png");
        }
        String t = template.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.of("The tile URL must start with https:// (or http://): " + t);
        }
        Matcher m = PLACEHOLDER.matcher(t);
        boolean zoom = false;
        boolean column = false;
        boolean row = false;
        while (m.find()) {
            switch (m.group(1)) {
                case "z", "TileMatrix" -> zoom = true;
                case "x", "TileCol" -> column = true;
                case "y", "-y", "TileRow" -> row = true;
                default -> {
                    return Optional.of("The tile URL has {" + m.group(1) + "}, which Catchment does not fill in: use"
                            + " {z}, {x} and {y} ({-y} for TMS), or WMTS's {TileMatrix}, {TileCol} and {TileRow}"
                            + (m.group(1).equals("s") ? "; for {s} write one of the server's hosts" : ""));
                }
            }
        }
        if (!zoom || !column || !row) {
            return Optional.of("The tile URL must name the zoom, column and row: {z}, {x} and {y} (or {TileMatrix},"
                    + " {TileCol} and {TileRow}): " + t);
        }
        try {
            URI uri = new URI(fill(t, new TileId(0, 0, 0)));
            if (uri.getHost() == null) {
                return Optional.of("The tile URL has no host name: " + t);
            }
        } catch (URISyntaxException e) {
            return Optional.of("The tile URL is not a valid address (" + e.getReason() + "): " + t);
        }
        return Optional.empty();
    }

    /** @return the address of one tile */
    public URI url(TileId tile) {
        return URI.create(fill(urlTemplate, tile));
    }

    /** @return the server's host (and port, when given), for messages */
    public String host() {
        URI uri = url(new TileId(0, 0, 0));
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    /** @return a short fixed name for the template, for its folder in the tile cache */
    public String cacheKey() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(urlTemplate.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String fill(String template, TileId t) {
        long flipped = (1L << t.z()) - 1 - t.y();
        return template.replace("{z}", Integer.toString(t.z())).replace("{TileMatrix}", Integer.toString(t.z()))
                .replace("{x}", Integer.toString(t.x())).replace("{TileCol}", Integer.toString(t.x()))
                .replace("{-y}", Long.toString(flipped))
                .replace("{y}", Integer.toString(t.y())).replace("{TileRow}", Integer.toString(t.y()));
    }
}
