package org.catchment.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.AtlasOf;
import org.catchment.analysis.OutputNames;
import org.catchment.analysis.ProgressListener;
import org.catchment.analysis.RunResume;
import org.catchment.analysis.SpecPaths;
import org.catchment.io.AtomicOutput;
import org.catchment.io.FileOps;
import org.catchment.io.IoReasons;
import org.catchment.io.PausePoints;
import org.catchment.io.ResumeFolder;
import org.catchment.io.StagedFolder;
import org.catchment.io.csv.CsvTableWriter;
import org.catchment.io.geopackage.GeoPackageWriter;
import org.catchment.layer.Layer;

/**
 * Writes the outputs of an analysis into its output folder: the GeoPackage, the PNG maps, the
 * statistics CSVs, the atlas folder ({@code output.atlas}: a page per ward or desert) and a
 * plain-text summary, several files at once ({@link OutputJobs}). The folder is claimed for the run first
 * ({@link OutputFolder}: locked against other runs, leftovers of dead runs recovered). Everything is
 * written into a hidden staging folder inside the output folder and put in place as a set only
 * when all of it is complete ({@link StagedFolder}: the old outputs are moved aside first and put
 * back if any move fails), so a failed, cancelled or killed export leaves the folder with the whole
 * old set or the whole new one. Existing outputs are not replaced unless asked ({@code --force}),
 * nothing but a file (or the atlas folder, as a whole) is ever replaced (a folder with a file
 * output's name is refused before anything is written), and no output may be one of the
 * analysis's inputs.
 */
public final class Outputs {

    /** The GeoPackage's file name. */
    public static final String GEOPACKAGE = OutputNames.GEOPACKAGE;

    private Outputs() {
    }

    /** @return the names of the files an analysis writes, in the order they are written ({@link OutputNames}) */
    public static List<String> fileNames(AnalysisSpec spec) {
        return OutputNames.files(spec);
    }

    /**
     * Checks, before anything runs, that the outputs can be written.
     *
     * @param analysis the analysis (its output folder is the target)
     * @param force    true to allow replacing existing outputs
     * @throws CatchmentException naming the file and what to do
     */
    public static void checkTarget(Analysis analysis, boolean force) {
        checkTarget(analysis, fileNames(analysis.spec()), force);
    }

    /**
     * As {@link #checkTarget(Analysis, boolean)} for a set of outputs named relative to the output
     * folder; a name may hold one subfolder ({@code scenario_x/catchment.gpkg}).
     */
    public static void checkTarget(Analysis analysis, List<String> names, boolean force) {
        checkFolder(analysis);
        Path dir = analysis.outputDir();
        List<Path> inputs = inputFiles(analysis);
        for (String name : names) {
            Path target = dir.resolve(name).toAbsolutePath().normalize();
            Path folder = target.getParent();
            if (!folder.equals(dir.toAbsolutePath().normalize()) && Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new CatchmentException(folder + ": outputs would go into this folder, but it is a file. Move it"
                        + " away, or choose another folder with --out.");
            }
            if (inputs.contains(target)) {
                throw new CatchmentException(target + ": this output would overwrite an input of the analysis."
                        + " Choose another output folder with --out.");
            }
            if (name.equals(Atlas.FOLDER) && Files.exists(target) && !Files.isDirectory(target)) {
                throw new CatchmentException(target + ": the atlas folder would go here, but this is a file and cannot"
                        + " be replaced. Move it away, or choose another folder with --out.");
            }
            if (!name.equals(Atlas.FOLDER) && Files.exists(target) && !Files.isRegularFile(target)) {
                throw new CatchmentException(target + ": an output would go here, but this is not a file (a folder?)"
                        + " and cannot be replaced. Move it away, or choose another folder with --out.");
            }
            if (!force && Files.exists(target)) {
                throw new CatchmentException(target + ": the output already exists. Run again with --force to replace"
                        + " the outputs in " + dir + ", or choose another folder with --out.");
            }
        }
    }

