package org.catchment.overlay;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The zones of a further zone layer (LSOAs, say) that share area with the study area's zones:
 * the zones a run reports. A zone wholly outside the study area, or touching it only along its
 * edge, is left out; a zone partly inside is kept whole, as coverage is reported for whole zones.
 * Without this a national zone layer under a district's study area would make the run read the
 * network of the whole nation, since the run reads the network around every zone it reports.
 *
 * <p>The test is exact: a zone is kept when its intersection with some study-area zone has an
 * area. Most zones are decided without an overlay: one whose interior point lies strictly inside
 * a study-area zone shares area with it.
 */
public final class StudyOverlap {

    /**
     * @param layer   the zones kept (the layer's own features, in file order)
     * @param leftOut how many zones were left out
     * @param meeting how many of the kept zones share area with the study area (the others have
     *                no geometry or no area)
     */
    public record Kept(Layer layer, int leftOut, int meeting) {
    }

    private final STRtree index = new STRtree();
    private final Map<Zone, PreparedGeometry> prepared = new IdentityHashMap<>();
    /** The zones kept so far because they have no geometry or no area. */
    private int withoutArea;

    private StudyOverlap(List<Zone> study) {
        for (Zone z : study) {
            index.insert(z.geometry().getEnvelopeInternal(), z);
        }
    }

    /**
     * @param zones a zone layer in the study area's CRS; a layer of other than polygons is returned
     *              as it is (reading it as zones reports that)
     * @param study the study area's zones ({@link StudyArea#zones()}), repaired
     * @return the zones that share area with the study area; zones without a geometry or an area
     *     are kept, for the zone reader to report
     */
    public static Kept of(Layer zones, List<Zone> study) {
        if (zones.kind() != GeometryKind.POLYGON) {
            return new Kept(zones, 0, zones.size());
        }
        StudyOverlap overlap = new StudyOverlap(study);
        Layer kept = zones.keeping(overlap::keeps);
        return new Kept(kept, zones.size() - kept.size(), kept.size() - overlap.withoutArea);
    }

    /** @return whether to keep a zone: it shares area with the study area, or has no area to test */
    private boolean keeps(SimpleFeature feature) {
        Geometry g = Layer.geometry(feature);
        g = g == null || g.isEmpty() ? null : Polygons.repaired(g);
        if (g == null || g.getArea() == 0) {
            withoutArea++;
            return true;
        }
        return meets(g);
    }

    /** @param g a zone with an area, repaired */
    private boolean meets(Geometry g) {
        @SuppressWarnings("unchecked")
        List<Zone> near = index.query(g.getEnvelopeInternal());
        Point inside = g.getInteriorPoint();
        for (Zone z : near) {
            if (prepared(z).containsProperly(inside)) {
                return true;
            }
        }
        for (Zone z : near) {
            if (prepared(z).intersects(g) && Polygons.intersection(g, z.geometry()).getArea() > 0) {
                return true;
            }
        }
        return false;
    }

    private PreparedGeometry prepared(Zone z) {
        return prepared.computeIfAbsent(z, k -> PreparedGeometryFactory.prepare(k.geometry()));
    }
}
