package org.catchment.ui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The most recently opened or saved analysis files, newest first, kept in user preferences
 * ({@link java.util.prefs}) under keys {@code recent.0} to {@code recent.7}.
 */
public final class RecentFiles {

    /** How many files are remembered. */
    public static final int MAX = 8;

    private final Preferences node;

    /** @param node the preferences node to keep the list in */
    public RecentFiles(Preferences node) {
        this.node = node;
    }

    /** @return the list kept in the app's own preferences node */
    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userNodeForPackage(RecentFiles.class));
    }

    /** Puts a file at the top of the list (moving it there if listed), dropping the oldest beyond {@link #MAX}. */
    public void add(Path file) {
        List<Path> list = new ArrayList<>(list());
        Path abs = file.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        store(list.subList(0, Math.min(MAX, list.size())));
    }

    /** Removes a file (one that no longer opens). */
    public void remove(Path file) {
        List<Path> list = new ArrayList<>(list());
        list.remove(file.toAbsolutePath().normalize());
        store(list);
    }

    /** @return the files, newest first */
    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String v = node.get(key(i), null);
            if (v != null && !v.isBlank()) {
                out.add(Path.of(v));
            }
        }
        return out;
    }

    private void store(List<Path> files) {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(key(i), files.get(i).toString());
            } else {
                node.remove(key(i));
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // A convenience only: when preferences cannot be stored the list lasts for this session.
            return;
        }
    }

    private static String key(int i) {
        return "recent." + i;
    }
}
