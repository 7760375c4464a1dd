package org.catchment.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.catchment.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's place and splits in the settings file: round trip, and values that cannot be used. */
class WindowLayoutTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(Settings.FILE_NAME);
    }

    @Test
    void aLayoutIsReadBackAsWritten() {
        WindowLayout layout = new WindowLayout(-1200, 40, 1100, 700, true,
                Map.of("centre", List.of(0.25, 0.7), "left", List.of(0.5)));
        assertThat(layout.write(Settings.load(file()))).isTrue();
        assertThat(WindowLayout.read(Settings.load(file()))).contains(layout);

        WindowLayout smaller = new WindowLayout(10, 20, 900, 600, false, Map.of("centre", List.of(0.3, 0.8)));
        smaller.write(Settings.load(file()));
        assertThat(WindowLayout.read(Settings.load(file()))).as("the last layout, its splits alone").contains(smaller);
    }

    @Test
    void nothingIsUsedWithoutAllFourBoundsAndBadSplitsAreLeftOut() throws IOException {
        assertThat(WindowLayout.read(Settings.load(file()))).isEmpty();
        Files.writeString(file(), "window.x=10\nwindow.y=20\nwindow.width=wide\nwindow.height=600\n", StandardCharsets.UTF_8);
        assertThat(WindowLayout.read(Settings.load(file()))).isEmpty();
        Files.writeString(file(), "window.x=10\nwindow.y=20\nwindow.width=0\nwindow.height=600\n", StandardCharsets.UTF_8);
        assertThat(WindowLayout.read(Settings.load(file()))).isEmpty();
        Files.writeString(file(), "window.x=10\nwindow.y=20\nwindow.width=800\nwindow.height=600\nwindow.maximized=yes\n"
                + "window.split.a=0.7,0.2\nwindow.split.b=1.5\nwindow.split.c=0.4,x\nwindow.split.d=0.1,0.9\n",
                StandardCharsets.UTF_8);
        assertThat(WindowLayout.read(Settings.load(file()))).contains(new WindowLayout(10, 20, 800, 600, false,
                Map.of("d", List.of(0.1, 0.9))));
    }
}
