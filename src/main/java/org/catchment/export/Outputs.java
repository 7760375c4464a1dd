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
import org.catchment.analysis.AtlasOf;
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
        if (spec.output().atlasOf() != AtlasOf.NONE) {
            names.add(Atlas.FOLDER);
        }
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
            ResultLayers resultLayers = new ResultLayers(result);
            List<Layer> layers = new ArrayList<>(resultLayers.all());
            layers.addAll(resultLayers.inputs());
            GeoPackageWriter.write(staging.resolve(GEOPACKAGE), layers, QgisStyles.of(result, layers));
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
            List<MapExport.Map> atlas = Atlas.maps(maps, analysis.spec().output().atlasOf());
            for (int i = 0; i < atlas.size(); i++) {
                progress.progress("Export", (step + i / (double) atlas.size()) / names.size(), "Drawing "
                        + Atlas.FOLDER + "/" + atlas.get(i).fileName());
                atlas.get(i).write(staging.resolve(Atlas.FOLDER).resolve(atlas.get(i).fileName()));
                check(cancelled);
            }
            double drawn = (step + (atlas.isEmpty() ? 0 : 1)) / (double) names.size();
            maps.basemapProblem().ifPresent(p -> progress.progress("Export", drawn, p));
            String summary = Summary.text(result) + maps.basemapProblem().map(p -> "\nBasemap: " + p + "\n").orElse("");
            AtomicOutput.write(staging.resolve("summary.txt"),
                    temp -> Files.writeString(temp, summary, StandardCharsets.UTF_8));
            List<Path> written = new ArrayList<>();
            for (String name : names) {
                Path from = staging.resolve(name);
                if (Files.isDirectory(from)) {
                    written.addAll(Atlas.replaceFolder(from, dir.resolve(name), staging));
                } else if (Files.exists(from)) {
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

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancelledException();
        }
    }
}
