package org.catchment.ui.export.model;

import java.util.Objects;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.OutputSpec;
import org.catchment.analysis.AtlasOf;
import org.catchment.analysis.SpecRules.Limit;
import org.catchment.render.PageOptions;

/**
 * The print layout dialog's view model: which map and area, the title and subtitle, the page
 * (A4 or A3, portrait or landscape, at a resolution; or a custom size in pixels), where the legend
 * and scale bar go (or none), the north arrow, the basemap, and whether to make one page or an
 * atlas (a page per ward or per desert). Sizes are checked against the analysis file's limits for
 * maps ({@link Limit#MAP_WIDTH}, {@link Limit#MAP_HEIGHT}, {@link Limit#MAP_DPI}), so a page the
 * app exports could have been written by the command line.
 */
public final class PrintLayout {

    /** A paper size, in millimetres (portrait), or custom pixels. */
    public enum Paper {
        /** ISO A4, 210 x 297 mm. */
        A4("A4", 210, 297),
        /** ISO A3, 297 x 420 mm. */
        A3("A3", 297, 420),
        /** A width and height in pixels. */
        CUSTOM("Custom size (px)", 0, 0);

        private final String label;
        private final double shortMm;
        private final double longMm;

        Paper(String label, double shortMm, double longMm) {
            this.label = label;
            this.shortMm = shortMm;
            this.longMm = longMm;
        }

        /** @return what the dialog calls it */
        public String label() {
            return label;
        }

        /** @return {width, height} in pixels at a resolution (A4 landscape at 300 dpi: 3508 x 2480) */
        public int[] pixels(int dpi, boolean landscape) {
            int s = (int) Math.round(shortMm / 25.4 * dpi);
            int l = (int) Math.round(longMm / 25.4 * dpi);
            return landscape ? new int[] {l, s} : new int[] {s, l};
        }
    }

    /**
     * The answer.
     *
     * @param map       the index of the chosen map in the list offered
     * @param place     the index of the chosen ward in the list offered, or -1 for the map's own area
     * @param title     the page's title
     * @param subtitle  the subtitle, or blank for none
     * @param widthPx   width, pixels
     * @param heightPx  height, pixels
     * @param dpi       resolution, dots per inch
     * @param options   where the legend, scale bar and north arrow go
     * @param basemap   whether the page shows the basemap
     * @param atlas     one page, or a page per ward or per desert
     */
    public record Request(int map, int place, String title, String subtitle, int widthPx, int heightPx, int dpi,
                          PageOptions options, boolean basemap, AtlasOf atlas) {
    }

    private int map;
    private int place = -1;
    private String title = "";
    private String subtitle = "";
    private Paper paper = Paper.A4;
    private boolean landscape = true;
    private int customWidthPx;
    private int customHeightPx;
    private int dpi;
    private PageOptions.LegendPlace legend = PageOptions.LegendPlace.RIGHT;
    private PageOptions.Corner scaleBar = PageOptions.Corner.BOTTOM_LEFT;
    private boolean northArrow = true;
    private boolean basemap;
    private AtlasOf atlas = AtlasOf.NONE;

    /**
     * @param output the analysis's map settings: its size and resolution are the defaults (an A4
     *               or A3 page when they are one, else a custom size)
     * @param title  the default title
     */
    public PrintLayout(OutputSpec output, String title) {
        this.title = title == null ? "" : title;
        this.dpi = output.dpi();
        this.customWidthPx = output.widthPx();
        this.customHeightPx = output.heightPx();
        paper = Paper.CUSTOM;
        for (Paper p : new Paper[] {Paper.A4, Paper.A3}) {
            for (boolean l : new boolean[] {true, false}) {
                int[] px = p.pixels(dpi, l);
                if (px[0] == output.widthPx() && px[1] == output.heightPx()) {
                    paper = p;
                    landscape = l;
                }
            }
        }
    }

    /** @return the page's width in pixels: the paper's at the resolution, or the custom width */
    public int widthPx() {
        return paper == Paper.CUSTOM ? customWidthPx : paper.pixels(dpi, landscape)[0];
    }

    /** @return the page's height in pixels */
    public int heightPx() {
        return paper == Paper.CUSTOM ? customHeightPx : paper.pixels(dpi, landscape)[1];
    }

    public int map() { return map; }
    public void setMap(int map) { this.map = map; }
    public int place() { return place; }
    public void setPlace(int place) { this.place = place; }
    public String title() { return title; }
    public void setTitle(String title) { this.title = title == null ? "" : title; }
    public String subtitle() { return subtitle; }
    public void setSubtitle(String subtitle) { this.subtitle = subtitle == null ? "" : subtitle; }
    public Paper paper() { return paper; }
    public void setPaper(Paper paper) { this.paper = Objects.requireNonNull(paper); }
    public boolean landscape() { return landscape; }
    public void setLandscape(boolean landscape) { this.landscape = landscape; }
    public int dpi() { return dpi; }
    public PageOptions.LegendPlace legend() { return legend; }
    public void setLegend(PageOptions.LegendPlace legend) { this.legend = Objects.requireNonNull(legend); }
    public PageOptions.Corner scaleBar() { return scaleBar; }
    public void setScaleBar(PageOptions.Corner scaleBar) { this.scaleBar = Objects.requireNonNull(scaleBar); }
    public boolean northArrow() { return northArrow; }
    public void setNorthArrow(boolean northArrow) { this.northArrow = northArrow; }
    public boolean basemap() { return basemap; }
    public void setBasemap(boolean basemap) { this.basemap = basemap; }
    public AtlasOf atlas() { return atlas; }
    public void setAtlas(AtlasOf atlas) { this.atlas = Objects.requireNonNull(atlas); }

    /**
     * Sets the resolution and, for a custom page, its size, as typed.
     *
     * @throws IllegalArgumentException naming the field that is not a whole number within its limit
     */
    public void setSize(String widthPx, String heightPx, String dpiText) {
        int d = whole(dpiText, "Resolution", Limit.MAP_DPI);
        if (paper == Paper.CUSTOM) {
            int w = whole(widthPx, "Width", Limit.MAP_WIDTH);
            int h = whole(heightPx, "Height", Limit.MAP_HEIGHT);
            customWidthPx = w;
            customHeightPx = h;
        }
        dpi = d;
    }

    /**
     * @return the answer
     * @throws IllegalArgumentException when the page at this resolution is outside the limits for
     *     maps, or the title is blank
     */
    public Request request() {
        if (title.isBlank()) {
            throw new IllegalArgumentException("Give the page a title");
        }
        Limit.MAP_WIDTH.require(widthPx());
        Limit.MAP_HEIGHT.require(heightPx());
        Limit.MAP_DPI.require(dpi);
        return new Request(map, atlas == AtlasOf.NONE ? place : -1, title.strip(), subtitle.strip(), widthPx(),
                heightPx(), dpi, new PageOptions(legend, scaleBar, northArrow), basemap, atlas);
    }

    private static int whole(String text, String what, Limit limit) {
        int v;
        try {
            v = Integer.parseInt(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, not '" + text.strip() + "'");
        }
        limit.require(v);
        return v;
    }
}
