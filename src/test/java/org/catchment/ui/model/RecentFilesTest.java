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

    @Test
    void newestFirstWithoutDuplicatesAndAtMostEight() {
        RecentFiles recent = new RecentFiles(node);
        for (int i = 0; i < 10; i++) {
            recent.add(Path.of("/data/a" + i + ".yml"));
        }
        recent.add(Path.of("/data/a5.yml"));
        assertThat(recent.list()).hasSize(RecentFiles.MAX).first().isEqualTo(Path.of("/data/a5.yml"));
        assertThat(recent.list()).containsOnlyOnce(Path.of("/data/a5.yml"));
        assertThat(recent.list().get(1)).isEqualTo(Path.of("/data/a9.yml"));
        assertThat(recent.list()).doesNotContain(Path.of("/data/a0.yml"), Path.of("/data/a1.yml"));
        recent.remove(Path.of("/data/a9.yml"));
        assertThat(new RecentFiles(node).list()).hasSize(RecentFiles.MAX - 1).doesNotContain(Path.of("/data/a9.yml"));
    }
}
