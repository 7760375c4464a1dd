package org.catchment.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.catchment.CatchmentException;
import org.catchment.io.AtomicOutput;
import org.catchment.io.FileTrees;
import org.catchment.io.ReadOptions;
import org.catchment.layer.Layer;
import org.catchment.network.FootpathMerger;
import org.catchment.network.NetworkCache;
import org.catchment.network.NetworkProjection;
import org.catchment.network.OpenRoadsNetworkBuilder;
import org.catchment.network.OsmNetworkBuilder;
import org.catchment.network.WalkingNetwork;

/**
 * Builds the walking network an analysis names, or reloads it from the cache beside the analysis
 * file ({@code <analysis>.graph-cache/<fingerprint>}) when the input files' sizes and modification
 * times and the build settings are unchanged. A cache folder is built under a temporary name and
 * renamed when complete, so an interrupted build never leaves a cache that looks valid.
 */
final class NetworkStage {

    /** The network and what the build had to say. */
    record Built(WalkingNetwork network, boolean fromCache, List<String> notes) {
    }

    private NetworkStage() {
    }

    static Built build(Analysis analysis) {
        AnalysisSpec.NetworkSpec spec = analysis.spec().network();
        List<LayerRef> roads = analysis.roads();
        List<LayerRef> footpaths = spec.footpaths().stream().map(analysis::layer).toList();
        NetworkProjection projection = new NetworkProjection();
        if (!spec.cache()) {
            return buildInto(analysis, roads, footpaths, null, projection);
        }
        Path root = cacheRoot(analysis);
        Path folder = cacheFolder(analysis);
        Optional<WalkingNetwork> cached = NetworkCache.load(folder, projection);
        if (cached.isPresent()) {
            return new Built(cached.get(), true, List.of("Network reloaded from the cache " + folder + "."));
        }
        Path temp;
        try {
            Files.createDirectories(root);
            temp = Files.createTempDirectory(root, ".building-");
        } catch (IOException e) {
            // a read-only data folder: build in memory only
            return buildInto(analysis, roads, footpaths, null, projection);
        }
        try {
            Built built = buildInto(analysis, roads, footpaths, temp, projection);
            NetworkCache.saveSideData(built.network(), temp);
            if (!Files.exists(folder)) {
                AtomicOutput.move(temp, folder);
            }
            return built;
        } catch (IOException e) {
            throw new CatchmentException(folder + ": cannot write the network cache (" + e.getMessage() + ")."
                    + " Set network.cache: false in the analysis file, or free some disk space.", e);
        } finally {
            FileTrees.deleteQuietly(temp);
        }
    }

    private static Built buildInto(Analysis analysis, List<LayerRef> roads, List<LayerRef> footpaths, Path store,
                                   NetworkProjection projection) {
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
        OpenRoadsNetworkBuilder builder = new OpenRoadsNetworkBuilder()
                .footpathOptions(new FootpathMerger.Options(spec.footpathToleranceM(), spec.nodeCrossings()));
        for (LayerRef ref : roads) {
            Layer layer = Layers.read(ref, ReadOptions.defaults());
            layer.warnings().forEach(notes::add);
            builder.addRoads(layer);
        }
        for (LayerRef ref : footpaths) {
            Layer layer = Layers.read(ref, ReadOptions.defaults());
            layer.warnings().forEach(notes::add);
            builder.addFootpaths(layer);
        }
        if (store != null) {
            builder.storeIn(store);
        }
        OpenRoadsNetworkBuilder.Built built = builder.build(projection);
        OpenRoadsNetworkBuilder.BuildReport r = built.report();
        notes.add(String.format(Locale.ROOT, "Network: %,d road links (%,d motorway links not walkable, %,d duplicates"
                + " skipped)%s.", r.roadLinks(), r.motorwayLinks(), r.duplicateLinks(),
                r.footpaths() == null ? "" : "; footpaths: " + r.footpaths().describe()));
        return new Built(built.network(), false, notes);
    }

    /** @return true when the network cache holds a network for the analysis's inputs and settings (the roads need not be read) */
    static boolean isCached(Analysis analysis) {
        return analysis.spec().network().cache() && Files.isDirectory(cacheFolder(analysis));
    }

    /** @return the cache folder of the analysis's network: the cache root, then the fingerprint of its inputs and settings */
    private static Path cacheFolder(Analysis analysis) {
        AnalysisSpec.NetworkSpec spec = analysis.spec().network();
        List<LayerRef> roads = analysis.roads();
        List<LayerRef> footpaths = spec.footpaths().stream().map(analysis::layer).toList();
        List<Path> files = new ArrayList<>();
        roads.forEach(r -> files.add(r.file()));
        footpaths.forEach(r -> files.add(r.file()));
        String settings = String.format(Locale.ROOT, "roads=%s|footpaths=%s|tolerance=%s|crossings=%s", roads, footpaths,
                spec.footpathToleranceM(), spec.nodeCrossings());
        return NetworkCache.folder(cacheRoot(analysis), NetworkCache.fingerprint(files, settings));
    }

    /** @return the cache folder of an analysis: beside the file, named after it */
    static Path cacheRoot(Analysis analysis) {
        String name = analysis.file() == null ? "analysis" : analysis.file().getFileName().toString()
                .replaceFirst("\\.[^.]*$", "");
        return analysis.baseDir().resolve(name + ".graph-cache");
    }
}
