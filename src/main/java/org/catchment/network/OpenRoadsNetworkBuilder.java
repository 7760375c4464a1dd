package org.catchment.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;

/**
 * Builds a walking network from OS Open Roads road links, optionally with a footpath layer
 * merged in.
 *
 * <p>Several tiles may be added; a link present in two tiles (same identifier) is kept once.
 * Topology comes from the links' start and end node identifiers. See {@link FootpathMerger} for
 * how footpaths join the roads.
 */
public final class OpenRoadsNetworkBuilder {

    private final CoordinateReferenceSystem workingCrs;
    private final NetworkDraft draft = new NetworkDraft();
    private final List<Layer> footpathLayers = new ArrayList<>();
    private FootpathMerger.Options footpathOptions = FootpathMerger.Options.defaults();
    private java.nio.file.Path storeDir;
    private int roadLinks;
    private int motorwayLinks;

    /** @param workingCrs the CRS of the links and layers added (projected, metres), kept by the network */
    public OpenRoadsNetworkBuilder(CoordinateReferenceSystem workingCrs) {
        this.workingCrs = Objects.requireNonNull(workingCrs, "workingCrs");
    }

    /** Adds the links of one RoadLink layer (a shapefile tile or the GeoPackage's road_link table), in the working CRS. */
    public OpenRoadsNetworkBuilder addRoads(Layer roadLinks) {
        requireWorkingCrs(roadLinks);
        return addLinks(OpenRoadsSchema.links(roadLinks));
    }

    private void requireWorkingCrs(Layer layer) {
        if (layer.crs() != null && !Crs.sameAs(layer.crs(), workingCrs)) {
            throw new IllegalArgumentException(layer.name() + " is in " + Crs.label(layer.crs()) + ", not the working CRS "
                    + Crs.label(workingCrs));
        }
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

    /** Adds a footpath layer (lines, in the working CRS) to merge into the roads when building. */
    public OpenRoadsNetworkBuilder addFootpaths(Layer footpaths) {
        requireWorkingCrs(footpaths);
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
     * @param projection the coordinate transform shared with later snapping (one per network), from the working CRS
     */
    public Built build(NetworkProjection projection) {
        if (!Crs.sameAs(projection.crs(), workingCrs)) {
            throw new IllegalArgumentException("the projection is from " + Crs.label(projection.crs())
                    + ", not the working CRS " + Crs.label(workingCrs));
        }
        FootpathMerger.Report footpathReport = null;
        if (!footpathLayers.isEmpty()) {
            footpathReport = new FootpathMerger(draft, footpathOptions).merge(footpathLayers);
        }
        BuildReport report = new BuildReport(roadLinks, draft.duplicateLinks(), draft.degenerateLinks(), motorwayLinks,
                footpathReport);
        return new Built(GraphWriter.write(draft, projection, storeDir), report);
    }

    /** As {@link #build(NetworkProjection)} with a new projection from the working CRS. */
    public Built build() {
        return build(new NetworkProjection(workingCrs));
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
