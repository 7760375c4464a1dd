package org.catchment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.catchment.AppImage;
import org.catchment.FolderSnapshot;
import org.catchment.UserDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code catchment demo} from an installed app image works on the user's copy of the sample in
 * their documents and writes nothing into the image; from a checkout it runs {@code data/sample}.
 */
class DemoCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int demo(DemoCommand command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler(new ErrorHandler());
        return cli.execute(args);
    }

    @Test
    void installedTheDemoRunsTheUsersCopyInTheirDocumentsAndLeavesTheImageAsItWas() throws Exception {
        Path app = AppImage.make(dir.resolve("opt").resolve("catchment"));
        Map<String, String> image = FolderSnapshot.of(dir.resolve("opt"));
        DemoCommand command = new DemoCommand();
        command.codeSource = app.resolve("catchment.jar");
        command.dirs = UserDirs.of("Linux", Map.of(), dir.resolve("home"));
        assertThat(demo(command, "--no-app")).as(err.toString()).isEqualTo(Main.OK);

        Path copy = dir.resolve("home").resolve("Documents").resolve("Catchment").resolve("sample");
        assertThat(out.toString()).contains("The sample town is in " + copy, "files written to " + copy.resolve("out"));
        assertThat(Files.readString(copy.resolve("out").resolve("deserts.csv"), StandardCharsets.UTF_8))
                .contains("Southmoor", "Eastside");
        assertThat(FolderSnapshot.of(dir.resolve("opt"))).as("nothing written into the install folder").isEqualTo(image);
    }
}
