/**
 * GeoJSON (RFC 7946) read feature by feature with Jackson's streaming parser
 * ({@link org.catchment.io.geojson.GeoJsonReader}); property types are decided across all features.
 *
 * <p>May use: {@code io}, {@code layer}. Libraries: Jackson, GeoTools, JTS.
 */
package org.catchment.io.geojson;
