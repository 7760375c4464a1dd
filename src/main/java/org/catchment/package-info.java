/**
 * Catchment: walking catchments of social infrastructure and the "deserts" between them.
 *
 * <p>Subpackages follow the data flow: {@code layer} (the in-memory layer model), {@code io}
 * (readers and writers, one subpackage per format), {@code network} (the walking graph),
 * {@code servicearea} (service areas), {@code overlay} (deserts and coverage), {@code render}
 * (maps), {@code analysis} (the analysis file and the pipeline), {@code export} (the outputs of a
 * run), {@code bench} (benchmarks), and the two front ends {@code cli} and {@code ui}. The
 * dependency rules between them are the tables of docs/architecture.md, checked by the architecture
 * tests.
 *
 * <p>This package holds the exception types every package may use:
 * {@link org.catchment.CatchmentException} is the one user-facing error type,
 * {@link org.catchment.InputException} words bad input, {@link org.catchment.CancelledException}
 * ends cancelled work. {@link org.catchment.UserDirs} gives the per-user settings, data, cache and
 * log folders of each platform (the network cache lives in its cache folder).
 *
 * <p>Also here, for both front ends and using the JDK only: {@link org.catchment.UserDirs} (the
 * per-user settings, data, cache, log and documents folders of each platform),
 * {@link org.catchment.Settings} (the per-user settings file: the cache settings, the app's recent
 * files, window layout and basemap), {@link org.catchment.RunLog} (the support log file in the log
 * folder), {@link org.catchment.LibraryLogging} (the libraries' logging kept off the terminal, their
 * warnings in that log, for every entry point), {@link org.catchment.About} (version, runtime, licence and data credits, the User-Agent
 * of web requests) and {@link org.catchment.BundledSample} (the sample town that comes with
 * Catchment, and the user's copy of it in their documents).
 *
 * <p>May use: no other package. Libraries: none.
 */
package org.catchment;
