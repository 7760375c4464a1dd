package org.catchment.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * Everything one map shows: title, subtitle, layers (bottom to top), extent, attribution lines,
 * legend title and extra legend entries. Immutable; make one with {@link #builder(String)}.
 *
 * <p>The extent is in metres of the map's CRS (the working CRS). When none is given it is the union of all the layers'
 * envelopes (hidden layers too, so toggling a layer does not move the map) grown by 5% of its
 * width and height on every side, so nothing touches the frame. A page or view shows at least
 * the extent: it is grown to the frame's shape, never stretched.
 */
public final class MapDocument {

    /** Margin added around the layers' union when no extent is given, as a share of its size. */
    public static final double DEFAULT_MARGIN = 0.05;

    private final String title;
    private final String subtitle;
    private final List<MapLayer> layers;
    private final Envelope extent;
    private final List<String> attribution;
    private final String legendTitle;
    private final List<LegendEntry> legendEntries;
    private final Basemap basemap;
    private final double maxSymbolM;
    /** The shared layer groups by the index of their first layer in {@link #layers}. */
    private final Map<Integer, SharedLayers> shared;

    private MapDocument(Builder b) {
        title = b.title;
        subtitle = b.subtitle;
        layers = List.copyOf(b.layers);
        attribution = List.copyOf(b.attribution);
        legendTitle = b.legendTitle;
        legendEntries = List.copyOf(b.legendEntries);
        basemap = b.basemap;
        extent = b.extent != null ? new Envelope(b.extent) : defaultExtent(layers);
        shared = Map.copyOf(b.shared);
        maxSymbolM = b.maxSymbolM;
    }

    /** @param title the map's title, shown at the top of a page */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** @return a builder holding this document's values */
    public Builder toBuilder() {
        Builder b = new Builder(title).subtitle(subtitle).extent(extent).legendTitle(legendTitle).basemap(basemap)
                .maxSymbolM(maxSymbolM);
        b.layers.addAll(layers);
        b.shared.putAll(shared);
        b.attribution.addAll(attribution);
        b.legendEntries.addAll(legendEntries);
        return b;
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return the subtitle, or null */
    public String subtitle() {
        return subtitle;
    }

    /** @return the layers, bottom (drawn first) to top */
    public List<MapLayer> layers() {
        return layers;
    }

    /**
     * @return the widest a point symbol may be drawn, in map units (infinite: no limit): a map whose
     *     symbols stand on areas of a known size (a facility on its service area) keeps them from
     *     covering those areas at small scales
     */
    public double maxSymbolM() {
        return maxSymbolM;
    }

    /** @return the shared group whose layers are {@link #layers()} from index {@code i} on, or null */
    SharedLayers sharedAt(int i) {
        return shared.get(i);
    }

    /** @return a copy of the extent to show, metres of the map's CRS */
    public Envelope extent() {
        return new Envelope(extent);
    }

    /** @return attribution lines, printed at the foot of a page */
    public List<String> attribution() {
        return attribution;
    }

    /**
     * @return the credit lines printed at the foot of a page: the {@link #attribution()} lines, then
     *     the basemap's credit ("Basemap: ...") when the map has one
     */
    public List<String> credits() {
        if (basemap == null) {
            return attribution;
        }
        List<String> all = new ArrayList<>(attribution);
        all.add("Basemap: " + basemap.credit());
        return List.copyOf(all);
    }

    /** @return the raster drawn under the layers, or null */
    public Basemap basemap() {
        return basemap;
    }

    /** @return the legend's heading */
    public String legendTitle() {
        return legendTitle;
    }

    /** @return legend entries listed after the layers' own */
    public List<LegendEntry> legendEntries() {
        return legendEntries;
    }

    private static Envelope defaultExtent(List<MapLayer> layers) {
        Envelope union = new Envelope();
        for (MapLayer layer : layers) {
            union.expandToInclude(layer.indexed().extent());
        }
        if (union.isNull()) {
            throw new IllegalArgumentException("the map has no geometries, so an extent must be given");
        }
        double mx = Math.max(union.getWidth(), union.getHeight() * 0.01) * DEFAULT_MARGIN;
        double my = Math.max(union.getHeight(), union.getWidth() * 0.01) * DEFAULT_MARGIN;
        if (mx == 0 && my == 0) {
            mx = 500;
            my = 500;
        }
        union.expandBy(mx, my);
        return union;
    }

    /** Collects a document's values; every setter returns the builder. */
    public static final class Builder {
        private String title;
        private String subtitle;
        private final List<MapLayer> layers = new ArrayList<>();
        private Envelope extent;
        private final List<String> attribution = new ArrayList<>();
        private String legendTitle = "Legend";
        private final List<LegendEntry> legendEntries = new ArrayList<>();
        private Basemap basemap;
        private double maxSymbolM = Double.POSITIVE_INFINITY;
        private final Map<Integer, SharedLayers> shared = new HashMap<>();

        private Builder(String title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        /** @param title the map's title */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** @param subtitle a second heading line, or null */
        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        /** Adds a layer on top of those added so far. */
        public Builder layer(MapLayer layer) {
            layers.add(Objects.requireNonNull(layer, "layer"));
            return this;
        }

        /**
         * Adds a group of layers other maps draw alike on top of those added so far; the maps of
         * one view draw them once between them ({@link SharedLayers}).
         */
        public Builder layers(SharedLayers group) {
            shared.put(layers.size(), group);
            group.layers().forEach(this::layer);
            return this;
        }

        /** Replaces the layers (bottom to top). */
        public Builder layers(List<MapLayer> layers) {
            this.layers.clear();
            this.shared.clear();
            layers.forEach(this::layer);
            return this;
        }

        /** @param extent what to show, metres of the map's CRS; null for the layers' union plus 5% */
        public Builder extent(Envelope extent) {
            this.extent = extent == null || extent.isNull() ? null : new Envelope(extent);
            return this;
        }

        /** Adds an attribution line, such as "Contains OS data © Crown copyright and database right 2026". */
        public Builder attribution(String line) {
            attribution.add(Objects.requireNonNull(line, "line"));
            return this;
        }

        /** @param legendTitle the legend's heading (default "Legend") */
        public Builder legendTitle(String legendTitle) {
            this.legendTitle = Objects.requireNonNull(legendTitle, "legendTitle");
            return this;
        }

        /** Adds a legend entry after the layers' own. */
        public Builder legendEntry(LegendEntry entry) {
            legendEntries.add(Objects.requireNonNull(entry, "entry"));
            return this;
        }

        /** @param basemap the raster drawn under the layers (its credit is printed on pages), or null for none */
        public Builder basemap(Basemap basemap) {
            this.basemap = basemap;
            return this;
        }

        /**
         * @param metres the widest a point symbol may be drawn, in map units (positive; infinite:
         *               no limit): symbols shrink below it as the scale gets smaller, to a dot
         */
        public Builder maxSymbolM(double metres) {
            if (!(metres > 0)) {
                throw new IllegalArgumentException("the widest symbol must be positive: " + metres);
            }
            this.maxSymbolM = metres;
            return this;
        }

        /** @return the document */
        public MapDocument build() {
            return new MapDocument(this);
        }
    }
}
