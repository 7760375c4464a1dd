/**
 * The in-memory layer model: {@link org.catchment.layer.Layer} (GeoTools features, CRS, kind,
 * extent), CRS helpers ({@link org.catchment.layer.Crs}), the working CRS rule
 * ({@link org.catchment.layer.WorkingCrs}: British National Grid in Great Britain, else the study
 * area's UTM zone), reprojection into the working CRS and the check that coordinates agree with
 * their declared CRS and the working CRS's area of use. The data model never depends on the
 * algorithms.
 *
 * <p>May use: no other package. Libraries: GeoTools, JTS.
 */
package org.catchment.layer;
