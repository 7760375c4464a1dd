/**
 * How much heap reading a layer file needs, estimated from its size before it is read
 * ({@link org.catchment.io.memory.LoadEstimate}), so a file too large for the heap is refused with
 * advice instead of running out of memory later.
 *
 * <p>May use: {@code io.geopackage}, {@code io.shapefile}. Libraries: none.
 */
package org.catchment.io.memory;
