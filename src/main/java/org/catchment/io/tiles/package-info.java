/**
 * Basemaps: raster tiles of XYZ and WMTS servers on the Web Mercator grid (EPSG:3857), fetched
 * over HTTP as their providers ask ({@link org.catchment.io.tiles.TileFetcher}: the application
 * named in the User-Agent, time-outs, validators), kept in a bounded per-user disk cache
 * ({@link org.catchment.io.tiles.TileCache}) and memory ({@link org.catchment.io.tiles.Tiles}: a
 * server that cannot be reached is a note, never an error), and warped into an image of a map in
 * its own CRS by inverse mapping ({@link org.catchment.io.tiles.TileWarp}). The servers a user
 * may opt into are {@link org.catchment.io.tiles.BasemapChoice}; none is on by default. Headless,
 * so the command line's maps can carry the basemap the app shows. The only package that opens
 * network connections.
 *
 * <p>May use: {@code io}, {@code layer}. Libraries: GeoTools, JTS.
 */
package org.catchment.io.tiles;
