package org.catchment.export;

import java.util.ArrayList;
import java.util.List;
import org.catchment.analysis.Accessibility;
import org.catchment.analysis.OutputNames;
import org.catchment.analysis.PostcodeAccess;
import org.catchment.overlay.ZoneAccess;
import org.catchment.servicearea.PointAccess;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The accessibility indicators as outputs: per zone layer asked for, {@code access_<zone>.csv}
 * (columns: docs/analysis-file.md#outputs); for the postcodes, the table {@code access_postcodes.csv} and
 * the GeoPackage layer {@code access_postcodes}, one row per postcode of the study area with, per
 * facility type, {@code <type>_min} (the minutes) and {@code <type>_flag}: empty when the minutes
 * are given, {@code more_than_<R>} when the nearest facility is farther than the type's largest
 * band R (the minutes are then left empty: the search stops at R, so no number would be right),
 * {@code off_network} when the postcode is farther from any walkable path than the snap tolerance.
 */
final class AccessOutputs {

    /** The flag of a postcode farther from the network than the snap tolerance. */
    static final String OFF_NETWORK = "off_network";
    /** The name of the GeoPackage layer. */
    static final String LAYER = "access_postcodes";

    private AccessOutputs() {
    }

    /** @return the postcodes' table (when asked for), then each zone layer's, in the order of {@code OutputNames} */
    static List<StatisticsTables.Table> tables(Accessibility access) {
        List<StatisticsTables.Table> out = new ArrayList<>();
        if (access.postcodes() != null) {
            out.add(table(access.postcodes()));
        }
        for (Accessibility.ZoneTable z : access.zones()) {
            out.add(zoneTable(z));
        }
        return out;
    }

    /**
     * @return a zone layer's table: one row per zone, type and band with the residents within the
     *     band, their share, the zone's residents, and the weighted mean minutes or its flag
     */
    static StatisticsTables.Table zoneTable(Accessibility.ZoneTable table) {
        List<List<Object>> rows = new ArrayList<>();
        for (Accessibility.TypeRows t : table.types()) {
            for (ZoneAccess.Row r : t.rows()) {
                rows.add(List.of(r.zone(), t.type(), t.label(), r.bandMin(), StatisticsTables.residents(r.residentsWithin()),
                        r.shareWithin() == null ? "" : r.shareWithin(), StatisticsTables.residents(r.zoneResidents()),
                        r.meanMin() == null ? "" : r.meanMin(), r.meanFlag()));
            }
        }
        return new StatisticsTables.Table(OutputNames.accessTable(table.zoneName()), List.of("zone", "type", "label",
                "band_min", "residents_within", "share_within", "zone_residents", "mean_min", "mean_flag"), rows);
    }

    /** @return the table of the postcodes' minutes */
    static StatisticsTables.Table table(PostcodeAccess access) {
        List<String> header = new ArrayList<>(List.of("postcode", "easting", "northing"));
        for (PostcodeAccess.TypeMinutes t : access.types()) {
            header.add(t.type() + "_min");
            header.add(t.type() + "_flag");
        }
        List<List<Object>> rows = new ArrayList<>(access.postcodes().size());
        for (int i = 0; i < access.postcodes().size(); i++) {
            Coordinate c = access.points().get(i);
            List<Object> row = new ArrayList<>(List.of(access.postcodes().get(i), c.x, c.y));
            for (PostcodeAccess.TypeMinutes t : access.types()) {
                double m = t.minutes()[i];
                row.add(PointAccess.reached(m) ? (Object) m : "");
                row.add(flag(t, m));
            }
            rows.add(row);
        }
        return new StatisticsTables.Table(OutputNames.ACCESS_POSTCODES, header, rows);
    }

    /** @return the postcodes as points with the table's fields (minutes null where the table leaves them empty) */
    static org.catchment.layer.Layer layer(PostcodeAccess access, GeometryFactory factory,
                                           CoordinateReferenceSystem crs) {
        LayerBuilder b = new LayerBuilder(LAYER, Point.class, crs).attribute("postcode", String.class)
                .attribute("easting", Double.class).attribute("northing", Double.class);
        for (PostcodeAccess.TypeMinutes t : access.types()) {
            b.attribute(t.type() + "_min", Double.class).attribute(t.type() + "_flag", String.class);
        }
        int types = access.types().size();
        for (int i = 0; i < access.postcodes().size(); i++) {
            Coordinate c = access.points().get(i);
            Object[] row = new Object[3 + 2 * types];
            row[0] = access.postcodes().get(i);
            row[1] = c.x;
            row[2] = c.y;
            for (int k = 0; k < types; k++) {
                PostcodeAccess.TypeMinutes t = access.types().get(k);
                double m = t.minutes()[i];
                row[3 + 2 * k] = PointAccess.reached(m) ? m : null;
                row[4 + 2 * k] = flag(t, m);
            }
            b.add(factory.createPoint(new Coordinate(c)), row);
        }
        return b.build();
    }

    /** @return the flag of one postcode's minutes for one type */
    static String flag(PostcodeAccess.TypeMinutes type, double minutes) {
        if (Double.isNaN(minutes)) {
            return OFF_NETWORK;
        }
        return Double.isInfinite(minutes) ? Accessibility.beyondFlag(type.maxBandMin()) : "";
    }
}
