package org.catchment.io.tiles;

import java.util.Optional;

/**
 * Which basemap a map draws under its layers: none (the default: nothing is fetched unless the
 * user opts in), one of a few well-known tile servers, each with its provider's credit and terms,
 * or a tile server the user names ({@link #CUSTOM}). The analysis file writes these in lower case
 * ({@code output.basemap: osm}).
 */
public enum BasemapChoice {
    /** No basemap. */
    NONE("None", null),
    /** OpenStreetMap's standard tiles (the OpenStreetMap Foundation's servers). */
    OSM("OpenStreetMap (standard tiles)", new TileSource("OpenStreetMap", "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
            "\u00a9 OpenStreetMap contributors", 19,
            "OpenStreetMap's standard tiles are run by volunteers on donated servers for interactive viewing. Their"
                    + " tile usage policy (operations.osmfoundation.org/policies/tiles) allows light use only and no"
                    + " bulk downloading. Catchment names itself in every request, shows the credit on the map and on"
                    + " exports, keeps tiles in your cache as long as the server allows (7 days when it does not say)"
                    + " and fetches only the tiles of what you view or export. For an organisation's regular use"
                    + " choose a commercial or your own tile server (Custom).")),
    /** OpenTopoMap's topographic tiles. */
    OPENTOPOMAP("OpenTopoMap", new TileSource("OpenTopoMap", "https://a.tile.opentopomap.org/{z}/{x}/{y}.png",
            "Map data \u00a9 OpenStreetMap contributors, SRTM | Map style \u00a9 OpenTopoMap (CC-BY-SA)", 17,
            "OpenTopoMap (opentopomap.org) is run by volunteers on a few servers: light, interactive use only, no"
                    + " bulk downloading. Catchment names itself, shows the credit and caches every tile.")),
    /** CARTO's light basemap (Positron). */
    CARTO_LIGHT("CARTO light (Positron)", new TileSource("CARTO light", "https://basemaps.cartocdn.com/light_all/{z}/{x}/{y}.png",
            "\u00a9 OpenStreetMap contributors \u00a9 CARTO", 20,
            "CARTO's basemaps (carto.com/basemaps) are free for limited non-commercial use; other use needs a licence"
                    + " from CARTO. Catchment names itself, shows the credit and caches every tile.")),
    /** A tile server the user names: URL template, credit and deepest zoom. */
    CUSTOM("Custom tile server", null);

    private final String label;
    private final TileSource preset;

    BasemapChoice(String label, TileSource preset) {
        this.label = label;
        this.preset = preset;
    }

    /** @return what the app calls it */
    public String label() {
        return label;
    }

    /** @return the tile server of a preset; empty for {@link #NONE} and {@link #CUSTOM} */
    public Optional<TileSource> preset() {
        return Optional.ofNullable(preset);
    }
}
