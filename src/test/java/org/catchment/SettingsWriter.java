package org.catchment;

import java.nio.file.Path;

/**
 * A writer of {@link SettingsTest}'s concurrency test, in a thread or (through {@link #main}) a
 * process of its own: it adds one to the shared {@code count} and records its own
 * {@code last.NAME} each time, loading the settings afresh for every change.
 */
final class SettingsWriter {

    private SettingsWriter() {
    }

    /** @param args the settings file, the writer's name, the number of changes */
    public static void main(String[] args) {
        write(Path.of(args[0]), args[1], Integer.parseInt(args[2]));
    }

    static Void write(Path file, String name, int changes) {
        for (int i = 1; i <= changes; i++) {
            int n = i;
            boolean saved = Settings.load(file).update(m -> {
                m.merge("count", "1", (a, b) -> String.valueOf(Integer.parseInt(a) + 1));
                m.put("last." + name, String.valueOf(n));
            });
            if (!saved) {
                throw new IllegalStateException("not saved: " + name + " " + n);
            }
        }
        return null;
    }
}
