package org.catchment.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.catchment.io.AtomicOutput;
import org.catchment.io.ResumeFolder;

/**
 * A run of numbered parts in a child JVM for {@link ResumeKillTest}: args {@code OUT COUNT}. Each
 * part not already in the resume folder is computed (its rows of a table) and committed; the
 * parts computed are printed, one number a line; then the table is assembled from the parts in
 * order into {@code OUT/table.csv} and the resume folder removed, as a tiled run does.
 */
public final class ResumeChild {

    private ResumeChild() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        try (ResumeFolder resume = ResumeFolder.open(out, "tiles of the test " + count, "resume child")) {
            for (int i = 0; i < count; i++) {
                if (resume.has(i)) {
                    continue;
                }
                resume.write(i, rows(i).getBytes(StandardCharsets.UTF_8));
                System.out.println(i);
            }
            AtomicOutput.write(out.resolve("table.csv"), temp -> {
                Files.writeString(temp, "tile,node,minutes\n", StandardCharsets.UTF_8);
                for (int part : resume.parts()) {
                    Files.write(temp, resume.read(part), java.nio.file.StandardOpenOption.APPEND);
                }
            });
        }
        ResumeFolder.discard(out, "resume child");
    }

    /** The rows of one part: known values, a few per part. */
    static String rows(int part) {
        StringBuilder s = new StringBuilder();
        for (int node = 0; node < 3; node++) {
            s.append(String.format(Locale.ROOT, "%d,%d,%.3f\n", part, node, part * 1.5 + node / 7.0));
        }
        return s.toString();
    }
}
