package org.catchment.ui.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.catchment.Settings;

/**
 * The most recently opened or saved analysis files, newest first, kept in the user's settings
 * ({@link Settings}) under the keys {@code recent.0} to {@code recent.7}. Each change reads the list
 * afresh from the settings file, so two windows open at once add to one list.
 */
public final class RecentFiles {

    /** How many files are remembered. */
    public static final int MAX = 8;

    /**
     * A file of the list.
     *
     * @param file    the analysis file
     * @param missing true when it is no longer there (moved, deleted, a drive not connected)
     */
    public record Entry(Path file, boolean missing) {
    }

    private final Settings settings;

    /** @param settings the settings the list is kept in */
    public RecentFiles(Settings settings) {
        this.settings = settings;
    }

    /** Puts a file at the top of the list (moving it there if listed), dropping the oldest beyond {@link #MAX}. */
    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        settings.update(m -> {
            List<Path> list = read(m);
            list.remove(abs);
            list.add(0, abs);
            write(m, list);
        });
    }

    /** Removes a file (one the user no longer wants listed, or that no longer opens). */
    public void remove(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        settings.update(m -> {
            List<Path> list = read(m);
            list.remove(abs);
            write(m, list);
        });
    }

    /** @return the files, newest first */
    public List<Path> list() {
        return read(settings.all());
    }

    /** @return the files, newest first, each marked when it is missing */
    public List<Entry> entries() {
        return list().stream().map(p -> new Entry(p, !Files.isRegularFile(p))).toList();
    }

    private static List<Path> read(Map<String, String> values) {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String v = values.get(key(i));
            if (v != null && !v.isBlank()) {
                try {
                    Path p = Path.of(v.strip());
                    if (!out.contains(p)) {
                        out.add(p);
                    }
                } catch (java.nio.file.InvalidPathException e) {
                    // a hand-edited entry that is no path on this system: skipped
                }
            }
        }
        return out;
    }

    private static void write(Map<String, String> values, List<Path> files) {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                values.put(key(i), files.get(i).toString());
            } else {
                values.remove(key(i));
            }
        }
    }

    private static String key(int i) {
        return "recent." + i;
    }
}
