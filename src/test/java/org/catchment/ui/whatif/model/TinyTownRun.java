package org.catchment.ui.whatif.model;

import java.nio.file.Files;
import java.nio.file.Path;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.io.FileTrees;
import org.catchment.ui.TinyTown;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The tiny town ({@link TinyTown}) written into a folder of its own and run once for a test class;
 * after the last test the run is closed and the folder removed. Register it static:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final TinyTownRun TOWN = new TinyTownRun();
 * </pre>
 */
final class TinyTownRun implements BeforeAllCallback, AfterAllCallback {

    private final String extra;
    private Path dir;
    private Analysis analysis;
    private AnalysisResult result;

    /** The tiny town as it is. */
    TinyTownRun() {
        this("");
    }

    /** @param extra keys added at the end of the town's analysis file (e.g. {@code tiles: {by: WD_NAME}}) */
    TinyTownRun(String extra) {
        this.extra = extra;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("catchment-tinytown");
        Path file = TinyTown.write(dir);
        Files.writeString(file, extra, java.nio.file.StandardOpenOption.APPEND);
        analysis = AnalysisFiles.read(file);
        result = AnalysisRunner.run(analysis);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (result != null) {
                result.close();
            }
        } finally {
            FileTrees.deleteQuietly(dir);
        }
    }

    /** @return the folder of the town's files (a test may add its own) */
    Path dir() {
        return dir;
    }

    /** @return the town's analysis */
    Analysis analysis() {
        return analysis;
    }

    /** @return its run */
    AnalysisResult result() {
        return result;
    }
}
