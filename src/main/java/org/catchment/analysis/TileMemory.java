package org.catchment.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.catchment.io.LayerReader;
import org.catchment.io.memory.LoadEstimate;
import org.catchment.io.shapefile.RecordDensity;
import org.catchment.layer.Crs;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.locationtech.jts.geom.Envelope;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;

/**
 * How much heap a tile of a tiled run needs at its peak, estimated before it runs, so that no more
 * tiles run at once than the heap holds ({@link OrderedWork}'s budget): a tile's peak grows with
 * the road links it reads (its network, its searches, its polygons), so the estimate is the links
 * within its read envelope (its envelope widened by the walking reach, {@link ClipArea#networkReachM})
 * times {@link #BYTES_PER_LINK}, measured on generated national datasets (docs/benchmarks.md,
 * "How many tiles at once").
 *
 * <p>The links within an envelope are counted without reading the roads: a shapefile's records are
 * counted once on a grid over its extent from their record heads ({@link RecordDensity}), so a
 * town's tile counts the town's links, not its 100 km square's average. A GeoPackage's extent comes
 * from its index and its records from its size ({@link #BYTES_PER_RECORD}), spread evenly over it;
 * a file whose extent cannot be told cheaply counts whole for every tile.
 *
 * <p>The budget the tiles share is the heap free when the tiles start (after a full collection, only
 * when it looks too small without one) less what the finished tiles keep until the merge
 * ({@link #KEPT_PER_LINK} per link of the study envelope), times {@link #MARGIN}.
 */
final class TileMemory {

    /**
     * Heap bytes a tile needs at its peak per road link within its read envelope, as counted here:
     * about four times the peak of live data measured (2.1 KB a link at most, the 25 district tiles of
     * a generated national dataset of 297,000 links run one at a time with full collections every
     * second or so), twice what the tiles were measured to run in (4.1 KB a link), so that the
     * collector has room to work (docs/benchmarks.md, "How many tiles at once").
     */
    static final long BYTES_PER_LINK = 8_000;
    /**
     * Heap bytes the finished tiles keep until the merge (each tile's polygons clipped to its cell,
     * its postcodes' and residents' minutes), per road link of the study envelope (measured: the
     * live heap after full collections grew by about 250 bytes a link over the tiles).
     */
    static final long KEPT_PER_LINK = 500;
    /** Input bytes per road record, for a road file whose header does not count its records (OS Open Roads: about 290). */
    static final long BYTES_PER_RECORD = 200;

    /** The share of the free heap the tiles may take, for what the estimates miss. */
    static final double MARGIN = 0.8;

    /**
     * A road file: where its records lie (a shapefile), or else its extent in the working CRS (null:
     * unknown, counted whole) and its records, spread evenly.
     */
    private record RoadFile(RecordDensity density, CoordinateReferenceSystem crs, Envelope extent, long records) {

        double links(Envelope working, CoordinateReferenceSystem workingCrs) {
            if (density != null) {
                Envelope e = crs == null || workingCrs == null ? working : Crs.transform(working, workingCrs, crs);
                return e.isNull() ? density.records() : density.within(e);
            }
            if (extent == null) {
                return records;
            }
            if (!extent.intersects(working)) {
                return 0;
            }
            double area = extent.getArea();
            return area <= 0 ? records : records * Math.min(1, extent.intersection(working).getArea() / area);
        }
    }

    /**
     * How the tiles share the heap.
     *
     * @param budget the heap the tiles running at once may take together, bytes
     * @param note   what to tell the user when the heap, not the processors, limits the tiles at once, or null
     */
    record Plan(long budget, String note) {
    }

    private final List<RoadFile> files;
    private final double reachM;
    private final CoordinateReferenceSystem workingCrs;

    private TileMemory(List<RoadFile> files, double reachM, CoordinateReferenceSystem workingCrs) {
        this.files = files;
        this.reachM = reachM;
        this.workingCrs = workingCrs;
    }

    /** @return the estimate for an analysis's road and footpath files */
    static TileMemory of(Analysis analysis) {
        List<LayerRef> refs = new ArrayList<>(analysis.roads());
        analysis.spec().network().footpaths().forEach(f -> refs.add(analysis.layer(f)));
        List<RoadFile> files = new ArrayList<>();
        for (LayerRef ref : refs) {
            files.add(file(ref, analysis.workingCrs()));
        }
        return new TileMemory(files, ClipArea.networkReachM(analysis.spec()), analysis.workingCrs());
    }

