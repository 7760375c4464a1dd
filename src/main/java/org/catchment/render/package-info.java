/**
 * The map renderer: one Java2D renderer that draws {@link org.catchment.render.MapDocument}s into
 * {@link java.awt.image.BufferedImage}s, both for PNG export (headless, any size and dpi, written
 * by {@link org.catchment.render.PngWriter} through {@code io.AtomicOutput}) and for the desktop
 * map view (which shows the image it is given, re-rendered on pan and zoom).
 *
 * <p>Coordinates are metres of a projected CRS (the analysis's working CRS); every size on the page (line widths, symbols, fonts,
 * margins) is given in points and scaled by {@code dpi / 72}, so a 300 dpi print and a 96 dpi
 * screen image look the same at their own sizes. Nothing here depends on JavaFX.
 *
 * <p>May use: {@code io}, {@code layer}. Libraries: JTS.
 */
package org.catchment.render;
