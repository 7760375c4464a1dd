package org.catchment.io.tiles;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a tile server for one tile over HTTP(S), as its providers ask: with a {@code User-Agent}
 * naming the application, its version and where to find it; never with {@code no-cache}; with the
 * validators of a stale copy so that an unchanged tile costs the server a "304 Not Modified".
 * Times out after {@link #CONNECT_TIMEOUT} to connect and {@link #REQUEST_TIMEOUT} for the whole
 * tile, so a map never waits long for a server that is down or a network that is gone. (Not
 * final: the tests send every request to a local test server instead of the internet.)
 */
public class TileFetcher {

    /** How long to wait for the connection. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** How long to wait for a whole tile. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    /** How long a tile is kept when the server's headers do not say. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(7);
    /** A larger answer is not a tile. */
    static final int MAX_TILE_BYTES = 2 << 20;
    private static final Pattern MAX_AGE = Pattern.compile("max-age\\s*=\\s*(\\d+)");

    private final HttpClient client;
    private final String userAgent;

    /**
     * What the server answered.
     *
     * @param status     the HTTP status: 200 with a tile, 304 unchanged, 404 no tile there
     * @param body       the image bytes of a 200 (empty otherwise)
     * @param expiresMs  when the answer goes stale, from {@code Cache-Control: max-age} or {@code Expires},
     *                   else {@link #DEFAULT_MAX_AGE} from now
     * @param noStore    true when the server asked not to keep it ({@code no-store})
     * @param etag       the {@code ETag}, or empty
     * @param lastModified the {@code Last-Modified}, or empty
     */
    public record Response(int status, byte[] body, long expiresMs, boolean noStore, String etag,
                           String lastModified) {
    }

    /** @param userAgent the {@code User-Agent} of every request: the application's name, version and address */
    public TileFetcher(String userAgent) {
        this.userAgent = userAgent;
        this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** @return the {@code User-Agent} sent */
    public String userAgent() {
        return userAgent;
    }

    /**
     * @param uri   the tile's address
     * @param stale the copy in the cache (its validators are sent), or null
     * @return the server's answer (200, 304 or 404)
     * @throws IOException for any other answer, a time-out or no connection; the message says which in words
     */
    public Response fetch(URI uri, TileCache.Entry stale) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET()
                .header("User-Agent", userAgent).header("Accept", "image/png,image/jpeg,image/webp;q=0.8,image/*;q=0.5");
        if (stale != null && !stale.etag().isEmpty()) {
            request.header("If-None-Match", stale.etag());
        }
        if (stale != null && !stale.lastModified().isEmpty()) {
            request.header("If-Modified-Since", stale.lastModified());
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        int status = response.statusCode();
        byte[] body;
        try (InputStream in = response.body()) {
            body = status == 200 ? in.readNBytes(MAX_TILE_BYTES + 1) : new byte[0];
        }
        if (status != 200 && status != 304 && status != 404) {
            throw new IOException("the server answered HTTP " + status);
        }
        if (body.length > MAX_TILE_BYTES) {
            throw new IOException("the server sent more than " + (MAX_TILE_BYTES >> 20) + " MB for one tile");
        }
        var headers = response.headers();
        String cacheControl = String.join(",", headers.allValues("Cache-Control")).toLowerCase(Locale.ROOT);
        return new Response(status, body, expires(cacheControl, headers.firstValue("Expires"), System.currentTimeMillis()),
                cacheControl.contains("no-store"), headers.firstValue("ETag").orElse(""),
                headers.firstValue("Last-Modified").orElse(""));
    }

    /** @return when an answer with these headers goes stale: max-age, else Expires, else the default */
    static long expires(String cacheControl, Optional<String> expiresHeader, long nowMs) {
        Matcher m = MAX_AGE.matcher(cacheControl);
        if (m.find()) {
            try {
                return nowMs + Math.min(Long.parseLong(m.group(1)), Duration.ofDays(365).toSeconds()) * 1000;
            } catch (NumberFormatException e) {
                return nowMs + DEFAULT_MAX_AGE.toMillis();
            }
        }
        if (cacheControl.contains("no-cache")) {
            return nowMs;
        }
        if (expiresHeader.isPresent()) {
            try {
                return ZonedDateTime.parse(expiresHeader.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()
                        .toEpochMilli();
            } catch (DateTimeParseException e) {
                return nowMs;
            }
        }
        return nowMs + DEFAULT_MAX_AGE.toMillis();
    }
}
