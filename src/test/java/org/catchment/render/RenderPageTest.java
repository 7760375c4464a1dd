package org.catchment.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchment.render.Pixels.WHITE;
import static org.catchment.render.Pixels.countNot;
import static org.catchment.render.Pixels.rgb;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

class RenderPageTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final Envelope TOWN = new Envelope(350_000, 356_000, 400_000, 405_000);
    private static final Color FILL = new Color(0x2c7fb8);

    private static MapDocument doc() {
        Geometry block = Pixels.wkt("POLYGON ((352000 401000, 354000 401000, 354000 404000, 352000 404000, 352000 401000))");
        return MapDocument.builder("Millbrook").subtitle("A test page").extent(TOWN)
                .layer(MapLayer.of("Block", List.of(block), Style.polygon(FILL, null, 0)))
                .layer(MapLayer.of("Surgery", List.<Geometry>of(Pixels.point(355_000, 404_000)), Palette.typeStyle(1)))
                .attribution("Contains OS data \u00a9 Crown copyright and database right 2026")
                .build();
    }

    @Test
    void a4At300DpiRendersHeadless() {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
        MapDocument doc = doc();
        BufferedImage image = MapRenderer.renderPage(doc, 3508, 2480, 300);
        PageLayout page = MapRenderer.layout(doc, 3508, 2480, 300);
        assertThat(image.getWidth()).isEqualTo(3508);
        assertThat(image.getHeight()).isEqualTo(2480);
        assertThat(rgb(image, 2, 2)).isEqualTo(WHITE);
        assertThat(inked(image, page.title())).as("title drawn").isGreaterThan(1000);
        assertThat(inked(image, page.attribution())).as("attribution drawn").isGreaterThan(300);
        // the block's centre, (353000, 402500), is blue on the page
        Rectangle map = page.map();
        int x = map.x + (int) page.view().x(353_000);
        int y = map.y + (int) page.view().y(402_500);
        assertThat(rgb(image, x, y)).isEqualTo(rgb(FILL));
    }

    @Test
    void legendSwatchesShowTheLayersStyles() {
        MapDocument doc = doc();
        BufferedImage image = MapRenderer.renderPage(doc, 1200, 800, 96);
        PageLayout page = MapRenderer.layout(doc, 1200, 800, 96);
        List<LegendLayout.Item> items = page.legend().items();
        assertThat(items).extracting(LegendLayout.Item::label).containsExactly("Surgery", "Block");
        Rectangle2D surgery = items.get(0).swatch();
        Rectangle2D block = items.get(1).swatch();
        assertThat(rgb(image, (int) surgery.getCenterX(), (int) surgery.getCenterY()))
                .isEqualTo(rgb(Palette.typeColour(1)));
        assertThat(rgb(image, (int) block.getCenterX(), (int) block.getCenterY())).isEqualTo(rgb(FILL));
        assertThat(inked(image, items.get(0).text())).isGreaterThan(20);
    }

    private static int inked(BufferedImage image, Rectangle2D box) {
        Rectangle r = box.getBounds();
        return countNot(image, WHITE, r.x, r.y, r.x + r.width, r.y + r.height);
    }
}
