package org.catchment.network;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;

/**
 * Builds a walking network from road layers, optionally with a footpath layer merged in.
 *
 * <p>An OS Open Roads RoadLink layer (one with start and end node fields) is joined by its node
 * identifiers: several tiles may be added, and a link present in two tiles (same identifier) is
 * kept once. Any other line layer is joined at shared vertices ({@link LineTopology}). Which links
 * may be walked is each layer's {@link Walkability} rule. See {@link FootpathMerger} for how
 * footpaths join the roads.
 */
public final class OpenRoadsNetworkBuilder {

    private final CoordinateReferenceSystem workingCrs;
    private final NetworkDraft draft = new NetworkDraft();
    private final LineTopology lines = new LineTopology();
    private final Set<String> rules = new LinkedHashSet<>();
    private final List<Layer> footpathLayers = new ArrayList<>();
    private FootpathMerger.Options footpathOptions = FootpathMerger.Options.defaults();
    private java.nio.file.Path storeDir;
    private int roadLinks;
    private int motorwayLinks;
    private boolean byNodeIds;

    /** @param workingCrs the CRS of the links and layers added (projected, metres), kept by the network */
    public OpenRoadsNetworkBuilder(CoordinateReferenceSystem workingCrs) {
        this.workingCrs = Objects.requireNonNull(workingCrs, "workingCrs");
    }

    /** As {@link #addRoads(Layer, Walkability)} with the rule the layer's fields point to ({@link Walkability#detect}). */
    public OpenRoadsNetworkBuilder addRoads(Layer roads) {
        return addRoads(roads, Walkability.of(null, roads));
    }

    /**
     * Adds a road layer in the working CRS: a RoadLink layer (a shapefile tile or the GeoPackage's
     * road_link table) joined by node identifiers, or any other line layer, joined at shared vertices.
     *
     * @param walkable the rule saying which of its lines may be walked
     */
    public OpenRoadsNetworkBuilder addRoads(Layer roads, Walkability walkable) {
        requireWorkingCrs(roads);
        rules.add(walkable.describe());
        if (OpenRoadsSchema.hasNodeFields(Walkability.fieldNames(roads))) {
            return addLinks(OpenRoadsSchema.links(roads, walkable.on(roads)));
        }
        lines.add(roads, walkable.on(roads));
        return this;
    }

    private void requireWorkingCrs(Layer layer) {
        if (layer.crs() != null && !Crs.sameAs(layer.crs(), workingCrs)) {
            throw new IllegalArgumentException(layer.name() + " is in " + Crs.label(layer.crs()) + ", not the working CRS "
                    + Crs.label(workingCrs));
        }
    }

    /** Adds road links already read. */
    public OpenRoadsNetworkBuilder addLinks(Iterable<NetworkLink> links) {
        byNodeIds = true;
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
        LineTopology.Report lineReport = null;
        if (!lines.isEmpty()) {
            lineReport = lines.addTo(draft, footpathOptions.nodeCrossings());
            roadLinks += lineReport.links();
            motorwayLinks += lineReport.notWalkable();
        }
        FootpathMerger.Report footpathReport = null;
        if (!footpathLayers.isEmpty()) {
            footpathReport = new FootpathMerger(draft, footpathOptions).merge(footpathLayers);
        }
        String walkability = rules.isEmpty() ? "as each link says" : String.join("; ", rules);
        BuildReport report = new BuildReport(roadLinks, draft.duplicateLinks(), draft.degenerateLinks(), motorwayLinks,
                lineReport, footpathReport, walkability);
        WalkingNetwork.Source source = byNodeIds || lines.isEmpty() ? WalkingNetwork.Source.OS_OPEN_ROADS
                : WalkingNetwork.Source.LINES;
        return new Built(GraphWriter.write(draft, projection, storeDir, source, walkability), report);
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
     * @param motorwayLinks  links stored as not walkable (motorways in OS Open Roads)
     * @param lines          how line layers without node identifiers were joined, or null without such layers
     * @param footpaths      how footpaths were merged, or null without footpaths
     * @param walkability    the walkability rule of each road layer, in words ({@link Walkability#describe})
     */
    public record BuildReport(int roadLinks, int duplicateLinks, int emptyLinks, int motorwayLinks,
                              LineTopology.Report lines, FootpathMerger.Report footpaths, String walkability) {
    }
}
