package org.catchment.io.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** URL templates: XYZ, TMS ({-y}) and WMTS placeholders filled in; unusable templates refused with advice. */
class TileSourceTest {

    @Test
    void xyzTmsAndWmtsPlaceholdersAreFilledIn() {
        TileId t = new TileId(3, 5, 1);
        assertThat(TileSource.custom("https://a.example.org/{z}/{x}/{y}.png", "c", 19).url(t))
                .hasToString("https://a.example.org/3/5/1.png");
        assertThat(TileSource.custom("https://a.example.org/tms/{z}/{x}/{-y}.png", "c", 19).url(t))
                .hasToString("https://a.example.org/tms/3/5/6.png");
        assertThat(TileSource.custom("https://w.example.org/wmts?SERVICE=WMTS&REQUEST=GetTile&LAYER=base"
                + "&TILEMATRIXSET=GoogleMapsCompatible&TILEMATRIX={TileMatrix}&TILEROW={TileRow}&TILECOL={TileCol}",
                "c", 19).url(t)).hasToString("https://w.example.org/wmts?SERVICE=WMTS&REQUEST=GetTile&LAYER=base"
                + "&TILEMATRIXSET=GoogleMapsCompatible&TILEMATRIX=3&TILEROW=1&TILECOL=5");
    }

    @Test
    void unusableTemplatesAreRefusedWithAdvice() {
        assertThat(TileSource.checkTemplate("ftp://x.org/{z}/{x}/{y}.png")).get().asString().contains("https://");
        assertThat(TileSource.checkTemplate("https://x.org/{z}/{x}.png")).get().asString().contains("zoom, column and row");
        assertThat(TileSource.checkTemplate("https://{s}.x.org/{z}/{x}/{y}.png")).get().asString()
                .contains("{s}").contains("one of the server's hosts");
        assertThat(TileSource.checkTemplate("https://x.org/{z}/{x}/{y}.png")).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> TileSource.custom("https://x.org/{z}/{x}/{y}.png", " ", 19))
                .hasMessageContaining("attribution");
    }

    @Test
    void noPresetIsOnByDefaultAndEachCarriesItsCreditAndTerms() {
        assertThat(BasemapChoice.NONE.preset()).isEmpty();
        for (BasemapChoice c : BasemapChoice.values()) {
            c.preset().ifPresent(s -> {
                assertThat(s.credit()).contains("OpenStreetMap contributors");
                assertThat(s.terms()).isNotBlank();
                assertThat(s.urlTemplate()).startsWith("https://");
            });
        }
        assertThat(BasemapChoice.OSM.preset().orElseThrow().urlTemplate())
                .isEqualTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    }

    @Test
    void theZoomIsTheOneWhoseTilePixelsAreNearestTheImagePixels() {
        for (int z = 0; z <= 19; z++) {
            assertThat(WebMercator.zoomFor(WebMercator.metresPerPixel(z), 22)).isEqualTo(z);
            assertThat(WebMercator.zoomFor(WebMercator.metresPerPixel(z) * 1.3, 22)).isEqualTo(Math.max(0, z));
        }
        assertThat(WebMercator.zoomFor(WebMercator.metresPerPixel(18), 17)).as("the server's deepest zoom").isEqualTo(17);
        assertThat(WebMercator.zoomFor(1e9, 19)).isZero();
    }

    @Test
    void cacheHeadersGiveTheExpiry() {
        long now = 1_000_000;
        assertThat(TileFetcher.expires("public, max-age=600", Optional.empty(), now)).isEqualTo(now + 600_000);
        assertThat(TileFetcher.expires("", Optional.of("Thu, 01 Jan 1970 00:20:00 GMT"), now)).isEqualTo(1_200_000);
        assertThat(TileFetcher.expires("no-cache", Optional.empty(), now)).isEqualTo(now);
        assertThat(TileFetcher.expires("", Optional.empty(), now)).isEqualTo(now + TileFetcher.DEFAULT_MAX_AGE.toMillis());
    }
}
