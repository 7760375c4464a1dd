/**
 * The JavaFX desktop app. This root holds the application ({@link org.catchment.ui.CatchmentApp},
 * started by {@link org.catchment.ui.DesktopLauncher}), the main window
 * that wires the features together ({@link org.catchment.ui.MainWindow}), its menus, the start
 * page shown while no analysis is open, and the window's place and splits kept in the settings. Each
 * feature is a subpackage of views (JavaFX nodes) over a {@code model} subpackage of plain view
 * models without JavaFX types, unit-tested without a toolkit: {@code ui.map}, {@code ui.layers},
 * {@code ui.form} (the analysis panel), {@code ui.results} (results and identify),
 * {@code ui.table} (the attribute table), {@code ui.export}; {@code ui.common} holds what the views share and {@code ui.model} what the
 * view models share. The only package that uses JavaFX; long work (reading layers, rendering,
 * running an analysis) runs off the FX thread.
 *
 * <p>May use: {@code analysis}, {@code export}, {@code io}, {@code layer}, {@code overlay}, {@code render},
 * {@code ui.common}, {@code ui.export}, {@code ui.form}, {@code ui.form.model}, {@code ui.layers},
 * {@code ui.layers.model}, {@code ui.map}, {@code ui.map.model}, {@code ui.model},
 * {@code ui.results}, {@code ui.results.model}, {@code ui.table}, {@code ui.table.model}. Libraries:
 * JavaFX, GeoTools, JTS, commonmark.
 */
package org.catchment.ui;
