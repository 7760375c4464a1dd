package org.catchment.ui.layers.model;

import java.nio.file.Path;
import java.util.List;
import org.catchment.CatchmentException;
import org.catchment.io.CrsGuess;
import org.catchment.io.csv.CsvPointReader;
import org.catchment.layer.Crs;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;

/**
 * The view model of the CSV column dialog: the CSV's columns, whether points come from coordinate
 * columns or from postcodes, and which columns (pre-selected by the reader's own column detection,
 * {@link CsvPointReader#detect}), and whether rows that cannot be placed are skipped. The CRS
 * offered for metres is the map's (the open analysis's working CRS; before any layer, the reader's
 * rule, {@link CrsGuess#metres}), besides longitude/latitude; any other EPSG code may be typed.
 * {@link #layer} checks the choices and turns them into the options the layer is read with.
 */
public final class CsvMapping {

    /** Where the points come from. */
    public enum Mode {
        /** Easting/northing or longitude/latitude columns. */
        COORDINATES,
        /** A postcode column looked up in a postcode file. */
        POSTCODES
    }

    private final List<String> columns;
    private final List<String> crsChoices;
    private Mode mode;
    private String xField;
    private String yField;
    private String crs;
    private String postcodeField;
    private Path postcodeLookup;
    private boolean skipBadRows;

    /**
     * @param columns the CSV's header
     * @param mapCrs  the map's CRS (the open analysis's working CRS), or null before any layer
     */
    public CsvMapping(List<String> columns, CoordinateReferenceSystem mapCrs) {
        this.columns = List.copyOf(columns);
        String lonLat = Crs.label(Crs.wgs84());
        this.crsChoices = List.of(Crs.label(CrsGuess.metres(mapCrs)), lonLat);
        CsvPointReader.DetectedColumns d = CsvPointReader.detect(columns);
        xField = d.xField();
        yField = d.yField();
        crs = d.epsg() == null ? crsChoices.get(0) : "EPSG:" + d.epsg();
        postcodeField = d.postcodeField();
        mode = d.xField() == null && d.postcodeField() != null ? Mode.POSTCODES : Mode.COORDINATES;
    }

    /** @return the CSV's columns */
    public List<String> columns() {
        return columns;
    }

    public Mode mode() {
        return mode;
    }

    public void setMode(Mode newMode) {
        mode = newMode;
    }

    public String xField() {
        return xField;
    }

    public void setXField(String field) {
        xField = field;
    }

    public String yField() {
        return yField;
    }

    public void setYField(String field) {
        yField = field;
    }

    /** @return the CRSs the dialog offers: the map's metres first, then longitude/latitude */
    public List<String> crsChoices() {
        return crsChoices;
    }

    /** @return the CRS of the coordinate columns, e.g. EPSG:4326 */
    public String crs() {
        return crs;
    }

    public void setCrs(String newCrs) {
        crs = newCrs;
    }

    public String postcodeField() {
        return postcodeField;
    }

    public void setPostcodeField(String field) {
        postcodeField = field;
    }

    public Path postcodeLookup() {
        return postcodeLookup;
    }

    public void setPostcodeLookup(Path lookup) {
        postcodeLookup = lookup;
    }

    /** @return true when rows that cannot be placed are left out (and listed), not an error */
    public boolean skipBadRows() {
        return skipBadRows;
    }

    public void setSkipBadRows(boolean skip) {
        skipBadRows = skip;
    }

    /**
     * @param csv the CSV file
     * @return the layer to read: the coordinate columns and CRS, or the postcode column and lookup
     * @throws IllegalArgumentException naming what is missing, fit to show in the dialog
     */
    public AddedLayer layer(Path csv) {
        if (mode == Mode.POSTCODES) {
            require(postcodeField, "Choose the postcode column");
            if (postcodeLookup == null) {
                throw new IllegalArgumentException("Choose a postcode lookup file (Code-Point Open)");
            }
            return new AddedLayer(csv, null, null, null, null, postcodeField, postcodeLookup, skipBadRows);
        }
        require(xField, "Choose the easting (x) column");
        require(yField, "Choose the northing (y) column");
        if (xField.equals(yField)) {
            throw new IllegalArgumentException("The easting and northing must be different columns");
        }
        try {
            Crs.decode(crs == null ? "" : crs);
        } catch (CatchmentException e) {
            throw new IllegalArgumentException("Choose the CRS: " + String.join(" or ", crsChoices)
                    + ", or type an EPSG code", e);
        }
        return new AddedLayer(csv, null, xField, yField, crs, null, null, skipBadRows);
    }

    private void require(String field, String message) {
        if (field == null || !columns.contains(field)) {
            throw new IllegalArgumentException(message);
        }
    }
}
