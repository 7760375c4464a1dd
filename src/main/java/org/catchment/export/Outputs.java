package org.catchment.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.OutputNames;
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
 * unless asked ({@code --force}), and no output may be one of the analysis's inputs.
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
        for (String name : fileNames(analysis.spec())) {
            Path target = dir.resolve(name).toAbsolutePath().normalize();
            if (inputs.contains(target)) {
                throw new CatchmentException(target + ": this output would overwrite an input of the analysis."
                        + " Choose another output folder with --out.");
            }
            if (!force && Files.exists(target)) {
                throw new CatchmentException(target + ": the output already exists. Run again with --force to replace"
                        + " the outputs in " + dir + ", or choose another folder with --out.");
            }
        }
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
        Analysis analysis = result.analysis();
        checkTarget(analysis, force);
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
            List<String> names = fileNames(analysis.spec());
            int step = 0;
            progress.progress("Export", 0, "Writing " + GEOPACKAGE);
            writeGeoPackage(staging.resolve(GEOPACKAGE), result);
            check(cancelled);
            for (StatisticsTables.Table t : StatisticsTables.of(result)) {
                progress.progress("Export", ++step / (double) names.size(), "Writing " + t.fileName());
                CsvTableWriter.write(staging.resolve(t.fileName()), t.header(), t.rows());
                check(cancelled);
            }
            MapExport maps = new MapExport(result);
            for (MapExport.Map map : maps.maps()) {
                progress.progress("Export", ++step / (double) names.size(), "Drawing " + map.fileName());
                map.write(staging.resolve(map.fileName()));
                check(cancelled);
            }
            AtomicOutput.write(staging.resolve("summary.txt"),
                    temp -> Files.writeString(temp, Summary.text(result), StandardCharsets.UTF_8));
            List<Path> written = new ArrayList<>();
            for (String name : names) {
                Path from = staging.resolve(name);
                if (Files.exists(from)) {
                    Path to = dir.resolve(name);
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

    /** Writes the GeoPackage, each result layer made when its table is written (a million facilities' rows are held once). */
    private static void writeGeoPackage(Path target, AnalysisResult result) {
        List<GeoPackageWriter.Deferred> layers = new ArrayList<>(new ResultLayers(result).deferred());
        inputLayers(result).forEach(l -> layers.add(new GeoPackageWriter.Deferred(l.name(), () -> l)));
        GeoPackageWriter.writeDeferred(target, layers, QgisStyles.of(result));
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
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Layer l : all) {
            if (l.source().isEmpty() || seen.add(sameData(l))) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * @return what a layer read from a file holds: the file, the table or layer read and which
     *     features were kept, so that a file read twice alike (population and zones from one
     *     file) is written once, but two tables of one GeoPackage, or one file filtered two ways
     *     for two facility types, are each written
     */
    private static String sameData(Layer l) {
        int ids = 1;
        for (org.geotools.api.feature.simple.SimpleFeature f : l.features()) {
            ids = 31 * ids + f.getID().hashCode();
        }
        return l.source().orElseThrow() + "#" + l.featureType().getTypeName() + "#" + l.size() + "#" + ids;
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

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancelledException();
        }
    }
}
