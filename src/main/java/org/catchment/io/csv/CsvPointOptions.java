package org.catchment.io.csv;

import java.nio.file.Path;
import java.util.Objects;
import org.catchment.io.ReadOptions;

/**
 * How to turn a CSV file into points. Immutable; {@code with...} methods return a modified copy.
 *
 * @param xField         the easting or longitude column; null: detected from the header
 * @param yField         the northing or latitude column; null: detected from the header
 * @param postcodeField  the postcode column; null: detected (postcode, post_code, pcd, ...)
 * @param postcodeLookup a postcode file (Code-Point Open layout); when given and no x/y fields are
 *                       named, points come from the rows' postcodes; null: coordinates are used
 * @param read           CRS (overrides the one implied by the column names), encoding, bad rows
 */
public record CsvPointOptions(String xField, String yField, String postcodeField, Path postcodeLookup,
                              ReadOptions read) {

    public CsvPointOptions {
        Objects.requireNonNull(read, "read");
    }

    /** @return column detection, no postcode lookup, {@link ReadOptions#defaults()} */
    public static CsvPointOptions defaults() {
        return new CsvPointOptions(null, null, null, null, ReadOptions.defaults());
    }

    /** @return a copy that takes the coordinates from these two columns */
    public CsvPointOptions withFields(String newXField, String newYField) {
        return new CsvPointOptions(newXField, newYField, postcodeField, postcodeLookup, read);
    }

    public CsvPointOptions withXField(String newXField) {
        return new CsvPointOptions(newXField, yField, postcodeField, postcodeLookup, read);
    }

    public CsvPointOptions withYField(String newYField) {
        return new CsvPointOptions(xField, newYField, postcodeField, postcodeLookup, read);
    }

    public CsvPointOptions withPostcodeField(String newPostcodeField) {
        return new CsvPointOptions(xField, yField, newPostcodeField, postcodeLookup, read);
    }

    public CsvPointOptions withPostcodeLookup(Path newPostcodeLookup) {
        return new CsvPointOptions(xField, yField, postcodeField, newPostcodeLookup, read);
    }

    public CsvPointOptions withRead(ReadOptions newRead) {
        return new CsvPointOptions(xField, yField, postcodeField, postcodeLookup, newRead);
    }
}
