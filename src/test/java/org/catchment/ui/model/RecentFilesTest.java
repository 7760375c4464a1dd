package org.catchment.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.catchment.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent-files list in the settings file: order, limit, missing files, two windows. */
class RecentFilesTest {

    @TempDir
    Path dir;

    private Path settingsFile() {
        return dir.resolve("config").resolve(Settings.FILE_NAME);
    }

    /** An absolute path on every platform (on Windows "/data" alone has no drive). */
    private static Path file(String name) {
        return Path.of("/data", name).toAbsolutePath();
    }

    @Test
    void newestFirstWithoutDuplicatesAndAtMostEight() {
        RecentFiles recent = new RecentFiles(Settings.load(settingsFile()));
        for (int i = 0; i < 10; i++) {
            recent.add(file("a" + i + ".yml"));
        }
        recent.add(file("a5.yml"));
        assertThat(recent.list()).hasSize(RecentFiles.MAX).first().isEqualTo(file("a5.yml"));
        assertThat(recent.list()).containsOnlyOnce(file("a5.yml"));
        assertThat(recent.list().get(1)).isEqualTo(file("a9.yml"));
        assertThat(recent.list()).doesNotContain(file("a0.yml"), file("a1.yml"));
        recent.remove(file("a9.yml"));
        RecentFiles reread = new RecentFiles(Settings.load(settingsFile()));
        assertThat(reread.list()).hasSize(RecentFiles.MAX - 1).doesNotContain(file("a9.yml")).first()
                .isEqualTo(file("a5.yml"));
        assertThat(Settings.load(settingsFile()).get("recent.0")).contains(file("a5.yml").toString());
    }

    @Test
    void missingFilesAreMarkedAndCanBeRemoved() throws IOException {
        Path here = Files.writeString(dir.resolve("here.yml"), "name: here\n");
        Path gone = dir.resolve("gone.yml");
        RecentFiles recent = new RecentFiles(Settings.load(settingsFile()));
        recent.add(gone);
        recent.add(here);
        assertThat(recent.entries()).containsExactly(new RecentFiles.Entry(here, false), new RecentFiles.Entry(gone, true));
        recent.remove(gone);
        assertThat(recent.entries()).containsExactly(new RecentFiles.Entry(here, false));
    }

    @Test
    void twoWindowsAddToOneList() {
        RecentFiles first = new RecentFiles(Settings.load(settingsFile()));
        RecentFiles second = new RecentFiles(Settings.load(settingsFile()));
        first.add(file("one.yml"));
        second.add(file("two.yml"));
        first.add(file("three.yml"));
        assertThat(first.list()).containsExactly(file("three.yml"), file("two.yml"), file("one.yml"));
    }
}
