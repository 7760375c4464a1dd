package org.catchment;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The user's settings: {@code settings.properties} in the per-user settings folder
 * ({@link UserDirs#config()}), a plain Java properties file of dotted keys such as
 * {@code basemap.source} that a user may also edit by hand. Shared by the app (the basemap, and
 * later recent files and the window layout) and the command line (e.g. {@code cache.dir}); each
 * part owns the keys under its own prefix and leaves the others alone.
 *
 * <p>Every change is written at once: the file is read again (so changes another Catchment made
 * meanwhile are kept), the change applied, and the whole written to a temporary file beside it
 * and moved into place, so the file is never half written. A file that cannot be read is taken
 * as empty (and {@link #problem()} says why); a file that cannot be written leaves the change in
 * memory for this session only. Safe to use from any thread.
 */
public final class Settings {

    /** The file's name in the settings folder. */
    public static final String FILE_NAME = "settings.properties";

    private final Path file;
    private final Map<String, String> values = new HashMap<>();
    private String problem;

    private Settings(Path file) {
        this.file = file;
        reload();
    }

    /** @return the settings kept in {@code folder}/{@value #FILE_NAME} (the folder need not exist yet) */
    public static Settings in(Path folder) {
        return new Settings(folder.resolve(FILE_NAME));
    }

    /** @return the settings of the user running this JVM */
    public static Settings forUser() {
        return in(UserDirs.current().config());
    }

    /** @return the settings file (it need not exist) */
    public Path file() {
        return file;
    }

    /** @return the value of a key, or empty when unset or blank */
    public synchronized Optional<String> get(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /** @return the value of a key, or {@code fallback} when unset */
    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /** @return the whole number a key holds, or {@code fallback} when it is unset or not a whole number */
    public int getInt(String key, int fallback) {
        try {
            return get(key).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Sets one key (null removes it) and writes the file. */
    public void put(String key, String value) {
        Map<String, String> change = new HashMap<>();
        change.put(key, value);
        putAll(change);
    }

    /** Sets several keys at once (a null value removes its key) and writes the file once. */
    public synchronized void putAll(Map<String, String> change) {
        reload();
        change.forEach((k, v) -> {
            if (v == null) {
                values.remove(k);
            } else {
                values.put(k, v);
            }
        });
        try {
            write();
            problem = null;
        } catch (IOException e) {
            problem = file + ": the settings could not be saved (" + e.getMessage() + "); they hold for this session.";
        }
    }

    /** @return why the file could not be read or written last time, or empty */
    public synchronized Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private void reload() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            problem = file + ": the settings file could not be read (" + e.getMessage() + "); defaults are used.";
            return;
        }
        values.clear();
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
    }

    private void write() throws IOException {
        Files.createDirectories(file.getParent());
        StringWriter text = new StringWriter();
        text.write("# Catchment settings (see docs/user-guide.md); one key=value a line\n");
        for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
            Properties one = new Properties();
            one.setProperty(e.getKey(), e.getValue());
            StringWriter line = new StringWriter();
            one.store(line, null);
            line.toString().lines().filter(l -> !l.startsWith("#")).forEach(l -> text.write(l + "\n"));
        }
        Path temp = Files.createTempFile(file.getParent(), "." + FILE_NAME + ".", ".part");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write(text.toString());
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
