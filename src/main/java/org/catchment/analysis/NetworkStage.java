package org.catchment.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.catchment.CatchmentException;
import org.catchment.io.FileTrees;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions;
import org.catchment.io.cache.CacheStore;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.catchment.network.FootpathMerger;
import org.catchment.network.NetworkCache;
import org.catchment.network.NetworkProjection;
import org.catchment.network.OpenRoadsNetworkBuilder;
import org.catchment.network.OsmNetworkBuilder;
import org.catchment.network.Walkability;
import org.catchment.network.WalkingNetwork;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Envelope;

/**
 * Builds the walking network an analysis names, or reloads it from the per-user network cache
 * ({@link NetworkCaching}: {@code <cache>/networks/<fingerprint>}, checksummed, evicted by size) when
 * the input files' sizes and modification times and the build settings are unchanged.
 *
 * <p>With a {@link ClipArea} only the links within reach of the study area are read: shapefile
 * tiles whose header extent misses the clip envelope are passed over unopened, and the readers
 * keep only the records whose envelope meets it. The clip envelope is part of the cache
 * fingerprint, as are the size and time of every road file a folder expands to, and the working
 * CRS the network's geometry is in.
 */
final class NetworkStage {

    /**
     * The network, what the build had to say, and the network's place in the cache, to keep once the
     * run has succeeded (close it when the run ends).
     */
    record Built(WalkingNetwork network, boolean fromCache, List<String> notes, NetworkCaching.Pending pending) {
        Built(WalkingNetwork network, boolean fromCache, List<String> notes) {
            this(network, fromCache, notes, NetworkCaching.Pending.NONE);
        }
    }

    private NetworkStage() {
    }

    /**
     * @param analysis the analysis
     * @param clip     the part of the map to read, or null to read every link
     * @param caches   the network cache (used when {@code network.cache} is on)
     */
    static Built build(Analysis analysis, ClipArea clip, CacheStore caches) {
        AnalysisSpec.NetworkSpec spec = analysis.spec().network();
        List<LayerRef> roads = analysis.roads();
        List<LayerRef> footpaths = spec.footpaths().stream().map(analysis::layer).toList();
        NetworkProjection projection = new NetworkProjection(analysis.workingCrs());
        if (!spec.cache()) {
            return buildInto(analysis, clip, roads, footpaths, null, projection);
        }
        return NetworkCaching.buildOrLoad(caches, cacheKey(analysis, clip, roads, footpaths),
                about(analysis, clip, roads, footpaths),
                store -> buildInto(analysis, clip, roads, footpaths, store, projection), projection,
                analysis.isOpenStreetMap());
    }

    private static Built buildInto(Analysis analysis, ClipArea clip, List<LayerRef> roads, List<LayerRef> footpaths,
                                   Path store, NetworkProjection projection) {
        AnalysisSpec.NetworkSpec spec = analysis.spec().network();
        List<String> notes = new ArrayList<>();
        if (analysis.isOpenStreetMap()) {
            Path dir = store;
            try {
                if (dir == null) {
                    dir = Files.createTempDirectory("catchment-osm-");
                }
                WalkingNetwork network = OsmNetworkBuilder.build(roads.get(0).file(), dir, projection, store != null);
                return new Built(network, false, notes);
            } catch (IOException e) {
                throw new CatchmentException("Cannot create a temporary folder for the OpenStreetMap import ("
                        + e.getMessage() + "). Check the free space of the temporary folder.", e);
            } finally {
                if (store == null && dir != null) {
                    FileTrees.deleteQuietly(dir);
                }
            }
        }
        OpenRoadsNetworkBuilder builder = new OpenRoadsNetworkBuilder(analysis.workingCrs())
                .footpathOptions(new FootpathMerger.Options(spec.footpathToleranceM(), spec.nodeCrossings()));
        ReadOptions read = clip == null ? analysis.readOptions() : analysis.readOptions().withExtent(clip.networkEnvelope());
        int skippedFiles = 0;
        int links = 0;
        int paths = 0;
        for (LayerRef ref : roads) {
            if (clip != null && !LayerReader.mayIntersect(ref.file(), clip.networkEnvelope(), analysis.workingCrs())) {
                skippedFiles++;
                continue;
            }
            Layer layer = Layers.read(ref, read);
            layer.warnings().forEach(notes::add);
            links += layer.size();
            builder.addRoads(layer, Walkability.of(spec.walkable(), layer));
        }
        for (LayerRef ref : footpaths) {
            if (clip != null && !LayerReader.mayIntersect(ref.file(), clip.networkEnvelope(), analysis.workingCrs())) {
                continue;
            }
            Layer layer = Layers.read(ref, read);
            layer.warnings().forEach(notes::add);
            paths += layer.size();
            builder.addFootpaths(layer);
        }
        if (clip != null) {
            if (links == 0 && paths == 0) {
                throw new NoNetworkInReach(String.join(", ", spec.roads()) + ": no road link lies within "
                        + km(clip.networkReachM()) + " of the study area (" + extent(clip.studyEnvelope()) + ", "
                        + Crs.label(analysis.workingCrs()) + "), so no"
                        + " catchment can be drawn. Check that network.roads covers the study area, or set"
                        + " network.clip_to_study_area: false.");
            }
            notes.add(String.format(Locale.ROOT, "Network clipped to the study area widened by %s and the facilities"
                    + " near it (%s): %,d of %,d road files read, %,d passed over by their extent.", km(clip.networkReachM()),
                    extent(clip.networkEnvelope()), roads.size() - skippedFiles, roads.size(), skippedFiles));
        }
        if (store != null) {
            builder.storeIn(store);
        }
        OpenRoadsNetworkBuilder.Built built = builder.build(projection);
        OpenRoadsNetworkBuilder.BuildReport r = built.report();
        notes.add(String.format(Locale.ROOT, "Network: %,d road links (%,d not walkable, %,d duplicates"
                + " skipped)%s%s.", r.roadLinks(), r.motorwayLinks(), r.duplicateLinks(),
                r.lines() == null ? "" : "; " + r.lines().describe(),
                r.footpaths() == null ? "" : "; footpaths: " + r.footpaths().describe()));
        notes.add("Walkable: " + r.walkability() + ".");
        return new Built(built.network(), false, notes);
    }

