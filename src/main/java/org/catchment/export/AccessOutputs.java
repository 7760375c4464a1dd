package org.catchment.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.catchment.analysis.Accessibility;
import org.catchment.analysis.OutputNames;
import org.catchment.analysis.PostcodeAccess;
import org.catchment.io.geopackage.PartedLayer;
import org.catchment.overlay.Zone;
import org.catchment.overlay.ZoneAccess;
import org.catchment.servicearea.PointAccess;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
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
    /** How many postcodes each part of the table and of the layer holds. */
    static final int POSTCODES_PER_PART = 50_000;

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

    /**
     * @return the table of the postcodes' minutes, in parts of {@value #POSTCODES_PER_PART} postcodes
     *     made as they are written (the 1.7 million postcodes of Great Britain are never held as rows)
     */
    static StatisticsTables.Table table(PostcodeAccess access) {
        List<String> header = new ArrayList<>(List.of("postcode", "easting", "northing"));
        for (PostcodeAccess.TypeMinutes t : access.types()) {
            header.add(t.type() + "_min");
            header.add(t.type() + "_flag");
        }
        return new StatisticsTables.Table(OutputNames.ACCESS_POSTCODES, header, parts(access), part -> {
            List<List<Object>> rows = new ArrayList<>();
            for (int i = first(part); i < end(access, part); i++) {
                Coordinate c = access.points().get(i);
                List<Object> row = new ArrayList<>(List.of(access.postcodes().get(i), c.x, c.y));
                for (PostcodeAccess.TypeMinutes t : access.types()) {
                    double m = t.minutes()[i];
                    row.add(PointAccess.reached(m) ? (Object) m : "");
                    row.add(flag(t, m));
                }
                rows.add(row);
            }
            return rows;
        });
    }

    /**
     * @return the postcodes as points with the table's fields (minutes null where the table leaves
     *     them empty), in the parts of {@link #table}, for the GeoPackage
     */
    static PartedLayer partedLayer(PostcodeAccess access, GeometryFactory factory, CoordinateReferenceSystem crs) {
        return new PartedLayer(LAYER, builder(access, crs).build().featureType(), parts(access),
                part -> layer(access, factory, crs, first(part), end(access, part)));
    }

    private static int parts(PostcodeAccess access) {
        return Math.max(1, (access.postcodes().size() + POSTCODES_PER_PART - 1) / POSTCODES_PER_PART);
    }

    private static int first(int part) {
        return part * POSTCODES_PER_PART;
    }

    private static int end(PostcodeAccess access, int part) {
        return Math.min(access.postcodes().size(), (part + 1) * POSTCODES_PER_PART);
    }

    private static LayerBuilder builder(PostcodeAccess access, CoordinateReferenceSystem crs) {
        LayerBuilder b = new LayerBuilder(LAYER, Point.class, crs).attribute("postcode", String.class)
                .attribute("easting", Double.class).attribute("northing", Double.class);
        for (PostcodeAccess.TypeMinutes t : access.types()) {
            b.attribute(t.type() + "_min", Double.class).attribute(t.type() + "_flag", String.class);
        }
        return b;
    }

    /** @return postcodes {@code from} to {@code to} (exclusive) as points with the table's fields */
    private static org.catchment.layer.Layer layer(PostcodeAccess access, GeometryFactory factory,
                                                   CoordinateReferenceSystem crs, int from, int to) {
        LayerBuilder b = builder(access, crs);
        int types = access.types().size();
        for (int i = from; i < to; i++) {
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

    /**
     * @param table the zone layer's accessibility rows ({@link ZoneAccess}: per zone in order, one row per band)
     * @param zones the zones of that layer, in the same order
     * @return the zones as polygons, one feature per zone: {@code zone}, {@code zone_residents}, and
     *     per type {@code <type>_mean_min} (null where the table leaves it empty), {@code <type>_mean_flag}
     *     and {@code <type>_within_<band>}, the share of the residents within each band
     */
    static org.catchment.layer.Layer zoneLayer(Accessibility.ZoneTable table, List<Zone> zones, GeometryFactory factory,
                                               CoordinateReferenceSystem crs) {
        LayerBuilder b = new LayerBuilder(zoneLayerName(table.zoneName()), MultiPolygon.class, crs)
                .attribute("zone", String.class).attribute("zone_residents", Double.class);
        int[] bands = new int[table.types().size()];
        for (int k = 0; k < bands.length; k++) {
            Accessibility.TypeRows t = table.types().get(k);
            b.attribute(t.type() + "_mean_min", Double.class).attribute(t.type() + "_mean_flag", String.class);
            bands[k] = zones.isEmpty() ? 0 : t.rows().size() / zones.size();
            for (ZoneAccess.Row r : t.rows().subList(0, bands[k])) {
                b.attribute(t.type() + "_within_" + ResultLayers.band(r.bandMin()), Double.class);
            }
        }
        int width = 2 + 2 * bands.length + Arrays.stream(bands).sum();
        for (int z = 0; z < zones.size(); z++) {
            Object[] row = new Object[width];
            row[0] = zones.get(z).name();
            int i = 2;
            for (int k = 0; k < bands.length; k++) {
                List<ZoneAccess.Row> rows = table.types().get(k).rows().subList(z * bands[k], (z + 1) * bands[k]);
                row[1] = rows.get(0).zoneResidents();
                row[i++] = rows.get(0).meanMin();
                row[i++] = rows.get(0).meanFlag();
                for (ZoneAccess.Row r : rows) {
                    row[i++] = r.shareWithin();
                }
            }
            b.add(ResultLayers.multi(zones.get(z).geometry(), factory), row);
        }
        return b.build();
    }

    /** @return the GeoPackage layer of a zone layer's accessibility, named as its table: {@code access_lsoa} */
    static String zoneLayerName(String zoneName) {
        String table = OutputNames.accessTable(zoneName);
        return table.substring(0, table.length() - ".csv".length());
    }

    /** @return the flag of one postcode's minutes for one type */
    static String flag(PostcodeAccess.TypeMinutes type, double minutes) {
        if (Double.isNaN(minutes)) {
            return OFF_NETWORK;
        }
        return Double.isInfinite(minutes) ? Accessibility.beyondFlag(type.maxBandMin()) : "";
    }
}
