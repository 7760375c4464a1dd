package org.catchment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The text of a settings file as its lines, so that {@link Settings} can change some keys and keep
 * the rest as the user wrote it (comments, blank lines, order, spelling of values). Each entry is a
 * logical line of Java properties: a comment or blank line, or one key (a value continued over
 * several lines with a trailing backslash is one entry).
 *
 * @param entries the logical lines, in order
 * @param values  the settings they hold (the last line of a key wins, as in {@link Properties})
 * @param damage  why the text could not be read, or null
 */
record SettingsText(List<Entry> entries, Map<String, String> values, String damage) {

    /** No file. */
    static final SettingsText EMPTY = new SettingsText(List.of(), Map.of(), null);

    /**
     * One logical line.
     *
     * @param raw   its text as written (lines joined by {@code \n})
     * @param key   its key, or null for a comment or blank line
     * @param value its value, or null
     */
    record Entry(String raw, String key, String value) {
    }

    static SettingsText damaged(String reason) {
        return new SettingsText(List.of(), Map.of(), reason);
    }

    /** @return the text's entries and settings, or a damaged text naming the line that breaks it */
    static SettingsText parse(String text) {
        String[] lines = text.split("\\R", -1);
        int count = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        List<Entry> entries = new ArrayList<>();
        Map<String, String> values = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int first = i;
            StringBuilder raw = new StringBuilder(lines[i]);
            if (!isCommentOrBlank(lines[i])) {
                while (continues(lines[i]) && i + 1 < count) {
                    raw.append('\n').append(lines[++i]);
                }
            }
            Properties p;
            try {
                p = Settings.properties(raw.toString());
            } catch (IllegalArgumentException e) {
                return damaged("line " + (first + 1) + ": " + e.getMessage());
            }
            if (p.isEmpty()) {
                entries.add(new Entry(raw.toString(), null, null));
            } else {
                String key = p.stringPropertyNames().iterator().next();
                entries.add(new Entry(raw.toString(), key, p.getProperty(key)));
                values.put(key, p.getProperty(key));
            }
        }
        return new SettingsText(List.copyOf(entries), Collections.unmodifiableMap(values), null);
    }

    /**
     * @param wanted every setting the text is to hold
     * @return this text with each key's first line set to its wanted value (kept as written when
     *     the value is unchanged), the keys no longer wanted and repeated lines dropped, and new keys
     *     appended
     */
    SettingsText with(Map<String, String> wanted) {
        List<Entry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Entry e : entries) {
            if (e.key() == null) {
                out.add(e);
            } else if (wanted.containsKey(e.key()) && seen.add(e.key())) {
                String v = wanted.get(e.key());
                out.add(v.equals(e.value()) ? e : new Entry(Settings.line(e.key(), v), e.key(), v));
            }
        }
        new TreeMap<>(wanted).forEach((k, v) -> {
            if (!seen.contains(k)) {
                out.add(new Entry(Settings.line(k, v), k, v));
            }
        });
        return new SettingsText(List.copyOf(out), new TreeMap<>(wanted), null);
    }

    /** @return the text to write, each line ended by the platform's line separator */
    String render() {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries) {
            b.append(e.raw().replace("\n", System.lineSeparator())).append(System.lineSeparator());
        }
        return b.toString();
    }

    private static boolean isCommentOrBlank(String line) {
        String s = line.stripLeading();
        return s.isEmpty() || s.charAt(0) == '#' || s.charAt(0) == '!';
    }

    /** @return true when the line ends in an odd number of backslashes (the value goes on) */
    private static boolean continues(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }
}
