package org.catchment.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.catchment.CatchmentException;
import org.catchment.io.LayerReader;
import org.catchment.layer.Crs;
import org.catchment.network.OsmExtent;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Compares the network's extent with the study area before anything else is read, so that a
 * network of another place is reported as such (and not, later, as facilities that cannot reach a
 * path). The network's extent is the union of its files' extents, each told cheaply
 * ({@link LayerReader#extent}: a shapefile's header, a GeoPackage's R-tree; an OpenStreetMap
 * extract's header box, {@link OsmExtent}) and taken into the working CRS, each widened by the
 * trim distance (service areas reach that far beyond the streets). The share covered is the area
 * of the study area within that union over the study area's area: none is an error, less than
 * {@link #FULL_SHARE} a warning; both name the two extents (the network's unwidened) and the share.
 */
final class NetworkCover {

    /** A study area at least this much within the network's extent counts as covered (the edge of a ward in the sea). */
    static final double FULL_SHARE = 0.99;

    private NetworkCover() {
    }

    /**
     * @param analysis  the analysis, in its working CRS
     * @param studyArea the study area (the selected zones' union), in the working CRS
     * @return a warning when the network's extent covers only part of the study area, else empty
     * @throws CatchmentException when the network's extent and the study area do not meet
     */
    static Optional<String> check(Analysis analysis, Geometry studyArea) {
        CoordinateReferenceSystem crs = analysis.workingCrs();
        GeometryFactory gf = studyArea.getFactory();
        double trim = analysis.spec().catchments().trimDistanceM();
        List<Geometry> boxes = new ArrayList<>();
        for (LayerRef ref : sources(analysis)) {
            Envelope e = extent(analysis, ref, crs);
            if (!e.isNull()) {
                e.expandBy(trim);
                boxes.add(gf.toGeometry(e));
            }
        }
        double area = studyArea.getArea();
        if (area <= 0) {
            return Optional.empty();
        }
        Geometry network = UnaryUnionOp.union(boxes, gf);
        double covered = network == null ? 0 : OverlayNGRobust.overlay(studyArea, network, OverlayNG.INTERSECTION).getArea();
        double share = covered / area;
        String names = String.join(", ", analysis.spec().network().roads());
        Envelope networkExtent = network == null ? new Envelope() : network.getEnvelopeInternal();
        if (!networkExtent.isNull()) {
            networkExtent.expandBy(-trim);
        }
        String extents = "the network covers " + describe(networkExtent)
                + " and the study area " + describe(studyArea.getEnvelopeInternal()) + " (" + Crs.label(crs) + ")";
        if (covered == 0) {
            throw new CatchmentException(names + ": the network and the study area do not meet: " + extents
                    + ", so none (0%) of the study area is covered. Check that network.roads is the network of the"
                    + " study area's place, and the study area the one meant.");
        }
        if (share < FULL_SHARE) {
            return Optional.of(String.format(Locale.ROOT, "%s: the network covers only %.0f%% of the study area: %s."
                    + " Places beyond the network cannot be reached; give a network that covers the whole study area.",
                    names, Math.floor(share * 100), extents));
        }
        return Optional.empty();
    }

    /** @return the network's files: the road files (a folder expanded) and the footpath layers */
    private static List<LayerRef> sources(Analysis analysis) {
        List<LayerRef> refs = new ArrayList<>(analysis.roads());
        analysis.spec().network().footpaths().forEach(f -> refs.add(analysis.layer(f)));
        return refs;
    }

    /** @return a file's extent in the working CRS (a file without a CRS taken to be in it); a null envelope when empty */
    private static Envelope extent(Analysis analysis, LayerRef ref, CoordinateReferenceSystem crs) {
        if (SpecRules.isOpenStreetMap(ref.file().toString())) {
            return Crs.transform(OsmExtent.of(ref.file()), Crs.wgs84(), crs);
        }
        ReferencedEnvelope e = LayerReader.extent(ref.file(), ref.table());
        if (e.isNull()) {
            return new Envelope();
        }
        CoordinateReferenceSystem own = e.getCoordinateReferenceSystem() != null ? e.getCoordinateReferenceSystem()
                : analysis.workingCrs();
        return Crs.transform(e, own, crs);
    }

    /** @return "E 480123 to 498765, N 298765 to 315432" */
    static String describe(Envelope e) {
        return e.isNull() ? "nothing" : String.format(Locale.ROOT, "E %.0f to %.0f, N %.0f to %.0f", e.getMinX(),
                e.getMaxX(), e.getMinY(), e.getMaxY());
    }
}
