/**
 * What the app's views share: background work with the result back on the FX thread
 * ({@link org.catchment.ui.common.Background}), message boxes
 * ({@link org.catchment.ui.common.Dialogs}), unexpected errors ({@link org.catchment.ui.common.CrashHandler},
 * {@link org.catchment.ui.common.CrashDialog}), Help &gt; About ({@link org.catchment.ui.common.AboutDialog}),
 * the application icon, and the screen resolution,
 * legend swatches and colours ({@link org.catchment.ui.common.ScreenImages}), and the columns of the
 * tables of results ({@link org.catchment.ui.common.TableColumns}).
 *
 * <p>May use: {@code layer}, {@code render}, {@code ui.model}. Libraries: JavaFX.
 */
package org.catchment.ui.common;
