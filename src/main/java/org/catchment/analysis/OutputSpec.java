package org.catchment.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.catchment.io.tiles.BasemapChoice;

/**
 * The outputs of an analysis ({@code output} in the analysis file).
 *
 * @param dir      the output folder (default {@code out} beside the analysis file)
 * @param widthPx  PNG width in pixels (default 3508: A4 landscape at 300 dpi)
 * @param heightPx PNG height in pixels (default 2480)
 * @param dpi      PNG resolution (default 300)
 * @param attribution data credits printed on the maps; default by network source: the OS
 *                 Open Roads credit, or "© OpenStreetMap contributors"
 * @param backdrop extra line layers drawn on every map for orientation (railways, rivers), optional
 * @param basemap  web map tiles drawn under every map (default none: nothing is fetched)
 * @param basemapUrl the tile URL template of a {@code custom} basemap
 * @param basemapAttribution the credit line a {@code custom} basemap's provider asks for
 * @param basemapMaxZoom the deepest zoom a {@code custom} basemap's server has (default 19)
 * @param atlas    one further map per ward or per desert, in the {@code atlas} folder (default none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"dir", "width_px", "height_px", "dpi", "attribution", "backdrop", "basemap", "basemap_url",
    "basemap_attribution", "basemap_max_zoom", "atlas"})
public record OutputSpec(String dir, Integer widthPx, Integer heightPx, Integer dpi, List<String> attribution,
                         List<BackdropSpec> backdrop, BasemapChoice basemap, String basemapUrl,
                         String basemapAttribution, Integer basemapMaxZoom, AtlasOf atlas) {
    public OutputSpec {
        dir = dir == null ? "out" : dir;
        widthPx = widthPx == null ? 3508 : widthPx;
        heightPx = heightPx == null ? 2480 : heightPx;
        dpi = dpi == null ? 300 : dpi;
        attribution = attribution == null ? null : List.copyOf(attribution);
        backdrop = backdrop == null ? List.of() : List.copyOf(backdrop);
        basemap = basemap == BasemapChoice.NONE ? null : basemap;
        atlas = atlas == AtlasOf.NONE ? null : atlas;
    }

    /** @return the basemap chosen, {@link BasemapChoice#NONE} when none */
    public BasemapChoice basemapChoice() {
        return basemap == null ? BasemapChoice.NONE : basemap;
    }

    /** @return what the atlas has a page of, {@link AtlasOf#NONE} when there is no atlas */
    public AtlasOf atlasOf() {
        return atlas == null ? AtlasOf.NONE : atlas;
    }

    /** @return the deepest zoom of a custom basemap: {@code basemap_max_zoom}, else 19 */
    public int customMaxZoom() {
        return basemapMaxZoom == null ? 19 : basemapMaxZoom;
    }

    /** @return a builder of the default outputs */
    public static SpecBuilders.Output builder() {
        return new SpecBuilders.Output();
    }

    /** @return a builder holding these outputs, to change some of them */
    public SpecBuilders.Output toBuilder() {
        return builder().dir(dir).widthPx(widthPx).heightPx(heightPx).dpi(dpi).attribution(attribution)
                .backdrop(backdrop).basemap(basemap).basemapUrl(basemapUrl).basemapAttribution(basemapAttribution)
                .basemapMaxZoom(basemapMaxZoom).atlas(atlas);
    }
}
