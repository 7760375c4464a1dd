/**
 * The in-memory layer model: {@link org.catchment.layer.Layer} (GeoTools features, CRS, kind,
 * extent), CRS helpers ({@link org.catchment.layer.Crs}), reprojection into the working CRS and the
 * check that coordinates agree with their declared CRS. The data model never depends on the
 * algorithms.
 *
 * <p>May use: no other package. Libraries: GeoTools, JTS.
 */
package org.catchment.layer;