    /** @return the road links estimated to lie within an envelope (in the working CRS) */
    long links(Envelope envelope) {
        double links = 0;
        for (RoadFile f : files) {
            links += f.links(envelope, workingCrs);
        }
        return Math.round(links);
    }

    /** @return the heap a tile with that envelope needs at its peak, estimated: the links it reads times {@link #BYTES_PER_LINK} */
    long tileBytes(Envelope tile) {
        Envelope read = new Envelope(tile);
        read.expandBy(reachM);
        return links(read) * BYTES_PER_LINK;
    }

    /**
     * @param costs     each tile's estimated peak heap ({@link #tileBytes}; 0 for a tile that will not
     *                  run, kept by an earlier run), in tile order
     * @param study     the study envelope
     * @param k         the most tiles to run at once (the processors, or {@code catchments.threads})
     * @param freeHeap  the heap free for the tiles, bytes; 0 to measure it
     * @param tilesHow  smaller tiles in the words of the analysis file, for the advice ("tiles: {grid_km: 10}")
     * @return the budget the tiles share, and the note when it holds the largest back
     */
    Plan plan(long[] costs, Envelope study, int k, long freeHeap, String tilesHow) {
        long[] sorted = costs.clone();
        Arrays.sort(sorted);
        long largest = sorted.length == 0 ? 0 : sorted[sorted.length - 1];
        long widest = 0;
        for (int i = 0; i < Math.min(k, sorted.length); i++) {
            widest += sorted[sorted.length - 1 - i];
        }
        long kept = links(study) * KEPT_PER_LINK;
        long free = freeHeap > 0 ? freeHeap : LoadEstimate.freeHeapBytes();
        if (freeHeap <= 0 && budget(free, kept) < widest) {
            System.gc();
            free = LoadEstimate.freeHeapBytes();
        }
        long budget = budget(free, kept);
        int running = (int) Math.min(k, Arrays.stream(costs).filter(c -> c > 0).count());
        int fit = OrderedWork.parallelism(running, largest, budget);
        String note = fit >= running ? null : String.format(Locale.ROOT, "Tiles: the largest ran %d at a time, not %d:"
                + " each needs about %s of the %s of heap free for the tiles. %s, or use smaller tiles (%s), to run"
                + " more at once.", fit, running, LoadEstimate.size(largest), LoadEstimate.size(budget),
                LoadEstimate.advice((long) ((largest * running - budget) / MARGIN)), tilesHow);
        return new Plan(budget, note);
    }

    private static long budget(long free, long kept) {
        return Math.max(0, (long) ((free - kept) * MARGIN));
    }

    /** @return a road file's records, and where they lie as far as can be told without reading the file */
    private static RoadFile file(LayerRef ref, CoordinateReferenceSystem working) {
        if (ref.file().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".shp")) {
            try {
                ReferencedEnvelope e = LayerReader.extent(ref.file(), null);
                RecordDensity density = RecordDensity.of(ref.file());
                return new RoadFile(density, e == null ? null : e.getCoordinateReferenceSystem(), null, density.records());
            } catch (IOException | RuntimeException e) {
                // damaged: its reader will say so; counted whole meanwhile
            }
        }
        return new RoadFile(null, null, extent(ref, working), records(ref));
    }

    /** @return the file's extent in the working CRS, or null when it cannot be told without reading the file */
    private static Envelope extent(LayerRef ref, CoordinateReferenceSystem working) {
        String name = ref.file().getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".shp") && !name.endsWith(".gpkg")) {
            return null;
        }
        try {
            ReferencedEnvelope e = LayerReader.extent(ref.file(), ref.table());
            if (e == null || e.isNull()) {
                return e == null ? null : new Envelope();
            }
            CoordinateReferenceSystem crs = e.getCoordinateReferenceSystem();
            Envelope out = crs == null ? new Envelope(e) : Crs.transform(e, crs, working);
            return out.isNull() ? null : out;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** @return the records of a road file: a shapefile's from its index ({@code .shx}), others' from their size */
    private static long records(LayerRef ref) {
        Path file = ref.file();
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".shp")) {
            long indexed = RecordDensity.indexedRecords(file);
            if (indexed >= 0) {
                return indexed;
            }
        }
        return LoadEstimate.of(file, ref.table()).inputBytes() / BYTES_PER_RECORD;
    }
}
