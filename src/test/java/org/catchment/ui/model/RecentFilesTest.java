package org.catchment.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

    private final Preferences node = Preferences.userRoot().node("org/catchment/ui/test-" + System.nanoTime());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    /** An absolute path on every platform (on Windows "/data" alone has no drive). */
    private static Path file(String name) {
        return Path.of("/data", name).toAbsolutePath();
    }

    @Test
    void newestFirstWithoutDuplicatesAndAtMostEight() {
        RecentFiles recent = new RecentFiles(node);
        for (int i = 0; i < 10; i++) {
            recent.add(file("a" + i + ".yml"));
        }
        recent.add(file("a5.yml"));
        assertThat(recent.list()).hasSize(RecentFiles.MAX).first().isEqualTo(file("a5.yml"));
        assertThat(recent.list()).containsOnlyOnce(file("a5.yml"));
        assertThat(recent.list().get(1)).isEqualTo(file("a9.yml"));
        assertThat(recent.list()).doesNotContain(file("a0.yml"), file("a1.yml"));
        recent.remove(file("a9.yml"));
        assertThat(new RecentFiles(node).list()).hasSize(RecentFiles.MAX - 1).doesNotContain(file("a9.yml"));
    }
}
