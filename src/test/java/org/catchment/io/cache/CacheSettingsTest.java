package org.catchment.io.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.catchment.CatchmentException;
import org.catchment.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the cache settings come from: a system property, else the environment, else the settings file, else the default. */
class CacheSettingsTest {

    @TempDir
    Path dir;

    @Test
    void eachSettingComesFromTheFirstPlaceThatGivesIt() throws IOException {
        Path file = Files.writeString(dir.resolve("settings.properties"), "cache.dir=" + dir.resolve("from-file")
                + "\ncache.max_size_mb=100\n");
        Path fallback = dir.resolve("default");
        CacheSettings fromFile = CacheSettings.of(new Properties(), Map.of(), Settings.load(file), fallback);
        assertThat(fromFile.dir()).isEqualTo(dir.resolve("from-file"));
        assertThat(fromFile.maxBytes()).isEqualTo(100L << 20);
        assertThat(fromFile.networks()).isEqualTo(dir.resolve("from-file").resolve("networks"));

        CacheSettings fromEnv = CacheSettings.of(new Properties(), Map.of("CATCHMENT_CACHE_DIR", dir.resolve("env").toString(),
                "CATCHMENT_CACHE_MAX_SIZE_MB", "300"), Settings.load(file), fallback);
        assertThat(fromEnv.dir()).isEqualTo(dir.resolve("env"));
        assertThat(fromEnv.maxBytes()).isEqualTo(300L << 20);

        Properties system = new Properties();
        system.setProperty("catchment.cache.dir", dir.resolve("prop").toString());
        assertThat(CacheSettings.of(system, Map.of("CATCHMENT_CACHE_DIR", "/elsewhere"), Settings.load(file), fallback).dir())
                .isEqualTo(dir.resolve("prop"));

        CacheSettings none = CacheSettings.of(new Properties(), Map.of(), Settings.load(dir.resolve("absent.properties")), fallback);
        assertThat(none.dir()).isEqualTo(fallback);
        assertThat(none.maxBytes()).isEqualTo(CacheSettings.DEFAULT_MAX_MB << 20).isEqualTo(2L << 30);
    }

    @Test
    void aLimitThatIsNotAWholeNumberOfMbIsRefusedNamingTheSetting() throws IOException {
        Path file = Files.writeString(dir.resolve("settings.properties"), "cache.max_size_mb=2GB\n");
        assertThatThrownBy(() -> CacheSettings.of(new Properties(), Map.of(), Settings.load(file), dir))
                .isInstanceOf(CatchmentException.class).hasMessage("cache.max_size_mb: '2GB' is not a whole number of MB"
                        + " (0 keeps no network). Correct it in " + file + " or in CATCHMENT_CACHE_MAX_SIZE_MB.");
    }

    @Test
    void aDamagedSettingsFileGivesTheDefaults() throws IOException {
        Path file = Files.write(dir.resolve("settings.properties"), new byte[] {'c', 'a', 'c', 'h', 'e', '.', 'd', 'i',
            'r', '=', (byte) 0xFF, '\n', 'c', 'a', 'c', 'h', 'e', '.', 'm', 'a', 'x', '_', 's', 'i', 'z', 'e', '_', 'm', 'b',
            '=', '1', '\n'});
        Settings damaged = Settings.load(file);
        CacheSettings settings = CacheSettings.of(new Properties(), Map.of(), damaged, dir.resolve("default"));
        assertThat(settings.dir()).isEqualTo(dir.resolve("default"));
        assertThat(settings.maxBytes()).isEqualTo(CacheSettings.DEFAULT_MAX_MB << 20);
        assertThat(damaged.note()).isPresent();
    }
}
