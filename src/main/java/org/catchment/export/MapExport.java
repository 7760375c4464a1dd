package org.catchment.export;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.catchment.Settings;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.OutputSpec;
import org.catchment.analysis.OutputNames;
import org.catchment.layer.Layer;
import org.catchment.overlay.Desert;
import org.catchment.overlay.Zone;
import org.catchment.render.MapDocument;
import org.catchment.render.MapLayer;
import org.catchment.render.MapRenderer;
import org.catchment.render.PageOptions;
import org.catchment.render.Palette;
import org.catchment.render.PngWriter;
import org.catchment.render.SharedLayers;
import org.catchment.render.Style;
import org.catchment.servicearea.Facility;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The PNG maps of an analysis: one per facility type (its service areas by band over the street
 * network, wards and facilities, like the reference study's figures 10-16) and one of the deserts
 * (figure 19). Drawn by the {@code render} package at the analysis's size and resolution, on a
 * {@link MapPages} page over the {@link BaseLayers} (as the app draws them too).
 */
public final class MapExport {

    /**
     * One map to draw.
     *
     * @param fileName its file name in the output folder (or the atlas folder)
     * @param document what it shows
     * @param widthPx  page width, pixels
     * @param heightPx page height, pixels
     * @param dpi      resolution
     * @param options  where the legend, scale bar and north arrow go
     */
    public record Map(String fileName, MapDocument document, int widthPx, int heightPx, int dpi, PageOptions options) {

        /** A map with the legend, scale bar and north arrow where the command line's maps have them. */
        public Map(String fileName, MapDocument document, int widthPx, int heightPx, int dpi) {
            this(fileName, document, widthPx, heightPx, dpi, PageOptions.DEFAULT);
        }

        /** Draws the map and writes it as PNG. */
        public void write(Path target) {
            PngWriter.write(MapRenderer.renderPage(document, widthPx, heightPx, dpi, options), target, dpi);
        }
    }

    /**
     * Maps whose pixels are at least this large on the ground draw the streets under the service
     * areas (a street grid 50 m apart is then a line every 5 pixels or fewer), m.
     */
    static final double REGIONAL_PIXEL_M = 10;

    private final AnalysisResult result;
    private final Envelope extent;
    private final List<MapLayer> backdrop;
    /** The backdrop, drawn once for all the maps of the extent ({@link SharedLayers}). */
    private final SharedLayers sharedBackdrop;
    private final TileBasemap basemap;

    /**
     * @param result the analysis result; its maps draw the basemap of its {@code output.basemap}
     *               (tiles fetched into the per-user cache, {@link Basemaps}), if any
     */
    public MapExport(AnalysisResult result) {
        this(result, Basemaps.source(result.analysis().spec().output())
                .map(s -> TileBasemap.fetching(Basemaps.tiles(s, Settings.current(), Basemaps.cacheFolder()),
                        result.inputs().zones().crs())).orElse(null));
    }

    /**
     * @param result  the analysis result
     * @param basemap drawn under every map (the app's choice), or null for none
     */
    public MapExport(AnalysisResult result, TileBasemap basemap) {
        this.result = result;
        this.basemap = basemap;
        this.extent = result.studyArea().zones().stream().map(z -> z.geometry().getEnvelopeInternal())
                .reduce(new Envelope(), (a, b) -> {
                    a.expandToInclude(b);
                    return a;
                });
        this.backdrop = backdrop();
        this.sharedBackdrop = new SharedLayers(backdrop);
    }

    /** @return the file name of a type's map, or of the deserts map for {@code "deserts"} */
    public static String fileName(String type) {
        return OutputNames.map(type);
    }

    /** @return the result whose maps these are */
    public AnalysisResult result() {
        return result;
    }

    /**
     * @return what went wrong fetching the basemap's tiles, when the server could not be reached
     *     (the maps are drawn with the tiles already cached), or empty
     */
    public Optional<String> basemapProblem() {
        return basemap == null ? Optional.empty() : basemap.tiles().problem();
    }

    /** @return every map: one per facility type, then the deserts (they draw the backdrop once between them) */
    public List<Map> maps() {
        OutputSpec o = result.analysis().spec().output();
        List<Map> maps = new ArrayList<>();
        for (int i = 0; i < result.types().size(); i++) {
            maps.add(new Map(fileName(result.types().get(i).spec().type()), typeMap(i), o.widthPx(), o.heightPx(), o.dpi()));
        }
        maps.add(new Map(fileName("deserts"), desertMap(), o.widthPx(), o.heightPx(), o.dpi()));
        sharedBackdrop.plan(maps.stream().map(Map::document).toList(), o.widthPx(), o.heightPx(), o.dpi(),
                PageOptions.DEFAULT);
        return maps;
    }

    /** @return the map of one facility type's service areas */
    public MapDocument typeMap(int typeIndex) {
        AnalysisResult.TypeResult t = result.types().get(typeIndex);
        List<Double> bands = t.spec().bandsMin();
        List<Color> colours = Palette.bands(bands.size());
        MapDocument.Builder doc = base(result.analysis().spec().name() + ": " + t.spec().label() + " within "
                + joinBands(bands) + " minutes' walk");
        // a facility's symbol no wider than half the distance walked in the smallest band, so that at a
        // region's or a country's scale the symbols do not cover the service areas they stand on
        double walkedM = bands.get(0) * result.analysis().spec().network().walkingSpeedKmh() * 1000 / 60;
        doc.maxSymbolM(walkedM / 2);
        // at a town's scale the streets are drawn over the service areas, to be seen through them; at
        // a region's, where a street grid is solid grey, under them, so that the service areas show
        boolean regional = pixelM() >= REGIONAL_PIXEL_M;
        if (regional) {
            doc.layers(sharedBackdrop);
        }
        List<Geometry> disks = t.catchment().disks();
        for (int k = disks.size() - 1; k >= 0; k--) {
            String label = (k == 0 ? "0" : minutes(bands.get(k - 1))) + "–" + minutes(bands.get(k)) + " min walk";
            doc.layer(MapLayer.of("band " + minutes(bands.get(k)), List.of(disks.get(k)),
                    Style.polygon(colours.get(k), null, 0)).withLegendLabel(label));
        }
        if (!regional) {
            doc.layers(sharedBackdrop);
        }
        facilityAreas(t, typeIndex).ifPresent(doc::layer);
        doc.layer(facilities(t, typeIndex));
        return doc.build();
    }

    /** @return the deserts map: deserts hatched, every facility type's facilities */
    public MapDocument desertMap() {
        AnalysisSpec.DesertSpec d = result.analysis().spec().deserts();
        String rule = d.missingAllOf() != null ? "places missing all of " + String.join(", ", d.missingAllOf())
                : "places outside the catchments of " + d.minMissing() + " or more of " + counted(result, d)
                + " kinds of facility";
        MapDocument.Builder doc = base(result.analysis().spec().name() + ": social infrastructure deserts")
                .subtitle("Deserts: " + rule + " (" + result.deserts().deserts().size() + " found)");
        doc.layers(sharedBackdrop);
        List<Geometry> deserts = result.deserts().deserts().stream().map(Desert::geometry).toList();
        List<String> labels = result.deserts().deserts().stream().map(x -> Integer.toString(x.id())).toList();
        doc.layer(MapLayer.of("deserts", deserts, Palette.desert().withLabels(Style.DEFAULT_LABEL_PT))
                .withLabels(labels).withLegendLabel("Desert (numbered as in deserts.csv)"));
        for (int i = 0; i < result.types().size(); i++) {
            doc.layer(facilities(result.types().get(i), i));
        }
        return doc.build();
    }

    /** @return how many types the rule counts, and which when it does not count them all */
    static String counted(AnalysisResult result, AnalysisSpec.DesertSpec d) {
        List<String> all = result.types().stream().map(t -> t.spec().type()).toList();
        List<String> counted = d.countedTypes(all);
        return counted.size() + (counted.size() == all.size() ? "" : " (" + String.join(", ", result.types().stream()
                .filter(t -> counted.contains(t.spec().type())).map(t -> t.spec().label()).toList()) + ")");
    }

    /** @return a page of this result's maps: title, subtitle of the method, credits, extent */
    MapDocument.Builder page(String title) {
        return base(title);
    }

    /** @return the layers under the results on every map of this result */
    List<MapLayer> backdropLayers() {
        return backdrop;
    }

    private MapDocument.Builder base(String title) {
        AnalysisSpec s = result.analysis().spec();
        return MapPages.page(title, result.analysis()).basemap(basemap)
                .subtitle(String.format(Locale.ROOT, "Walking at %s km/h along roads and paths; service areas extend %s m"
                        + " either side of the streets reached", number(s.network().walkingSpeedKmh()),
                        number(s.catchments().trimDistanceM())))
                .extent(margin(extent));
    }

    /** @return the layers under the results: the network's roads, motorways and footpaths, the backdrop lines, the wards */
    private List<MapLayer> backdrop() {
        Envelope view = margin(extent);
        List<MapLayer> out = new ArrayList<>(result.tiled() ? fileRoads(view) : BaseLayers.network(result.network(), view));
        for (Layer b : result.inputs().backdrop()) {
            out.add(BaseLayers.backdrop(b, view).layer());
        }
        List<Zone> zones = result.studyArea().zones();
        MapLayer wards = MapLayer.of("wards", zones.stream().map(Zone::geometry).toList(),
                Palette.studyArea().withLabels(11)).withLegendLabel("Ward boundary");
        out.add(MapPages.zoneLabels(zones.stream().map(Zone::name).toList()).map(wards::withLabels).orElse(wards));
        return out;
    }

    /**
     * @return a tiled run's roads, which has no network: read back from the files within the view
     *     ({@link FileRoads}), kept at the finest pixel the analysis's maps can have
     */
    private List<MapLayer> fileRoads(Envelope view) {
        return new FileRoads(result.analysis(), extent, view, pixelM()).layers();
    }

    /** @return the ground size of a pixel of the analysis's maps, at most: the view over the page's width or height, m */
    private double pixelM() {
        OutputSpec o = result.analysis().spec().output();
        Envelope view = margin(extent);
        return Math.max(view.getWidth() / o.widthPx(), view.getHeight() / o.heightPx());
    }

    private static Optional<MapLayer> facilityAreas(AnalysisResult.TypeResult t, int typeIndex) {
        List<Geometry> areas = t.catchment().facilities().stream().filter(Facility::isArea).map(Facility::geometry).toList();
        if (areas.isEmpty()) {
            return Optional.empty();
        }
        Color c = Palette.typeColour(typeIndex);
        return Optional.of(MapLayer.of(t.spec().type() + " areas", areas, Style.polygon(c, c.darker(), 0.8)
                .withOpacity(0.6)).withInLegend(false));
    }

    /** @return a type's facilities as its symbols (polygons at an interior point) */
    static MapLayer facilities(AnalysisResult.TypeResult t, int typeIndex) {
        List<Geometry> shapes = new ArrayList<>();
        for (Facility f : t.catchment().facilities()) {
            shapes.add(f.isArea() ? f.geometry().getInteriorPoint() : f.geometry());
        }
        return MapLayer.of(t.spec().type(), shapes, Palette.typeStyle(typeIndex)).withLegendLabel(t.spec().label());
    }

    private static Envelope margin(Envelope e) {
        Envelope m = new Envelope(e);
        m.expandBy(Math.max(e.getWidth(), e.getHeight()) * 0.03);
        return m;
    }

    private static String joinBands(List<Double> bands) {
        List<String> m = bands.stream().map(MapExport::minutes).toList();
        return m.size() == 1 ? m.get(0) : String.join(", ", m.subList(0, m.size() - 1)) + " and " + m.get(m.size() - 1);
    }

    private static String minutes(double m) {
        return number(m);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
