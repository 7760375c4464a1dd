package org.catchment.ui.map.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.catchment.Settings;
import org.catchment.analysis.SpecRules;
import org.catchment.export.Basemaps;
import org.catchment.export.TileBasemap;
import org.catchment.io.tiles.BasemapChoice;
import org.catchment.io.tiles.TileId;
import org.catchment.io.tiles.TileSource;
import org.catchment.io.tiles.Tiles;
import org.catchment.render.Basemap;
import org.catchment.ui.model.LatestWins;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;

/**
 * The map's basemap, a per-user setting ({@code basemap.*} in {@link Settings}): none by default;
 * a preset tile server only once the user has accepted its provider's terms
 * ({@link #needsConsent}); or a custom server (URL template, credit, deepest zoom). The map draws
 * the basemap from the tile cache alone ({@link #forMap}), so a render never waits on the network;
 * the tiles a render lacks are fetched by a background job (latest wins), and the map is told to
 * draw again when some arrived ({@link Listener#tilesArrived}). When the server cannot be reached,
 * {@link #note()} says so in words and the map goes on with what is cached. Belongs to the UI
 * thread, except {@link #forMap}'s basemap, which the render thread calls.
 */
public final class BasemapModel {

    /** The setting: {@code none}, a preset's word ({@code osm}, ...) or {@code custom}. */
    public static final String CHOICE_KEY = "basemap.source";
    /** The setting: a custom server's URL template. */
    public static final String URL_KEY = "basemap.url";
    /** The setting: a custom server's credit line. */
    public static final String CREDIT_KEY = "basemap.attribution";
    /** The setting: a custom server's deepest zoom. */
    public static final String MAX_ZOOM_KEY = "basemap.max_zoom";
    /** The settings {@code basemap.accepted.<preset>=true}: the user accepted that provider's terms. */
    public static final String ACCEPTED_PREFIX = "basemap.accepted.";

    /** Hears about the basemap. All default to doing nothing; called on the UI thread. */
    public interface Listener {
        /** The basemap was switched (on, off or to another server). */
        default void changed() {
        }

        /** Tiles the map lacked have arrived: draw it again. */
        default void tilesArrived() {
        }

        /** The note changed (a server that cannot be reached, or that it can again: null). */
        default void noteChanged(String note) {
        }
    }

    private final Settings settings;
    private final Function<TileSource, Tiles> tilesOf;
    private final LatestWins<Integer> fetches;
    private final Map<String, Tiles> tilesByTemplate = new HashMap<>();
    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private BasemapChoice choice = BasemapChoice.NONE;
    private volatile Tiles tiles;
    private String note;

    /**
     * @param settings the user's settings, where the choice is kept
     * @param tilesOf  the tiles of a server, cached and fetched ({@link Basemaps#tiles}; called
     *                 once per server)
     * @param fetches  runs the tile jobs off the UI thread and hands their outcome back on it
     */
    public BasemapModel(Settings settings, Function<TileSource, Tiles> tilesOf, LatestWins<Integer> fetches) {
        this.settings = settings;
        this.tilesOf = tilesOf;
        this.fetches = fetches;
        BasemapChoice saved = settings.get(CHOICE_KEY).flatMap(w -> SpecRules.fromWord(BasemapChoice.class, w))
                .orElse(BasemapChoice.NONE);
        try {
            if (saved == BasemapChoice.CUSTOM) {
                use(BasemapChoice.CUSTOM, customSource());
            } else if (!needsConsent(saved)) {
                use(saved, saved.preset().orElse(null));
            }
        } catch (IllegalArgumentException e) {
            note = "The basemap in " + settings.file() + " cannot be used (" + e.getMessage() + "): none is drawn.";
        }
    }

    /** @param listener told about changes, arriving tiles and the note */
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** @return the basemap chosen */
    public BasemapChoice choice() {
        return choice;
    }

    /** @return the tile server drawn, or empty for none */
    public Optional<TileSource> source() {
        Tiles t = tiles;
        return t == null ? Optional.empty() : Optional.of(t.source());
    }

    /** @return the credit line of the basemap drawn, or empty for none */
    public Optional<String> credit() {
        return source().map(TileSource::credit);
    }

    /** @return what keeps the basemap from being drawn in full, in words, or empty */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** @return true for a preset whose provider's terms the user has not accepted yet */
    public boolean needsConsent(BasemapChoice c) {
        return c.preset().isPresent() && !settings.get(ACCEPTED_PREFIX + SpecRules.word(c)).map(Boolean::parseBoolean)
                .orElse(false);
    }

