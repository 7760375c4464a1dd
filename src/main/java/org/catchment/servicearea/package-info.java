/**
 * Service areas of one facility type ({@link org.catchment.servicearea.CatchmentEngine}): start
 * points of point and area facilities ({@link org.catchment.servicearea.StartPoints}), the
 * stretches of network reached within each band with partial edges
 * ({@link org.catchment.servicearea.ReachableNetwork}), and the service-area polygons made from
 * them ({@link org.catchment.servicearea.ServiceAreas}: lines joined per edge, filled street
 * blocks, tiled buffers; see docs/decisions/0004-polygon-method.md), per type and optionally per
 * facility.
 *
 * <p>May use: {@code layer}, {@code network}. Libraries: JTS.
 */
package org.catchment.servicearea;
