/**
 * The attribute table's view model, without JavaFX: {@link org.catchment.ui.table.model.AttributeTable}
 * (rows as feature indices, filtered by CQL through {@code layer.CqlFilters} and by a search,
 * sorted by a column, written as CSV through {@code io.csv.CsvTableWriter}, and the feature under a
 * point of the map).
 *
 * <p>May use: {@code io}, {@code layer}. Libraries: GeoTools, JTS.
 */
package org.catchment.ui.table.model;
