package org.catchment.export;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.ProgressListener;
import org.catchment.analysis.Tasks;
import org.catchment.io.FileOps;
import org.catchment.io.StagedFolder;
import org.catchment.io.geopackage.GeoPackageWriter;
import org.catchment.io.geopackage.PartedLayer;

/**
 * The outputs of a command-line run, begun before its result is whole when the run is tiled: told
 * that the tiles are done ({@link org.catchment.analysis.RunOptions#tilesDone}), it makes the staging
 * folder and writes the GeoPackage's first tables, those made from the catchments alone
 * ({@link ResultLayers#catchmentTables()}: the study area, facilities, service areas, and the
 * reachable network and node times of every tile, most of a country's GeoPackage), on a thread of
 * its own while the run merges the overlay on another core. {@link #write} then writes the
 * outputs as {@link Outputs#write} does, the GeoPackage finished with the tables that need the
 * overlay: the same tables in the same order as one written at once, all put in place together
 * or not at all. A run in one piece (never told) is written by {@link Outputs#write} itself.
 * Closed before {@link #write}, because the run failed or was stopped, it stops the thread (at the
 * next tile of a table of tiles), waits for it and removes the staging folder.
 */
public final class EarlyOutputs implements Consumer<AnalysisResult>, AutoCloseable {

    private final Analysis analysis;
    private StagedFolder staging;
    private Begun begun;

    /** @param analysis the analysis whose output folder is written (claimed by the caller for the whole run) */
    public EarlyOutputs(Analysis analysis) {
        this.analysis = analysis;
    }

    /**
     * Begins the outputs from a tiled run's catchments.
     *
     * @param catchments the run's result before its overlay ({@link org.catchment.analysis.RunOptions#tilesDone})
     */
    @Override
    public void accept(AnalysisResult catchments) {
        if (staging != null) {
            throw new IllegalStateException("the outputs of " + analysis.outputDir() + " were begun already");
        }
        List<GeoPackageWriter.Table> tables = new ResultLayers(catchments).catchmentTables();
        staging = Outputs.staging(analysis, FileOps.SYSTEM);
        GeoPackageWriter.Session session;
        try {
            session = GeoPackageWriter.Session.open(staging.file(Outputs.GEOPACKAGE));
        } catch (CatchmentException e) {
            throw new CatchmentException(analysis.outputDir() + ": the outputs could not be begun, and none were left"
                    + " behind: " + e.getMessage().replace(staging.path() + File.separator, ""), e);
        }
        try {
            begun = new Begun(session, tables);
        } catch (RuntimeException | Error e) {
            session.close();
            throw e;
        }
    }

    /**
     * Writes the outputs of the whole result, as {@link Outputs#write(AnalysisResult, boolean,
     * ProgressListener, BooleanSupplier)} does, finishing what was begun.
     *
     * @return the files written
     */
    public List<Path> write(AnalysisResult result, boolean force, ProgressListener progress, BooleanSupplier cancelled) {
        if (staging == null) {
            return Outputs.write(result, force, progress, cancelled);
        }
        StagedFolder staged = staging;
        staging = null;
        return Outputs.write(result, force, progress, cancelled, staged, begun);
    }

    /** Stops what was begun and not written, and removes its staging folder. */
    @Override
    public void close() {
        try {
            if (begun != null) {
                begun.close();
            }
        } finally {
            if (staging != null) {
                staging.close();
                staging = null;
            }
        }
    }

    /**
     * A GeoPackage whose first tables are being written on a thread of their own: each table of
     * parts checks between parts whether it was stopped.
     */
    static final class Begun implements AutoCloseable {

        private final GeoPackageWriter.Session session;
        private final FutureTask<Void> task;
        private volatile boolean stopped;

        Begun(GeoPackageWriter.Session session, List<GeoPackageWriter.Table> tables) {
            this.session = session;
            List<GeoPackageWriter.Table> stoppable = new ArrayList<>();
            for (GeoPackageWriter.Table t : tables) {
                stoppable.add(t instanceof PartedLayer p ? new PartedLayer(p.name(), p.type(), p.count(), i -> {
                    if (stopped) {
                        throw new CancelledException();
                    }
                    return p.part().apply(i);
                }, p.extent()) : t);
            }
            this.task = new FutureTask<>(() -> session.write(stoppable), null);
            Thread thread = new Thread(task, "catchment-geopackage");
            thread.setDaemon(true);
            thread.start();
        }

        /**
         * Waits for the first tables, then writes the rest and the styles and puts the file in place
         * in the staging folder.
         *
         * @param tables every table of the GeoPackage, the first ones those begun
         */
        void finish(List<GeoPackageWriter.Table> tables, Map<String, String> styles) {
            Tasks.awaitEnd(task);
            List<String> begun = session.tableNames();
            if (!GeoPackageWriter.tableNames(tables.subList(0, Math.min(begun.size(), tables.size()))).equals(begun)) {
                throw new IllegalStateException("the GeoPackage was begun with " + begun + ", not the first of "
                        + GeoPackageWriter.tableNames(tables));
            }
            session.write(tables.subList(begun.size(), tables.size()));
            session.finish(styles);
        }

        /**
         * Stops the first tables (a table of tiles at its next tile; the others, made from memory, are
         * written whole), waits for the thread, and deletes the unfinished file.
         */
        @Override
        public void close() {
            stopped = true;
            try {
                Tasks.awaitEnd(task);
            } catch (RuntimeException | Error ignored) {
                // stopped, or failed and told already (by finish, or the run's own error): the file is dropped
            } finally {
                session.close();
            }
        }
    }
}
