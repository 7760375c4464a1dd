package org.catchment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * <tr><td>{@link #documents()}</td><td>{@code XDG_DOCUMENTS_DIR} (environment, else
 *     {@code user-dirs.dirs} in the configuration home), else {@code ~/Documents}</td>
 *     <td>{@code %OneDrive%\Documents} when it exists (OneDrive keeps the documents), else
 *     {@code %USERPROFILE%\Documents}</td><td>{@code ~/Documents}</td></tr>
 * </table>
 *
 * <p>An environment variable that is unset, blank or not an absolute path is ignored (as the XDG
 * specification asks) and the default under the home folder is used. Nothing is created here:
 * callers create the folder they write to. Headless and toolkit-free, for the command line, the
 * app's settings and the caches alike.
 *
 * @param config    settings ({@link Settings}: recent files, window layout, cache settings)
 * @param data      files Catchment keeps for the user that they do not open themselves
 * @param cache     files that can be rebuilt at any time (e.g. network caches)
 * @param logs      the log file
 * @param documents the user's documents folder (the sample town's copy goes in its {@code Catchment}
 *                  folder, where the user finds it)
 */
public record UserDirs(Path config, Path data, Path cache, Path logs, Path documents) {

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
            Path oneDrive = dir(env, "OneDrive", home.resolve("OneDrive")).resolve("Documents");
            Path documents = Files.isDirectory(oneDrive) ? oneDrive
                    : dir(env, "USERPROFILE", home).resolve("Documents");
            return new UserDirs(roaming, local, local.resolve("Cache"), local.resolve("Logs"), documents);
        }
        if (os.startsWith("mac")) {
            Path library = home.resolve("Library");
            Path support = library.resolve("Application Support").resolve("Catchment");
            return new UserDirs(support, support, library.resolve("Caches").resolve("Catchment"),
                    library.resolve("Logs").resolve("Catchment"), home.resolve("Documents"));
        }
        Path configHome = dir(env, "XDG_CONFIG_HOME", home.resolve(".config"));
        return new UserDirs(
                configHome.resolve("catchment"),
                dir(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve("catchment"),
                dir(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve("catchment"),
                dir(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve("catchment"),
                xdgDocuments(env, configHome, home));
    }

    /**
     * @return the XDG documents folder: {@code XDG_DOCUMENTS_DIR} from the environment or from
     *     {@code user-dirs.dirs} ({@code XDG_DOCUMENTS_DIR="$HOME/Documents"}), else {@code ~/Documents};
     *     one set to the home folder itself means "none" in XDG, so {@code ~/Documents} then too
     */
    private static Path xdgDocuments(Map<String, String> env, Path configHome, Path home) {
        Path fallback = home.resolve("Documents");
        String value = env.get("XDG_DOCUMENTS_DIR");
        if (value == null || value.isBlank()) {
            value = userDirsEntry(configHome.resolve("user-dirs.dirs"));
        }
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.strip();
        Path p = v.startsWith("$HOME") ? home.resolve(v.substring(5).replaceFirst("^/+", "")) : Path.of(v);
        return p.isAbsolute() && !p.normalize().equals(home.normalize()) ? p : fallback;
    }

    private static String userDirsEntry(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | SecurityException e) {
            return null;
        }
        for (String line : lines) {
            String l = line.strip();
            if (l.startsWith("XDG_DOCUMENTS_DIR=")) {
                String v = l.substring("XDG_DOCUMENTS_DIR=".length()).strip();
                return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
            }
        }
        return null;
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
