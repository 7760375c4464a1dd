package org.catchment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** An installed app image as jpackage lays it out, for tests of what an installed Catchment does: {@code lib/app} with the jar's place and the sample town. */
public final class AppImage {

    private AppImage() {
    }

    /** @return the image's {@code lib/app}: a stand-in {@code catchment.jar} and {@code data/sample} copied from the repository's */
    public static Path make(Path root) throws IOException {
        Path app = Files.createDirectories(root.resolve("lib").resolve("app"));
        Files.writeString(app.resolve("catchment.jar"), "stands for the jar");
        Path sample = Files.createDirectories(app.resolve("data").resolve("sample"));
        try (Stream<Path> files = Files.list(Path.of("data", "sample"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, sample.resolve(f.getFileName().toString()));
            }
        }
        return app;
    }
}
