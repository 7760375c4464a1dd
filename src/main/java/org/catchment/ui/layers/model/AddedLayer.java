package org.catchment.ui.layers.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.catchment.analysis.AnalysisSpec.FacilitySpec;
import org.catchment.io.ReadOptions;
import org.catchment.io.csv.CsvPointOptions;
import org.catchment.layer.Crs;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;

/**
 * How a layer the user added was read (file, GeoPackage table, CSV columns), kept so the layer can
 * be read again the same way and turned into a facility type of the analysis.
 *
 * @param file           the layer file, absolute
 * @param table          the GeoPackage table, or null
 * @param xField         a CSV's easting or longitude column, or null
 * @param yField         a CSV's northing or latitude column, or null
 * @param crs            a CSV's coordinate CRS, e.g. EPSG:4326, or null
 * @param postcodeField  a CSV's postcode column, or null
 * @param postcodeLookup a CSV's postcode lookup file, or null
 * @param skipBadRows    true when a CSV's rows that cannot be placed (a blank coordinate, a
 *                       postcode the lookup lacks) are left out and listed in a warning, as
 *                       {@code bad_rows: skip} does; false when the first one is an error
 */
public record AddedLayer(Path file, String table, String xField, String yField, String crs, String postcodeField,
                         Path postcodeLookup, boolean skipBadRows) {

    /** @return a layer read from a whole file (shapefile, GeoJSON, one-table GeoPackage) */
    public static AddedLayer of(Path file) {
        return new AddedLayer(file, null, null, null, null, null, null, false);
    }

    /** @return a layer read from one table of a GeoPackage */
    public static AddedLayer table(Path gpkg, String table) {
        return new AddedLayer(gpkg, table, null, null, null, null, null, false);
    }

    /** @return true for a CSV of points */
    public boolean isCsv() {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".txt");
    }

    /**
     * @param mapCrs the map's CRS, the layer is read into (null: chosen from the layer, as {@code auto} does)
     * @return the read options for a spatial file (the table, if any)
     */
    public ReadOptions readOptions(CoordinateReferenceSystem mapCrs) {
        ReadOptions read = ReadOptions.in(mapCrs);
        return table == null ? read : read.withTable(table);
    }

    /**
     * @param mapCrs the map's CRS, the points are read into (null: chosen from the points)
     * @return the options to read a CSV with
     */
    public CsvPointOptions csvOptions(CoordinateReferenceSystem mapCrs) {
        ReadOptions read = ReadOptions.in(mapCrs).withBadRows(badRows());
        if (crs != null) {
            read = read.withCrs(Crs.decode(crs));
        }
        return new CsvPointOptions(xField, yField, postcodeField, postcodeLookup, read);
    }

    /** @return the bad-row policy the layer is read with */
    public ReadOptions.BadRowPolicy badRows() {
        return skipBadRows ? ReadOptions.BadRowPolicy.SKIP : ReadOptions.BadRowPolicy.FAIL;
    }

    /** @return the name the layer panel shows: the file name, with the table after a colon */
    public String displayName() {
        String name = file.getFileName().toString();
        return table == null ? name : name + ": " + table;
    }

    /** @return a type identifier to propose: the table or file name, lower-case, other characters as _ */
    public String suggestedType() {
        String base = table != null ? table : file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        return id.matches("[a-z].*") ? id : "type_" + id;
    }

    /**
     * @param analysisDir the analysis file's folder, or null
     * @return the layer as the analysis file writes it: the path relative to the folder (see
     *     {@link org.catchment.analysis.SpecPaths#relative}), {@code #table} for a table
     */
    public String layerText(Path analysisDir) {
        return path(file, analysisDir) + (table == null ? "" : "#" + table);
    }

    /**
     * @param type        the type identifier
     * @param label       the readable name, or null
     * @param bandsMin    the time bands
     * @param analysisDir the analysis file's folder, or null
     * @return the facility type reading this layer as it was read here
     */
    public FacilitySpec facility(String type, String label, List<Double> bandsMin, Path analysisDir) {
        return FacilitySpec.builder(type).label(label).layer(layerText(analysisDir)).bandsMin(bandsMin)
                .postcodeLookup(postcodeLookup == null ? null : path(postcodeLookup, analysisDir))
                .postcodeField(postcodeField).xField(xField).yField(yField).crs(crs)
                .badRows(skipBadRows ? ReadOptions.BadRowPolicy.SKIP : null).build();
    }

    private static String path(Path p, Path dir) {
        return org.catchment.analysis.SpecPaths.relative(p, dir);
    }
}
