package org.catchment.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.ProgressListener;
import org.catchment.analysis.SpecPaths;
import org.catchment.io.AtomicOutput;
import org.catchment.io.FileTrees;
import org.catchment.io.csv.CsvTableWriter;
import org.catchment.io.geopackage.GeoPackageWriter;
import org.catchment.layer.Layer;

/**
 * Writes the outputs of an analysis into its output folder: the GeoPackage, the PNG maps, the
 * statistics CSVs and a plain-text summary. Everything is first written into a hidden staging
 * folder inside the output folder and moved into place only when all of it is complete, so a
 * failed or cancelled export leaves the folder as it was. Existing outputs are not replaced
 * unless asked ({@code --force}), nothing but a file is ever replaced (a folder with an output's name
 * is refused before anything is written), and no output may be one of the analysis's inputs.
 */
public final class Outputs {

    /** The GeoPackage's file name. */
    public static final String GEOPACKAGE = "catchment.gpkg";

    private Outputs() {
    }

    /** @return the names of the files an analysis writes, in the order they are written */
    public static List<String> fileNames(AnalysisSpec spec) {
        List<String> names = new ArrayList<>();
        names.add(GEOPACKAGE);
        names.add("ward_coverage.csv");
        for (AnalysisSpec.ZoneSpec z : spec.zones()) {
            names.add(baseName(z.layer()) + "_coverage.csv");
        }
        names.add("deserts.csv");
        for (AnalysisSpec.IndicatorSpec i : spec.indicators()) {
            names.add(indicatorFileName(i));
        }
        for (AnalysisSpec.FacilitySpec f : spec.facilities()) {
            names.add(MapExport.fileName(f.type()));
        }
        names.add(MapExport.fileName("deserts"));
        names.add("summary.txt");
        return names;
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
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                throw new CatchmentException(target + ": an output would go here, but this is not a file (a folder?)"
                        + " and cannot be replaced. Move it away, or choose another folder with --out.");
            }
            if (!force && Files.exists(target)) {
                throw new CatchmentException(target + ": the output already exists. Run again with --force to replace"
                        + " the outputs in " + dir + ", or choose another folder with --out.");
            }
        }
    }

    /** Writes a set of outputs into a staging folder (and its subfolders), see {@link #writeSet}. */
    @FunctionalInterface
    public interface Stager {
        /** @param staging the empty staging folder, standing for the output folder */
        void stage(Path staging) throws IOException;
    }

    /**
     * @param result    the analysis result
     * @param force     true to replace existing outputs
     * @param progress  receives the export's progress
     * @param cancelled polled between files
     * @return the files written
     */
    public static List<Path> write(AnalysisResult result, boolean force, ProgressListener progress,
                                   BooleanSupplier cancelled) {
        return writeSet(result.analysis(), fileNames(result.analysis().spec()), force, progress,
                staging -> stage(result, staging, progress, cancelled));
    }

    /**
     * Writes a set of outputs all or nothing: the stager writes them into a hidden staging folder
     * in the output folder, and only when all are written are they moved into place. Nothing is
     * left behind on failure or cancellation.
     *
     * @param analysis the analysis (its output folder is the target)
     * @param names    the outputs, relative to the output folder (one subfolder allowed), in order
     * @param force    true to replace existing outputs
     * @param progress receives the last step
     * @param stager   writes the files named into the staging folder
     * @return the files written
     */
    public static List<Path> writeSet(Analysis analysis, List<String> names, boolean force, ProgressListener progress,
                                      Stager stager) {
        checkTarget(analysis, names, force);
        Path dir = analysis.outputDir();
        Path staging;
        try {
            Files.createDirectories(dir);
            staging = Files.createTempDirectory(dir, ".catchment-export-");
        } catch (IOException e) {
            throw new CatchmentException(dir + ": cannot create the output folder (" + e.getMessage() + ")."
                    + " Choose a folder you may write to with --out.", e);
        }
        try {
            stager.stage(staging);
            List<Path> written = new ArrayList<>();
            for (String name : names) {
                Path from = staging.resolve(name);
                if (Files.exists(from)) {
                    Path to = dir.resolve(name);
                    Files.createDirectories(to.getParent());
                    AtomicOutput.move(from, to);
                    written.add(to);
                }
            }
            progress.progress("Export", 1, "Wrote " + written.size() + " files to " + dir);
            return written;
        } catch (CancelledException e) {
            throw e;
        } catch (CatchmentException e) {
            throw new CatchmentException(dir + ": the outputs could not be written, and none were left behind: "
                    + e.getMessage().replace(staging + java.io.File.separator, ""), e);
        } catch (IOException e) {
            throw new CatchmentException(dir + ": cannot move the outputs into place (" + e.getMessage() + ").", e);
        } finally {
            FileTrees.deleteQuietly(staging);
        }
    }

    /**
     * Writes the usual outputs of one result (the files of {@link #fileNames}) into a folder.
     *
     * @param folder    the staging folder, or a subfolder of it (created if need be)
     * @param cancelled polled between files
     */
    public static void stage(AnalysisResult result, Path folder, ProgressListener progress, BooleanSupplier cancelled)
            throws IOException {
        Files.createDirectories(folder);
        List<String> names = fileNames(result.analysis().spec());
        int step = 0;
        progress.progress("Export", 0, "Writing " + GEOPACKAGE);
        List<Layer> layers = new ArrayList<>(new ResultLayers(result).all());
        layers.addAll(inputLayers(result));
        GeoPackageWriter.write(folder.resolve(GEOPACKAGE), layers, QgisStyles.of(result));
        check(cancelled);
        for (StatisticsTables.Table t : StatisticsTables.of(result)) {
            progress.progress("Export", ++step / (double) names.size(), "Writing " + t.fileName());
            CsvTableWriter.write(folder.resolve(t.fileName()), t.header(), t.rows());
            check(cancelled);
        }
        MapExport maps = new MapExport(result);
        for (MapExport.Map map : maps.maps()) {
            progress.progress("Export", ++step / (double) names.size(), "Drawing " + map.fileName());
            map.write(folder.resolve(map.fileName()));
            check(cancelled);
        }
        AtomicOutput.write(folder.resolve("summary.txt"),
                temp -> Files.writeString(temp, Summary.text(result), StandardCharsets.UTF_8));
    }

    private static List<Layer> inputLayers(AnalysisResult result) {
        List<Layer> all = new ArrayList<>();
        all.add(result.inputs().zones().renamed("input_zones"));
        result.inputs().others().forEach(l -> all.add(l.renamed("input_" + l.name())));
        for (AnalysisResult.TypeResult t : result.types()) {
            for (int k = 0; k < t.layers().size(); k++) {
                all.add(t.layers().get(k).renamed("input_" + t.spec().type() + (k == 0 ? "" : "_" + (k + 1))));
            }
        }
        List<Layer> out = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        for (Layer l : all) {
            Path src = l.source().orElse(null);
            if (src == null || !seen.contains(src)) {
                out.add(l);
                seen.add(src);
            }
        }
        return out;
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

    static String indicatorFileName(AnalysisSpec.IndicatorSpec indicator) {
        return "deserts_by_" + indicator.field().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + ".csv";
    }

    static String baseName(String path) {
        String name = Path.of(path.replaceFirst("#.*$", "")).getFileName().toString();
        return name.replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancelledException();
        }
    }
}
