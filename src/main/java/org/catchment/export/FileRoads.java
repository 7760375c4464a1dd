package org.catchment.export;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.LayerRef;
import org.catchment.analysis.Layers;
import org.catchment.io.LayerReader;
import org.catchment.layer.Layer;
import org.catchment.network.Walkability;
import org.catchment.network.WalkingNetwork;
import org.catchment.render.LineSource;
import org.catchment.render.MapLayer;
import org.catchment.render.Palette;
import org.geotools.api.feature.simple.SimpleFeature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * The road network under the maps of a tiled run, which keeps no network to draw it from: the road
 * links and footpaths read back from the analysis's input files within the maps' view, as the
 * untiled run's maps draw its network's edges within the view ({@link BaseLayers#network}): roads
 * and streets, the links the walkability rule closes, footpaths, in the same styles and legend words.
 * Only links within R of the study area are drawn (the run's clip reads no others).
 *
 * <p>Memory stays bounded at a country's scale: the files are read one at a time (a file above
 * {@value #STRIP_MB} MB in strips of the view, each link kept in the strip holding its lowest point),
 * and only each line's drawing is kept ({@link LineStore}), simplified to a quarter of the finest pixel
 * the maps can have (the view over the page's width or height), about 20 bytes a link. Every map of
 * the view draws from that. A page drawn finer (an atlas page zoomed to a ward, a larger page
 * exported from the app) reads the files again within its own window, at its own pixel size; the
 * last {@value #PAGES_KEPT} such windows are kept, so a page's three layers read them once.
 */
final class FileRoads {

    private static final int ROADS = 0;
    private static final int CLOSED = 1;
    private static final int FOOTPATHS = 2;
    private static final long STRIP_MB = 200;
    private static final int PAGES_KEPT = 8;

    private final Analysis analysis;
    private final long stripBytes;
    private final Envelope view;
    private final double keptToleranceM;
    private final LineStore[] kept;
    private boolean motorways;
    private final Map<List<Double>, LineStore[]> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Double>, LineStore[]> eldest) {
            return size() > PAGES_KEPT;
        }
    };

    /**
     * Reads the links within the view.
     *
     * @param analysis the analysis whose road and footpath files are read
     * @param study    the study area's envelope: links farther than the network reach R from it are left out
     * @param view     what the maps show
     * @param pixelM   the finest pixel the maps can have, metres
     */
    FileRoads(Analysis analysis, Envelope study, Envelope view, double pixelM) {
        this(analysis, study, view, pixelM, STRIP_MB << 20);
    }

    /** As above, reading a file in strips of {@code stripBytes} of it (tests force strips on small files). */
    FileRoads(Analysis analysis, Envelope study, Envelope view, double pixelM, long stripBytes) {
        this.analysis = analysis;
        this.stripBytes = stripBytes;
        Envelope area = new Envelope(study);
        area.expandBy(Math.min(analysis.networkReachM(), Math.max(view.getWidth(), view.getHeight())));
        this.view = view.intersection(area);
        this.keptToleranceM = pixelM / 4;
        this.kept = read(this.view, keptToleranceM);
    }

    /** @return the layers, bottom first: roads, closed links and footpaths, the last two only when any is in view */
    List<MapLayer> layers() {
        List<MapLayer> out = new ArrayList<>();
        out.add(MapLayer.streamed(BaseLayers.ROADS, source(ROADS), Palette.roads()));
        if (kept[CLOSED].size() > 0) {
            out.add(MapLayer.streamed(BaseLayers.closedLabel(motorways ? WalkingNetwork.Source.OS_OPEN_ROADS
                    : WalkingNetwork.Source.LINES), source(CLOSED), Palette.motorway()));
        }
        if (kept[FOOTPATHS].size() > 0) {
            out.add(MapLayer.streamed(BaseLayers.FOOTPATHS, source(FOOTPATHS), Palette.footpaths()));
        }
        return out;
    }

    /** @return the number of links kept for the view: roads, closed links, footpaths */
    int[] counts() {
        return new int[] {kept[ROADS].size(), kept[CLOSED].size(), kept[FOOTPATHS].size()};
    }

    private LineSource source(int kind) {
        return (window, toleranceM, sink) -> stores(window, toleranceM)[kind].forEach(window, sink);
    }

    /** @return the lines kept for the view when the pixel is no finer than planned, else those read for the window */
    private LineStore[] stores(Envelope window, double toleranceM) {
        if (toleranceM >= 2 * keptToleranceM) {
            return kept;
        }
        Envelope part = window.intersection(view);
        List<Double> key = List.of(part.getMinX(), part.getMinY(), part.getMaxX(), part.getMaxY(), toleranceM);
        synchronized (pages) {
            LineStore[] read = pages.get(key);
            if (read == null) {
                read = read(part, toleranceM / 2);
                pages.put(key, read);
            }
            return read;
        }
    }

    private LineStore[] read(Envelope area, double toleranceM) {
        LineStore[] out = {new LineStore(area, toleranceM), new LineStore(area, toleranceM),
            new LineStore(area, toleranceM)};
        if (area.isNull()) {
            return out;
        }
        for (LayerRef ref : analysis.roads()) {
            read(ref, area, false, out);
        }
        for (String path : analysis.spec().network().footpaths()) {
            read(analysis.layer(path), area, true, out);
        }
        return out;
    }

    /** Reads one file's links within the area into the stores, in strips of the area when the file is large. */
    private void read(LayerRef ref, Envelope area, boolean footpaths, LineStore[] out) {
        if (!LayerReader.mayIntersect(ref.file(), area, analysis.workingCrs())) {
            return;
        }
        int strips = strips(ref);
        double height = area.getHeight() / strips;
        for (int s = 0; s < strips; s++) {
            double bottom = area.getMinY() + s * height;
            double top = s == strips - 1 ? area.getMaxY() : bottom + height;
            Layer layer = Layers.read(ref, analysis.readOptions().withExtent(new Envelope(area.getMinX(),
                    area.getMaxX(), bottom, top)));
            if (layer.size() == 0) {
                continue;
            }
            Predicate<SimpleFeature> open = footpaths ? f -> true : walkable(layer);
            for (SimpleFeature f : layer.features()) {
                Geometry g = Layer.geometry(f);
                double lowest = g == null ? 0 : Math.max(g.getEnvelopeInternal().getMinY(), area.getMinY());
                if (g == null || g.isEmpty() || strips > 1 && (lowest < bottom || lowest >= top && s < strips - 1)) {
                    continue;
                }
                LineStore store = out[footpaths ? FOOTPATHS : open.test(f) ? ROADS : CLOSED];
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    if (g.getGeometryN(i) instanceof LineString line) {
                        store.add(line);
                    }
                }
            }
        }
    }

    private Predicate<SimpleFeature> walkable(Layer roads) {
        Walkability rule = Walkability.of(analysis.spec().network().walkable(), roads);
        if (rule.preset().orElse(null) == Walkability.Preset.OS_OPEN_ROADS) {
            motorways = true;
        }
        return rule.on(roads);
    }

    /** @return how many strips a file is read in: one per {@value #STRIP_MB} MB, at most 64 */
    private int strips(LayerRef ref) {
        try {
            return (int) Math.min(64, 1 + Files.size(ref.file()) / stripBytes);
        } catch (IOException e) {
            return 1;
        }
    }
}
