package org.catchment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings file: values survive a new instance, keys another process wrote meanwhile are
 * kept, a null removes a key, a damaged file reads as empty with a note, and the file is plain
 * key=value text a user may edit.
 */
class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void valuesAreKeptInTheFileAndReadBack() throws Exception {
        Settings s = Settings.in(dir.resolve("catchment"));
        assertThat(s.get("basemap.source")).isEmpty();
        s.put("basemap.source", "osm");
        s.put("basemap.url", "https://t.example.org/{z}/{x}/{y}.png?key=a=b");
        Settings again = Settings.in(dir.resolve("catchment"));
        assertThat(again.get("basemap.source")).contains("osm");
        assertThat(again.get("basemap.url")).contains("https://t.example.org/{z}/{x}/{y}.png?key=a=b");
        assertThat(Files.readString(s.file())).contains("basemap.source=osm");
        assertThat(again.getInt("basemap.cache_max_mb", 256)).isEqualTo(256);
    }

    @Test
    void aChangeKeepsWhatAnotherCatchmentWroteMeanwhile() {
        Settings app = Settings.in(dir);
        Settings cli = Settings.in(dir);
        cli.put("cache.dir", "/data/cache");
        app.put("basemap.source", "none");
        Settings after = Settings.in(dir);
        assertThat(after.get("cache.dir")).contains("/data/cache");
        assertThat(after.get("basemap.source")).contains("none");
        app.put("cache.dir", null);
        assertThat(Settings.in(dir).get("cache.dir")).isEmpty();
    }

    @Test
    void aDamagedFileReadsAsEmptyWithANote() throws Exception {
        Files.writeString(dir.resolve(Settings.FILE_NAME), "basemap.source=\\u12");
        Settings s = Settings.in(dir);
        assertThat(s.get("basemap.source")).isEmpty();
        assertThat(s.problem()).get().asString().contains(Settings.FILE_NAME).contains("defaults are used");
        assertThat(s.getInt("x", 3)).isEqualTo(3);
    }
}
