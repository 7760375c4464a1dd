package org.catchment;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folders Catchment may write to, by the platform's own conventions, so that nothing is
 * written into the install folder or the user's data folders:
 *
 * <table>
 * <caption>Folders by platform</caption>
 * <tr><th></th><th>Linux (XDG base directories)</th><th>Windows</th><th>macOS</th></tr>
 * <tr><td>{@link #config()}</td><td>{@code $XDG_CONFIG_HOME/catchment}, else {@code ~/.config/catchment}</td>
 *     <td>{@code %APPDATA%\Catchment}</td><td>{@code ~/Library/Application Support/Catchment}</td></tr>
 * <tr><td>{@link #data()}</td><td>{@code $XDG_DATA_HOME/catchment}, else {@code ~/.local/share/catchment}</td>
 *     <td>{@code %LOCALAPPDATA%\Catchment}</td><td>{@code ~/Library/Application Support/Catchment}</td></tr>
 * <tr><td>{@link #cache()}</td><td>{@code $XDG_CACHE_HOME/catchment}, else {@code ~/.cache/catchment}</td>
 *     <td>{@code %LOCALAPPDATA%\Catchment\Cache}</td><td>{@code ~/Library/Caches/Catchment}</td></tr>
 * <tr><td>{@link #logs()}</td><td>{@code $XDG_STATE_HOME/catchment}, else {@code ~/.local/state/catchment}</td>
 *     <td>{@code %LOCALAPPDATA%\Catchment\Logs}</td><td>{@code ~/Library/Logs/Catchment}</td></tr>
 * </table>
 *
 * <p>An environment variable that is unset, blank or not an absolute path is ignored (as the XDG
 * specification asks) and the default under the home folder is used. Nothing is created here:
 * callers create the folder they write to. Headless and toolkit-free, for the command line, the
 * app's settings and the caches alike.
 *
 * @param config settings (recent files, window layout)
 * @param data   files the user works with that Catchment keeps for them (e.g. a copy of the sample)
 * @param cache  files that can be rebuilt at any time (e.g. network caches)
 * @param logs   the log file
 */
public record UserDirs(Path config, Path data, Path cache, Path logs) {

    /** @return the folders of the user running this JVM, on this platform */
    public static UserDirs current() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * @param osName the {@code os.name} system property of the platform
     * @param env    the environment variables
     * @param home   the user's home folder
     * @return the folders on that platform
     */
    public static UserDirs of(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path local = dir(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local")).resolve("Catchment");
            Path roaming = dir(env, "APPDATA", home.resolve("AppData").resolve("Roaming")).resolve("Catchment");
            return new UserDirs(roaming, local, local.resolve("Cache"), local.resolve("Logs"));
        }
        if (os.startsWith("mac")) {
            Path library = home.resolve("Library");
            Path support = library.resolve("Application Support").resolve("Catchment");
            return new UserDirs(support, support, library.resolve("Caches").resolve("Catchment"),
                    library.resolve("Logs").resolve("Catchment"));
        }
        return new UserDirs(
                dir(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("catchment"),
                dir(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve("catchment"),
                dir(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve("catchment"),
                dir(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve("catchment"));
    }

    private static Path dir(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path p = Path.of(value);
        return p.isAbsolute() ? p : fallback;
    }
}
