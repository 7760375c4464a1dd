/**
 * Catchment: walking catchments of social infrastructure and the "deserts" between them.
 *
 * <p>Sub-packages follow the data flow: {@code layer} (the in-memory layer model), {@code io}
 * (readers and writers), {@code network} (the walking graph), {@code catchment} (service areas),
 * {@code overlay} (deserts and coverage), {@code render} (maps), {@code analysis} (the analysis
 * file and pipeline), and the two front ends {@code cli} and {@code ui}. Only {@code ui} uses
 * JavaFX. {@link org.catchment.CatchmentException} is the one user-facing error type.
 *
 * <p>Also here, for both front ends and using the JDK only: {@link org.catchment.UserDirs} (the
 * per-user settings, data, cache and log folders of each platform), {@link org.catchment.RunLog}
 * (the support log file in the log folder) and {@link org.catchment.About} (version, runtime,
 * licence and data credits).
 */
package org.catchment;
