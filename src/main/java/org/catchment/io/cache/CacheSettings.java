package org.catchment.io.cache;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.catchment.CatchmentException;
import org.catchment.Settings;
import org.catchment.UserDirs;
import org.catchment.io.FileOps;

/**
 * Where the caches live and how large they may grow. Each setting is taken from the first of: a Java
 * system property ({@code -Dcatchment.cache.dir=...}), an environment variable
 * ({@code CATCHMENT_CACHE_DIR}), the user's settings file ({@code settings.properties} in the
 * per-user settings folder, {@link UserDirs#config()}: {@code cache.dir=...}, read through
 * {@link Settings}, so a damaged file gives the defaults with a note), the default.
 *
 * <table>
 * <caption>Settings</caption>
 * <tr><th>setting file key</th><th>environment</th><th>system property</th><th>default</th></tr>
 * <tr><td>{@code cache.dir}</td><td>{@code CATCHMENT_CACHE_DIR}</td><td>{@code catchment.cache.dir}</td>
 *     <td>{@link UserDirs#cache()}</td></tr>
 * <tr><td>{@code cache.max_size_mb}</td><td>{@code CATCHMENT_CACHE_MAX_SIZE_MB}</td>
 *     <td>{@code catchment.cache.max_size_mb}</td><td>2048</td></tr>
 * </table>
 *
 * @param dir      Catchment's cache folder (networks are kept in its {@code networks} folder)
 * @param maxBytes the most the network cache may hold
 * @param file     the settings file (it need not exist)
 */
public record CacheSettings(Path dir, long maxBytes, Path file) {

    /** The default size limit, MB. */
    public static final long DEFAULT_MAX_MB = 2048;

    /** @return the network cache's folder */
    public Path networks() {
        return dir.resolve("networks");
    }

    /** @return the network cache of these settings, changed through the given file operations */
    public CacheStore networkStore(FileOps ops) {
        return new CacheStore(networks(), maxBytes, ops);
    }

    /** @return the settings of this user, as the system properties, environment and settings file give them */
    public static CacheSettings current() {
        return of(System.getProperties(), System.getenv(), Settings.current(), UserDirs.current().cache());
    }

    /**
     * @param properties   the system properties
     * @param env          the environment
     * @param saved        the user's settings
     * @param defaultDir   the cache folder when nothing sets one
     * @throws CatchmentException naming the setting when a value is not usable
     */
    static CacheSettings of(Properties properties, Map<String, String> env, Settings saved, Path defaultDir) {
        Path file = saved.file();
        String dir = first(properties.getProperty("catchment.cache.dir"), env.get("CATCHMENT_CACHE_DIR"),
                saved.get("cache.dir", null));
        String max = first(properties.getProperty("catchment.cache.max_size_mb"), env.get("CATCHMENT_CACHE_MAX_SIZE_MB"),
                saved.get("cache.max_size_mb", null));
        long maxMb = DEFAULT_MAX_MB;
        if (max != null) {
            try {
                maxMb = Long.parseLong(max.strip());
            } catch (NumberFormatException e) {
                maxMb = -1;
            }
            if (maxMb < 0) {
                throw new CatchmentException("cache.max_size_mb: '" + max + "' is not a whole number of MB (0 keeps no"
                        + " network). Correct it in " + file + " or in CATCHMENT_CACHE_MAX_SIZE_MB.");
            }
        }
        Path folder = dir == null ? defaultDir : Path.of(dir.strip()).toAbsolutePath();
        return new CacheSettings(folder, maxMb << 20, file);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
