package org.catchment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the sample town is found (an installed image's copy beside the jar, else a checkout's) and the user's copy of it. */
class BundledSampleTest {

    static final Path SAMPLE = Path.of("data", "sample");

    @TempDir
    Path dir;

    @Test
    void anInstalledImageCarriesTheSampleBesideItsJarAndThatWinsOverAnyCheckout() throws IOException {
        Path app = AppImage.make(dir.resolve("opt").resolve("catchment"));
        Path work = Files.createDirectories(dir.resolve("work").resolve("data").resolve("sample")).getParent().getParent();
        Files.writeString(work.resolve("data").resolve("sample").resolve("analysis.yml"), "name: elsewhere\n");
        BundledSample.Source s = BundledSample.find(app.resolve("catchment.jar"), work).orElseThrow();
        assertThat(s.installed()).isTrue();
        assertThat(s.folder()).isEqualTo(app.resolve("data").resolve("sample").toAbsolutePath());
    }

    @Test
    void aCheckoutsSampleIsFoundInTheWorkingFolderElseAboveTheJar() throws IOException {
        Path repo = dir.resolve("repo");
        Path jar = Files.createDirectories(repo.resolve("target")).resolve("catchment.jar");
        Files.createDirectories(repo.resolve("data").resolve("sample"));
        Files.writeString(repo.resolve("data").resolve("sample").resolve("analysis.yml"), "name: repo\n");
        BundledSample.Source fromJar = BundledSample.find(jar, dir.resolve("elsewhere")).orElseThrow();
        assertThat(fromJar.installed()).isFalse();
        assertThat(fromJar.analysis()).isEqualTo(repo.resolve("data").resolve("sample").resolve("analysis.yml"));

        Path work = dir.resolve("work");
        Files.createDirectories(work.resolve("data").resolve("sample"));
        Files.writeString(work.resolve("data").resolve("sample").resolve("analysis.yml"), "name: work\n");
        assertThat(BundledSample.find(jar, work).orElseThrow().folder()).isEqualTo(work.resolve("data").resolve("sample"));
        assertThat(BundledSample.find(dir.resolve("lone").resolve("catchment.jar"), dir.resolve("lone"))).isEmpty();
        assertThat(BundledSample.find(null, dir)).isEmpty();
    }

    @Test
    void theCodeSourceOfTheTestsFindsTheRepositorysSample() {
        BundledSample.Source s = BundledSample.find().orElseThrow();
        assertThat(s.installed()).isFalse();
        assertThat(s.analysis()).isEqualTo(SAMPLE.resolve("analysis.yml").toAbsolutePath());
    }

    @Test
    void theCopyGoesToTheDocumentsFolderWholeAndKeepsWhatTheUserChanged() throws IOException {
        Path app = AppImage.make(dir.resolve("image"));
        Path sample = app.resolve("data").resolve("sample");
        Files.createDirectories(sample.resolve("sub"));
        Files.writeString(sample.resolve("sub").resolve("not-copied.txt"), "x");
        Files.writeString(sample.resolve(".hidden"), "x");
        Map<String, String> image = FolderSnapshot.of(app);
        UserDirs user = UserDirs.of("Linux", Map.of(), dir.resolve("home"));
        Path target = BundledSample.userCopy(user);
        assertThat(target).isEqualTo(dir.resolve("home").resolve("Documents").resolve("Catchment").resolve("sample"));

        Path analysis = BundledSample.copy(sample, target);
        assertThat(analysis).isEqualTo(target.resolve("analysis.yml"));
        try (Stream<Path> copied = Files.list(target); Stream<Path> original = Files.list(SAMPLE)) {
            assertThat(copied.map(p -> p.getFileName().toString()).sorted().toList()).as("the sample's files, nothing else")
                    .isEqualTo(original.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertThat(Files.readAllBytes(target.resolve("RoadLink.shp"))).isEqualTo(Files.readAllBytes(SAMPLE.resolve("RoadLink.shp")));

        Files.writeString(analysis, "name: my edit\n", StandardCharsets.UTF_8);
        Files.delete(target.resolve("gp.dbf"));
        BundledSample.copy(sample, target);
        assertThat(Files.readString(analysis)).as("the user's edit is kept").isEqualTo("name: my edit\n");
        assertThat(target.resolve("gp.dbf")).as("a deleted file comes back").exists();
        assertThat(FolderSnapshot.of(app)).as("the image is unchanged").isEqualTo(image);
    }

    @Test
    void aCopyThatCannotBeMadeNamesTheFolder() throws IOException {
        Path blocked = Files.writeString(dir.resolve("Catchment"), "a file where the folder should be");
        assertThatThrownBy(() -> BundledSample.copy(SAMPLE, blocked.resolve("sample")))
                .isInstanceOf(CatchmentException.class)
                .hasMessageStartingWith(blocked.resolve("sample") + ": cannot copy the sample town there (")
                .hasMessageEndingWith("). Check that the folder can be written to.");
    }
}
