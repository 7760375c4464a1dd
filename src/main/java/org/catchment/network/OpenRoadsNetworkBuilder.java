package org.catchment.network;

import java.util.ArrayList;
import java.util.List;
import org.catchment.layer.Layer;

/**
 * Builds a walking network from OS Open Roads road links, optionally with a footpath layer
 * merged in.
 *
 * <p>Several tiles may be added; a link present in two tiles (same identifier) is kept once.
 * Topology comes from the links' start and end node identifiers. See {@link FootpathMerger} for
 * how footpaths join the roads.
 */
public final class OpenRoadsNetworkBuilder {

    private final NetworkDraft draft = new NetworkDraft();
    private final List<Layer> footpathLayers = new ArrayList<>();
    private FootpathMerger.Options footpathOptions = FootpathMerger.Options.defaults();
    private java.nio.file.Path storeDir;
    private int roadLinks;
    private int motorwayLinks;

    /** Adds the links of one RoadLink layer (a shapefile tile or the GeoPackage's road_link table). */
    public OpenRoadsNetworkBuilder addRoads(Layer roadLinks) {
        return addLinks(OpenRoadsSchema.links(roadLinks));
    }

    /** Adds road links already read. */
    public OpenRoadsNetworkBuilder addLinks(Iterable<NetworkLink> links) {
        for (NetworkLink link : links) {
            if (draft.add(link)) {
                roadLinks++;
                if (!link.walkable()) {
                    motorwayLinks++;
                }
            }
        }
        return this;
    }

    /** Adds a footpath layer (lines, EPSG:27700) to merge into the roads when building. */
    public OpenRoadsNetworkBuilder addFootpaths(Layer footpaths) {
        footpathLayers.add(footpaths);
        return this;
    }

    /** Sets how footpaths join the roads. */
    public OpenRoadsNetworkBuilder footpathOptions(FootpathMerger.Options options) {
        this.footpathOptions = options;
        return this;
    }

    /**
     * Keeps the graph ready to be written into GraphHopper's files in a folder ({@link NetworkCache#save}),
     * so that {@link NetworkCache} can reload it; the build itself writes nothing there.
     */
    public OpenRoadsNetworkBuilder storeIn(java.nio.file.Path dir) {
        this.storeDir = dir;
        return this;
    }

    /**
     * Merges the footpaths and writes the graph.
     *
     * @param projection the coordinate transform shared with later snapping (one per network)
     */
    public Built build(NetworkProjection projection) {
        FootpathMerger.Report footpathReport = null;
        if (!footpathLayers.isEmpty()) {
            footpathReport = new FootpathMerger(draft, footpathOptions).merge(footpathLayers);
        }
        BuildReport report = new BuildReport(roadLinks, draft.duplicateLinks(), draft.degenerateLinks(), motorwayLinks,
                footpathReport);
        return new Built(GraphWriter.write(draft, projection, storeDir), report);
    }

    /** As {@link #build(NetworkProjection)} with a new projection. */
    public Built build() {
        return build(new NetworkProjection());
    }

    /** A network and the report of how it was built. */
    public record Built(WalkingNetwork network, BuildReport report) {
    }

    /**
     * Counts from a build.
     *
     * @param roadLinks      road links added
     * @param duplicateLinks links skipped because another tile had them already
     * @param emptyLinks     links skipped because they had no length
     * @param motorwayLinks  links stored as not walkable
     * @param footpaths      how footpaths were merged, or null without footpaths
     */
    public record BuildReport(int roadLinks, int duplicateLinks, int emptyLinks, int motorwayLinks,
                              FootpathMerger.Report footpaths) {
    }
}
