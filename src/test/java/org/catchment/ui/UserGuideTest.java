package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user guide as Help &gt; User guide opens it: the bundled guide as an HTML page with its screenshots. */
class UserGuideTest {

    @TempDir
    Path dir;

    @Test
    void markdownWithTablesBecomesHtml() {
        String html = UserGuide.html("# Guide\n\n| keys | does |\n|---|---|\n| Ctrl+T | Attribute table |\n");
        assertThat(html).contains("<h1>Guide</h1>").contains("<table>").contains("<td>Ctrl+T</td>")
                .startsWith("<!DOCTYPE html>");
    }

    @Test
    void theBundledGuideIsWrittenWithItsScreenshotsToOpenOffline() throws Exception {
        Path html = UserGuide.write(dir);
        String page = Files.readString(html);
        assertThat(page).contains("<h2>Keyboard shortcuts</h2>").contains("<img src=\"images/app-main.png\"");
        assertThat(dir.resolve("images/app-main.png")).isNotEmptyFile();
    }
}