    private static String km(double m) {
        return String.format(Locale.ROOT, "%.2f km", m / 1000);
    }

    private static String extent(Envelope e) {
        return String.format(Locale.ROOT, "E %.0f to %.0f, N %.0f to %.0f", e.getMinX(), e.getMaxX(), e.getMinY(),
                e.getMaxY());
    }

    /**
     * @return true when the network cache holds a network for the analysis's inputs and settings
     *     (the roads need not be read); asked before a run, so only for a network read whole
     *     ({@code clip_to_study_area} off: the clip's envelope is known only once the study area is
     *     read) in a working CRS the file gives (under {@code auto} it too is known only then)
     */
    static boolean isCached(Analysis analysis, CacheStore caches) {
        CoordinateReferenceSystem crs = WorkingCrsChoice.given(analysis.spec());
        return crs != null && analysis.spec().network().cache() && !analysis.spec().network().clipToStudyArea()
                && caches.contains(cacheKey(analysis.withWorkingCrs(crs), null, analysis.roads(),
                analysis.spec().network().footpaths().stream().map(analysis::layer).toList()));
    }

    /**
     * @return the cache key of the analysis's network: the fingerprint of its inputs and settings,
     *     the working CRS among them (the same files give another network's geometry in another CRS)
     */
    private static String cacheKey(Analysis analysis, ClipArea clip, List<LayerRef> roads, List<LayerRef> footpaths) {
        AnalysisSpec.NetworkSpec spec = analysis.spec().network();
        List<Path> files = new ArrayList<>();
        roads.forEach(r -> files.add(r.file()));
        footpaths.forEach(r -> files.add(r.file()));
        String settings = String.format(Locale.ROOT, "roads=%s|footpaths=%s|tolerance=%s|crossings=%s|clip=%s|crs=%s"
                + "|walkable=%s", roads, footpaths, spec.footpathToleranceM(), spec.nodeCrossings(),
                clip == null ? "none" : clip.fingerprint(), Crs.label(analysis.workingCrs()), spec.walkable());
        return NetworkCache.fingerprint(files, settings);
    }

    /** @return what the network is made from, in words, for the cache's listing */
    private static String about(Analysis analysis, ClipArea clip, List<LayerRef> roads, List<LayerRef> footpaths) {
        String files = roads.size() == 1 ? roads.get(0).file().toString()
                : roads.size() + " road files in " + roads.get(0).file().toAbsolutePath().getParent();
        return files + (footpaths.isEmpty() ? "" : " + " + footpaths.size() + " footpath file"
                + (footpaths.size() == 1 ? "" : "s")) + (clip == null ? "" : ", clipped to "
                + extent(clip.networkEnvelope())) + ", in " + Crs.label(analysis.workingCrs()) + (analysis.file() == null ? ""
                : " (" + analysis.file().getFileName() + ")");
    }
}
