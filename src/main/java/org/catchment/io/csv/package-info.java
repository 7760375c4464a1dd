/**
 * CSV files, all opened through {@code CsvSource} (byte-order mark, encoding, delimiter,
 * spreadsheet row numbers): points by coordinate columns or by postcodes with a Code-Point Open
 * lookup ({@link org.catchment.io.csv.CsvPointReader}), tables of values for joins
 * ({@link org.catchment.io.csv.CsvTable}) and the statistics tables written as CSV
 * ({@link org.catchment.io.csv.CsvTableWriter}).
 *
 * <p>May use: {@code io}, {@code layer}. Libraries: Commons CSV, Commons IO, GeoTools, JTS.
 */
package org.catchment.io.csv;
