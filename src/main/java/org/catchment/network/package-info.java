/**
 * The walking network: built from OS Open Roads links (joined by node identifiers, with footpaths
 * merged) or from OpenStreetMap, stored in GraphHopper's graph with exact geometry in the working CRS
 * ({@link org.catchment.network.WalkingNetwork}); snapping onto edges
 * ({@link org.catchment.network.Snapper}); the exact multi-source Dijkstra
 * ({@link org.catchment.network.MultiSourceSearch}, see
 * docs/decisions/0003-own-multi-source-dijkstra.md); connectivity checks; the on-disk cache
 * ({@link org.catchment.network.NetworkCache}, see docs/decisions/0005-network-cache.md). The only
 * package that uses GraphHopper.
 *
 * <p>May use: {@code layer}. Libraries: GraphHopper, GeoTools, JTS.
 */
package org.catchment.network;