    /** Checks that the output folder is a folder, or can be made in a folder that may be written to. */
    static void checkFolder(Analysis analysis) {
        Path dir = analysis.outputDir();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CatchmentException(dir + ": the output folder is a file. Choose another folder with --out.");
        }
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new CatchmentException(dir + ": the output folder cannot be written. Choose a folder you may write"
                    + " to with --out, or change output.dir in " + analysis.file() + ".");
        }
    }

    /**
     * Claims the output folder for a run ({@link OutputFolder}): the command line holds it from
     * before the analysis runs until its outputs are written, so that a second run into the same
     * folder is refused at once.
     */
    public static OutputFolder claim(Analysis analysis) {
        return OutputFolder.claim(analysis, FileOps.SYSTEM);
    }

    /** Writes a set of outputs into a staging folder (and its subfolders), see {@link #writeSet}. */
    @FunctionalInterface
    public interface Stager {
        /** @param staging the empty staging folder, standing for the output folder */
        void stage(Path staging) throws IOException;
    }

    /**
     * Writes the outputs of a run as a set ({@link #writeSet}); once they are in place, the run's
     * resume folder (the finished tiles a tiled run kept, {@link ResumeFolder}) is removed, the
     * output folder's lock held throughout.
     *
     * @param result    the analysis result
     * @param force     true to replace existing outputs
     * @param progress  receives the export's progress
     * @param cancelled polled between files
     * @return the files written
     */
    public static List<Path> write(AnalysisResult result, boolean force, ProgressListener progress,
                                   BooleanSupplier cancelled) {
        return write(result, force, progress, cancelled, FileOps.SYSTEM);
    }

    /**
     * As {@link #write(AnalysisResult, boolean, ProgressListener, BooleanSupplier)}, changing the
     * folder through the given file operations (tests make one fail).
     */
    public static List<Path> write(AnalysisResult result, boolean force, ProgressListener progress,
                                   BooleanSupplier cancelled, FileOps ops) {
        return write(result, force, progress, cancelled, ops, null, null);
    }

    /**
     * As {@link #write(AnalysisResult, boolean, ProgressListener, BooleanSupplier)} into a staging
     * folder made before the result was whole, whose GeoPackage was begun from the catchments
     * ({@link EarlyOutputs}); whatever happens, the GeoPackage's thread has ended and the staging
     * folder is closed when this returns.
     */
    static List<Path> write(AnalysisResult result, boolean force, ProgressListener progress,
                            BooleanSupplier cancelled, StagedFolder staged, EarlyOutputs.Begun geoPackage) {
        try (staged; geoPackage) {
            return write(result, force, progress, cancelled, FileOps.SYSTEM, staged, geoPackage);
        }
    }

    private static List<Path> write(AnalysisResult result, boolean force, ProgressListener progress,
                                    BooleanSupplier cancelled, FileOps ops, StagedFolder staged,
                                    EarlyOutputs.Begun geoPackage) {
        Analysis analysis = result.analysis();
        try (OutputFolder folder = OutputFolder.claim(analysis, ops)) {
            folder.notes().forEach(n -> progress.progress("Export", 0, n));
            List<Path> written = writeSet(analysis, fileNames(analysis.spec()), force, progress, cancelled, ops,
                    staged, staging -> stage(result, staging, progress, cancelled, geoPackage));
            RunResume.discard(analysis);
            return written;
        }
    }

    /**
     * As {@link #writeSet(Analysis, List, boolean, ProgressListener, BooleanSupplier, FileOps, Stager)}
     * on the real file system, with no cancellation but the stager's own.
     */
    public static List<Path> writeSet(Analysis analysis, List<String> names, boolean force, ProgressListener progress,
                                      Stager stager) {
        return writeSet(analysis, names, force, progress, () -> false, FileOps.SYSTEM, null, stager);
    }

    /**
     * Writes a set of outputs all or nothing: the output folder is claimed, the stager writes the
     * files into a hidden staging folder in it, and only when all are written are they put in
     * place as a set ({@link StagedFolder}). Nothing is left behind on failure or cancellation.
     *
     * @param analysis  the analysis (its output folder is the target)
     * @param names     the outputs, relative to the output folder (one subfolder allowed), in order
     * @param force     true to replace existing outputs
     * @param progress  receives the last step
     * @param cancelled polled once all is staged, before anything is put in place
     * @param ops       the file operations that change the folder
     * @param stager    writes the files named into the staging folder
     * @return the files written
     */
    public static List<Path> writeSet(Analysis analysis, List<String> names, boolean force, ProgressListener progress,
                                      BooleanSupplier cancelled, FileOps ops, Stager stager) {
        return writeSet(analysis, names, force, progress, cancelled, ops, null, stager);
    }

    /** As above, into a staging folder made beforehand ({@link #staging}), or a new one when null. */
    private static List<Path> writeSet(Analysis analysis, List<String> names, boolean force, ProgressListener progress,
                                       BooleanSupplier cancelled, FileOps ops, StagedFolder staged, Stager stager) {
        Path dir = analysis.outputDir();
        try (OutputFolder folder = OutputFolder.claim(analysis, ops)) {
            folder.notes().forEach(n -> progress.progress("Export", 0, n));
            checkTarget(analysis, names, force);
            StagedFolder staging = staged != null ? staged : staging(analysis, ops);
            try (staging) {
                stager.stage(staging.path());
                PausePoints.reach("export-staged");
                check(cancelled);
                List<Path> written = written(dir, staging, names);
                staging.commit(names);
                progress.progress("Export", 1, "Wrote " + written.size() + " files to " + dir);
                return written;
            } catch (StagedFolder.CommitFailure e) {
                throw new CatchmentException(dir + ": the outputs could not be put in place (" + e.name() + ": "
                        + e.reason() + "), " + (e.restored() ? "so the old outputs were left as they were. Check that"
                        + " the files in " + dir + " may be replaced, or choose another folder with --out."
                        : "and the old outputs could not all be put back. Check that the files in " + dir + " may be"
                        + " changed, then run the same command again: it puts the old outputs back first."), e);
            } catch (CancelledException e) {
                throw e;
            } catch (CatchmentException e) {
                throw new CatchmentException(dir + ": the outputs could not be written, and none were left behind: "
                        + e.getMessage().replace(staging.path() + java.io.File.separator, ""), e);
            } catch (IOException e) {
                throw new CatchmentException(dir + ": the outputs could not be written, and none were left behind ("
                        + IoReasons.of(e) + ").", e);
            }
        }
    }

    /**
     * @return a new staging folder in the analysis's output folder ({@link StagedFolder})
     * @throws CatchmentException if it cannot be made
     */
    static StagedFolder staging(Analysis analysis, FileOps ops) {
        Path dir = analysis.outputDir();
        try {
            return StagedFolder.create(dir, ops);
        } catch (IOException e) {
            throw new CatchmentException(dir + ": cannot write into the output folder (" + IoReasons.of(e) + ")."
                    + " Choose a folder you may write to with --out.", e);
        }
    }

    /**
     * Writes the usual outputs of one result (the files of {@link #fileNames}) into a folder,
     * several files at once ({@link OutputJobs}).
     *
     * @param folder    the staging folder, or a subfolder of it (created if need be)
     * @param cancelled polled between files
     */
    public static void stage(AnalysisResult result, Path folder, ProgressListener progress, BooleanSupplier cancelled)
            throws IOException {
        stage(result, folder, progress, cancelled, null);
    }

    /**
     * As above, the GeoPackage finished from the one begun from the result's catchments when there
     * is one, whose thread has ended when this returns (so that a failed export removes a staging
     * folder no thread writes in).
     */
    private static void stage(AnalysisResult result, Path folder, ProgressListener progress, BooleanSupplier cancelled,
                              EarlyOutputs.Begun geoPackage) throws IOException {
        if (geoPackage == null) {
            stageFiles(result, folder, progress, cancelled, null);
            return;
        }
        try (geoPackage) {
            stageFiles(result, folder, progress, cancelled, geoPackage);
        }
    }

    private static void stageFiles(AnalysisResult result, Path folder, ProgressListener progress,
                                   BooleanSupplier cancelled, EarlyOutputs.Begun geoPackage) throws IOException {
        Files.createDirectories(folder);
        List<String> names = fileNames(result.analysis().spec());
        List<OutputJobs.Job> jobs = new ArrayList<>();
        ResultLayers resultLayers = new ResultLayers(result);
        List<GeoPackageWriter.Table> layers = new ArrayList<>(resultLayers.tables());
        resultLayers.inputs().forEach(l -> layers.add(new GeoPackageWriter.Deferred(l.name(), () -> l)));
        jobs.add(new OutputJobs.Job(GEOPACKAGE, "Writing", geoPackage == null
                ? () -> GeoPackageWriter.writeTables(folder.resolve(GEOPACKAGE), layers, QgisStyles.of(result, layers))
                : () -> geoPackage.finish(layers, QgisStyles.of(result, layers))));
        for (StatisticsTables.Table t : StatisticsTables.of(result)) {
            jobs.add(new OutputJobs.Job(t.fileName(), "Writing",
                    () -> CsvTableWriter.writeParts(folder.resolve(t.fileName()), t.header(), t.parts(), t.part())));
        }
        MapExport maps = new MapExport(result);
        for (MapExport.Map map : maps.maps()) {
            jobs.add(new OutputJobs.Job(map.fileName(), "Drawing", () -> map.write(folder.resolve(map.fileName()))));
        }
        AtlasOf atlasOf = result.analysis().spec().output().atlasOf();
        List<MapExport.Map> atlas = Atlas.maps(maps, atlasOf);
        if (atlasOf != AtlasOf.NONE) {
            Files.createDirectory(folder.resolve(Atlas.FOLDER));
        }
        for (MapExport.Map page : atlas) {
            jobs.add(new OutputJobs.Job(Atlas.FOLDER + "/" + page.fileName(), "Drawing",
                    () -> page.write(folder.resolve(Atlas.FOLDER).resolve(page.fileName()))));
        }
        int steps = names.size() + atlas.size() - (atlasOf == AtlasOf.NONE ? 0 : 1);
        OutputJobs.run(jobs, steps, progress, cancelled);
        check(cancelled);
        maps.basemapProblem().ifPresent(p -> progress.progress("Export", 1, p));
        String summary = Summary.text(result) + maps.basemapProblem().map(p -> "\nBasemap: " + p + "\n").orElse("");
        AtomicOutput.write(folder.resolve("summary.txt"),
                temp -> Files.writeString(temp, summary, StandardCharsets.UTF_8));
    }

    /** @return the files a staged set puts in place: each file named, and the pages of a folder named (an atlas) */
    private static List<Path> written(Path dir, StagedFolder staging, List<String> names) throws IOException {
        List<Path> written = new ArrayList<>();
        for (String name : names) {
            if (Files.isDirectory(staging.file(name))) {
                try (Stream<Path> pages = Files.list(staging.file(name))) {
                    pages.map(p -> dir.resolve(name).resolve(p.getFileName().toString())).sorted().forEach(written::add);
                }
            } else if (Files.exists(staging.file(name))) {
                written.add(dir.resolve(name));
            }
        }
        return written;
    }

    private static List<Path> inputFiles(Analysis analysis) {
        List<Path> files = new ArrayList<>();
        analysis.roads().forEach(r -> files.add(r.file().toAbsolutePath().normalize()));
        for (String p : SpecPaths.inputs(analysis.spec(), true)) {
            files.add(analysis.layer(p).file().toAbsolutePath().normalize());
        }
        if (analysis.file() != null) {
            files.add(analysis.file().toAbsolutePath().normalize());
        }
        return files;
    }

    static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancelledException();
        }
    }
}
