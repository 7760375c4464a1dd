package org.catchment.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.catchment.About;
import org.catchment.io.ResumeFolder;

/**
 * The resume folder of an analysis ({@link ResumeFolder}, {@code <output>/.catchment-resume/}): where a
 * tiled run keeps each finished tile so that a stopped run resumes from them. Its fingerprint is
 * the analysis as YAML (its output folder left out, so {@code --out} and {@code output.dir} naming
 * the same folder agree), the program's version, and the path, size and modification time of every
 * input file (a shapefile with its {@code .dbf}, {@code .shx}, {@code .prj} and {@code .cpg}): change
 * any of them and the finished tiles are discarded, never mixed with the new run's.
 */
public final class RunResume {

    private static final List<String> SHAPEFILE_PARTS = List.of(".dbf", ".shx", ".prj", ".cpg");

    private RunResume() {
    }

    /**
     * Opens the analysis's resume folder, locking its output folder (the command line already holds
     * it; the same thread may take it again). Close it before the outputs are written.
     *
     * @return the folder, holding the earlier run's finished tiles when they were made from the same
     *     inputs; its {@link ResumeFolder#note()} says what was kept or discarded
     */
    public static ResumeFolder open(Analysis analysis) {
        return ResumeFolder.open(analysis.outputDir(), fingerprint(analysis), about(analysis));
    }

    /**
     * Discards the analysis's resume folder ({@code --restart}), if it has one.
     *
     * @return a line for the user when finished tiles were discarded, else null
     */
    public static String discard(Analysis analysis) {
        int parts = ResumeFolder.discard(analysis.outputDir(), about(analysis));
        return parts == 0 ? null : analysis.outputDir() + ": the " + parts + " finished tile" + (parts == 1 ? "" : "s")
                + " of an earlier run were discarded (--restart); the run starts over.";
    }

    /** @return the fingerprint of what the analysis's tiles are made from */
    public static String fingerprint(Analysis analysis) {
        OutputSpec out = analysis.spec().output().toBuilder().dir(".").build();
        String text = AnalysisFiles.toYaml(analysis.spec().withOutput(out)) + "\nversion " + About.version() + "\n";
        return ResumeFolder.fingerprint(text, inputs(analysis));
    }

    private static List<Path> inputs(Analysis analysis) {
        List<Path> files = new ArrayList<>();
        analysis.roads().forEach(r -> withParts(r.file(), files));
        SpecPaths.inputs(analysis.spec(), false).forEach(p -> withParts(analysis.layer(p).file(), files));
        analysis.spec().network().footpaths().forEach(p -> withParts(analysis.layer(p).file(), files));
        return files;
    }

    private static void withParts(Path file, List<Path> files) {
        files.add(file);
        String name = file.getFileName().toString();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".shp")) {
            String stem = name.substring(0, name.length() - 4);
            for (String ext : SHAPEFILE_PARTS) {
                for (String e : List.of(ext, ext.toUpperCase(java.util.Locale.ROOT))) {
                    Path part = file.resolveSibling(stem + e);
                    if (Files.exists(part)) {
                        files.add(part);
                    }
                }
            }
        }
    }

    private static String about(Analysis analysis) {
        return analysis.file() == null ? "an analysis not saved yet" : "analysis " + analysis.file();
    }
}
