package org.catchment.tiling;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * What one tile of a tiled run keeps: only what lies in its cell ({@link TilePlan}), in plain
 * numbers and geometries, so that it can be stored and read back exactly ({@link TilePartCodec})
 * and the tiles merged into one result. Facilities and points are named by their index in the
 * whole run's lists, never by the tile's own.
 *
 * @param tile     the tile's index in its plan
 * @param id       the tile's name
 * @param network  the tile's network in words (links, nodes), for the summary
 * @param warnings what the tile had to warn about (facilities on islands of its network)
 * @param notes    what the tile's network build said
 * @param types    per facility type, in the analysis file's order
 * @param nodes    the nodes of the cell reached by some type
 * @param postcodes the indexes of the run's postcodes in the cell, ascending
 * @param residents the indexes of the run's resident points in the cell, ascending
 * @param overlay   the overlay within the cell; null only while {@code analysis.TileRun} makes the
 *                  part, as the overlay is made once the tile's network is closed
 */
public record TilePart(int tile, String id, String network, List<String> warnings, List<String> notes,
                       List<TypePart> types, NodeRows nodes, int[] postcodes, int[] residents, CellOverlay overlay) {

    public TilePart {
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
        types = List.copyOf(types);
    }

    /**
     * @return this part without its rows (no nodes, no reachable stretches) and with its polygons'
     *     coordinates packed ({@link Compact}): what a tiled run keeps in memory of a finished tile,
     *     the rows being read back for the export ({@link TileParts})
     */
    public TilePart withoutRows() {
        List<TypePart> light = types.stream().map(t -> new TypePart(t.disks().stream().map(Compact::of).toList(),
                t.access(), t.failures(), t.notes(), List.of(), t.postcodeMinutes(), t.residentMinutes())).toList();
        int count = nodes.minutes().length;
        NodeRows none = new NodeRows(new String[0], new double[0], new double[0], new double[count][0],
                new int[count][0]);
        CellOverlay compact = overlay == null ? null : new CellOverlay(
                overlay.served().stream().map(p -> new ServedPiece(Compact.of(p.geometry()), p.missing())).toList(),
                overlay.deserts().stream().map(d -> new DesertPiece((Polygon) Compact.of(d.polygon()), d.missingSets(),
                        d.atSeam())).toList(), overlay.coverage());
        return new TilePart(tile, id, network, warnings, notes, light, none, postcodes, residents, compact);
    }

    /**
     * One facility type in one tile.
     *
     * @param disks           each band's disk (0 to the band) clipped to the cell, smallest band first
     * @param access          the access points of the facilities this tile owns, by facility then in order
     * @param failures        the facilities this tile owns that could not join its network, in order
     * @param notes           what joining the facilities said
     * @param reach           the reachable stretches whose middle lies in the cell
     * @param postcodeMinutes minutes at each of {@link TilePart#postcodes()}
     * @param residentMinutes minutes at each of {@link TilePart#residents()}
     */
    public record TypePart(List<Geometry> disks, List<AccessPoint> access, List<Failure> failures, List<String> notes,
                           List<Reach> reach, double[] postcodeMinutes, double[] residentMinutes) {

        public TypePart {
            disks = List.copyOf(disks);
            access = List.copyOf(access);
            failures = List.copyOf(failures);
            notes = List.copyOf(notes);
            reach = List.copyOf(reach);
        }
    }

    /**
     * The overlay of a tile's cell, which the tiles' parts are merged from without any polygon
     * spanning more than a tile: the served surface over the cell's part of the study area, the
     * places that meet the desert rule there, and the covered parts of the zones in the cell.
     *
     * @param served   the pieces of the served surface, each of one set of serving types
     * @param deserts  the places of the cell that meet the desert rule, before the sliver rule
     * @param coverage per set of zones (the study area's, then each zone layer's), the zones meeting the cell
     */
    public record CellOverlay(List<ServedPiece> served, List<DesertPiece> deserts, List<ZoneCover> coverage) {

        public CellOverlay {
            served = List.copyOf(served);
            deserts = List.copyOf(deserts);
            coverage = List.copyOf(coverage);
        }
    }

    /**
     * A piece of a cell's served surface.
     *
     * @param geometry its polygons
     * @param missing  the indexes of the types that do not serve it, ascending
     */
    public record ServedPiece(Geometry geometry, int[] missing) {
    }

    /**
     * A connected place of a cell that meets the desert rule.
     *
     * @param polygon     the place
     * @param missingSets the sets of missing types (indexes, ascending) found within it, as the rule counts them
     * @param atSeam      whether it reaches the cell's boundary, where it may go on in another tile
     */
    public record DesertPiece(Polygon polygon, List<int[]> missingSets, boolean atSeam) {

        public DesertPiece {
            missingSets = List.copyOf(missingSets);
        }
    }

    /**
     * The zones of one set that meet a cell, and the parts of them in the cell covered by each band
     * area (every band of every type, in the order of the coverage rows).
     *
     * @param zones     the zones' indexes in the set, ascending
     * @param areaM2    per band area, per zone listed, the covered area in the cell
     * @param residents per band area, per zone listed, the residents counted by this tile; null without population
     */
    public record ZoneCover(int[] zones, double[][] areaM2, double[][] residents) {
    }

    /**
     * Where a facility joins the network.
     *
     * @param facility     the facility's index in the type's list
     * @param x            the joining point's easting
     * @param y            its northing
     * @param offsetM      the straight distance from the facility to it, m
     * @param startMinutes the time already spent there
     */
    public record AccessPoint(int facility, double x, double y, double offsetM, double startMinutes) {
    }

    /**
     * A facility that could not join the network.
     *
     * @param facility   the facility's index in the type's list
     * @param x          the point tried, easting
     * @param y          its northing
     * @param nearestM   the distance to the nearest walkable edge (infinite: none near)
     * @param toleranceM the snap tolerance
     */
    public record Failure(int facility, double x, double y, double nearestM, double toleranceM) {
    }

    /**
     * A reachable stretch of network.
     *
     * @param line       its geometry
     * @param band       its band's index
     * @param facility   the nearest facility's index in the type's list
     * @param fromMin    minutes at its start
     * @param toMin      minutes at its end
     * @param lengthM    its length, m
     */
    public record Reach(LineString line, int band, int facility, double fromMin, double toMin, double lengthM) {
    }

    /**
     * Nodes reached, column by column.
     *
     * @param sourceIds each node's id in the source data
     * @param x         eastings
     * @param y         northings
     * @param minutes   per type, minutes at each node (NaN: not reached within the type's largest band)
     * @param facility  per type, the nearest facility's index at each node (-1: not reached)
     */
    public record NodeRows(String[] sourceIds, double[] x, double[] y, double[][] minutes, int[][] facility) {

        /** @return the number of nodes */
        public int size() {
            return x.length;
        }
    }
}