    /** Records that the user accepted a preset provider's terms (asked once per provider). */
    public void accept(BasemapChoice c) {
        settings.put(ACCEPTED_PREFIX + SpecRules.word(c), "true");
    }

    /**
     * Switches to no basemap or to a preset whose terms were accepted, and keeps the choice.
     *
     * @throws IllegalStateException for a preset whose terms were not accepted, or {@link BasemapChoice#CUSTOM}
     */
    public void choose(BasemapChoice c) {
        if (c == BasemapChoice.CUSTOM || needsConsent(c)) {
            throw new IllegalStateException("choose " + c + " with chooseCustom, or accept its terms first");
        }
        use(c, c.preset().orElse(null));
        settings.put(CHOICE_KEY, SpecRules.word(c));
    }

    /**
     * Switches to a custom tile server and keeps it.
     *
     * @throws IllegalArgumentException saying what is wrong with the URL, credit or zoom
     */
    public void chooseCustom(String urlTemplate, String credit, int maxZoom) {
        SpecRules.Limit.BASEMAP_MAX_ZOOM.require(maxZoom);
        TileSource s = TileSource.custom(urlTemplate, credit, maxZoom);
        use(BasemapChoice.CUSTOM, s);
        Map<String, String> keep = new HashMap<>();
        keep.put(CHOICE_KEY, SpecRules.word(BasemapChoice.CUSTOM));
        keep.put(URL_KEY, s.urlTemplate());
        keep.put(CREDIT_KEY, s.credit());
        keep.put(MAX_ZOOM_KEY, Integer.toString(maxZoom));
        settings.update(m -> m.putAll(keep));
    }

    /** @return the custom server last given: URL template, credit and deepest zoom as saved (empty strings when none) */
    public String[] customSettings() {
        return new String[] {settings.get(URL_KEY, ""), settings.get(CREDIT_KEY, ""),
            Integer.toString(Basemaps.wholeNumber(settings, MAX_ZOOM_KEY, 19))};
    }

    /**
     * @param crs the map's CRS, or null while the map has no layer
     * @return the basemap for the map on screen, drawn from the cache (its missing tiles are
     *     fetched in the background), or null for none
     */
    public Basemap forMap(CoordinateReferenceSystem crs) {
        Tiles t = tiles;
        return t == null || crs == null ? null : TileBasemap.fromCache(t, crs, wanted -> fetch(t, wanted));
    }

    /**
     * @param crs the map's CRS
     * @return the basemap for an exported page, which fetches the tiles it lacks (and waits for
     *     them, within time-outs), or null for none
     */
    public Basemap forExport(CoordinateReferenceSystem crs) {
        Tiles t = tiles;
        return t == null || crs == null ? null : TileBasemap.fetching(t, crs);
    }

    /** Stops the tile jobs (when the window closes). */
    public void dispose() {
        fetches.shutdown();
    }

    private void use(BasemapChoice c, TileSource s) {
        choice = s == null ? BasemapChoice.NONE : c;
        tiles = s == null ? null : tilesByTemplate.computeIfAbsent(s.urlTemplate() + "\n" + s.credit() + "\n"
                + s.maxZoom(), k -> tilesOf.apply(s));
        setNote(null);
        listeners.forEach(Listener::changed);
    }

    private TileSource customSource() {
        return TileSource.custom(settings.get(URL_KEY, ""), settings.get(CREDIT_KEY, ""), Basemaps.wholeNumber(settings, MAX_ZOOM_KEY, 19));
    }

    /** Called on the render thread with the tiles a map image lacked: fetches them in the background. */
    private void fetch(Tiles t, Set<TileId> wanted) {
        fetches.submit(() -> {
            int arrived = 0;
            for (TileId id : wanted) {
                t.get(id);
                if (t.isFresh(id)) {
                    arrived++;
                }
            }
            return arrived;
        }, arrived -> {
            if (t != tiles) {
                return;
            }
            setNote(t.problem().orElse(null));
            if (arrived > 0) {
                listeners.forEach(Listener::tilesArrived);
            }
        }, e -> setNote("The basemap tiles could not be fetched (" + e.getMessage() + ")."));
    }

    private void setNote(String text) {
        if (!java.util.Objects.equals(note, text)) {
            note = text;
            listeners.forEach(l -> l.noteChanged(text));
        }
    }
}
