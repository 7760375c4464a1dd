package org.catchment;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The user's settings: one small text file of {@code key=value} lines (Java properties, UTF-8),
 * {@code settings.properties} in the per-user settings folder ({@link UserDirs#config()}), shared by
 * the command line's cache settings ({@code cache.*}) and the app's recent files ({@code recent.*}),
 * window layout ({@code window.*}) and map choices. Headless, the JDK only.
 *
 * <p>Safe to use from several threads and several Catchment processes at once: a change
 * ({@link #update}) takes a lock (in this JVM and on the file {@code settings.properties.lock}),
 * reads the file afresh, applies the change to what it holds and writes it to a temporary file that
 * replaces the settings file in one move, so a reader never sees half a file and no writer's change
 * is lost. The user's own lines (comments, order) are kept; a changed key's line is rewritten, a new
 * key appended.
 *
 * <p>A damaged file (not UTF-8, or a broken {@code \\u} escape) is not an error: the defaults are
 * used, {@link #note()} says so (and the log, {@link RunLog}), and the next change first moves the
 * damaged file aside to {@code settings.properties.damaged}. A change that cannot be saved (a
 * read-only folder) lasts for this process, with a note.
 */
public final class Settings {

    /** The settings file's name. */
    public static final String FILE_NAME = "settings.properties";

    private static final Object JVM_LOCK = new Object();

    private final Path file;
    private volatile Map<String, String> values;
    private volatile String note;

    private Settings(Path file) {
        this.file = file;
    }

    /** @return the settings of this user ({@code settings.properties} in {@link UserDirs#config()}) */
    public static Settings current() {
        return load(UserDirs.current().config().resolve(FILE_NAME));
    }

    /**
     * Reads a settings file; a missing file is no settings, a damaged one is the defaults and a note.
     *
     * @param file the settings file
     * @return the settings it holds
     */
    public static Settings load(Path file) {
        Settings s = new Settings(file.toAbsolutePath());
        SettingsText text = s.read();
        s.values = text.values();
        if (text.damage() != null) {
            s.note = file + ": the settings file is damaged (" + text.damage() + "), so the default settings are used."
                    + " Correct or delete it; the next change of a setting moves it aside to " + FILE_NAME + ".damaged.";
            RunLog.current().line("settings: " + s.note);
        }
        return s;
    }

    /** @return the settings file (it need not exist) */
    public Path file() {
        return file;
    }

    /** @return what went wrong with the file (damaged, or a change not saved), if anything */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** @return the value of a key, if set */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** @return the value of a key, or {@code fallback} when it is not set */
    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /** @return every setting, by key */
    public Map<String, String> all() {
        return values;
    }

    /**
     * Sets one key.
     *
     * @return true when saved (see {@link #update})
     */
    public boolean put(String key, String value) {
        return update(m -> m.put(key, value));
    }

    /**
     * Removes one key.
     *
     * @return true when saved (see {@link #update})
     */
    public boolean remove(String key) {
        return update(m -> m.remove(key));
    }

    /**
     * Changes the settings: {@code edit} is given what the file holds now (read afresh under the
     * lock) to change in place; the result is saved at once, as a whole.
     *
     * @param edit changes the map of settings (keys and values must not be null)
     * @return true when saved, false when the change lasts only for this process (see {@link #note()})
     */
    public boolean update(Consumer<Map<String, String>> edit) {
        synchronized (JVM_LOCK) {
            Map<String, String> changed = null;
            try {
                Files.createDirectories(file.getParent());
                try (FileChannel lockFile = FileChannel.open(file.resolveSibling(FILE_NAME + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        FileLock lock = lockOrNull(lockFile)) {
                    SettingsText text = read();
                    changed = new TreeMap<>(text.damage() == null ? text.values() : Map.of());
                    edit.accept(changed);
                    if (text.damage() != null) {
                        Files.move(file, file.resolveSibling(FILE_NAME + ".damaged"), StandardCopyOption.REPLACE_EXISTING);
                        text = SettingsText.EMPTY;
                    } else if (changed.equals(text.values())) {
                        values = Collections.unmodifiableMap(changed);
                        return true;
                    }
                    write(text.with(changed));
                }
                values = Collections.unmodifiableMap(changed);
                return true;
            } catch (IOException | UncheckedIOException | SecurityException e) {
                if (changed == null) {
                    changed = new TreeMap<>(values);
                    edit.accept(changed);
                }
                values = Collections.unmodifiableMap(changed);
                note = file + ": the settings could not be saved (" + reason(e) + "); the change lasts until Catchment"
                        + " closes.";
                RunLog.current().line("settings: " + note);
                return false;
            }
        }
    }

    /** @return a lock on the file, or null where the file system cannot lock (then only this JVM is kept in turn) */
    private static FileLock lockOrNull(FileChannel channel) {
        try {
            return channel.lock();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private SettingsText read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return SettingsText.EMPTY;
        } catch (IOException | SecurityException e) {
            return SettingsText.damaged("cannot be read: " + reason(e));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return SettingsText.damaged("not UTF-8 text");
        }
        return SettingsText.parse(text);
    }

    private void write(SettingsText text) throws IOException {
        Path temp = file.resolveSibling("." + FILE_NAME + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.render().getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            replace(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Moves the temporary file over the settings file; on Windows a reader holding it open is waited for. */
    private void replace(Path temp) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return;
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                return;
            } catch (AccessDeniedException e) {
                if (attempt == 10) {
                    throw e;
                }
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException i) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return t.getMessage() == null ? "an input/output error" : t.getMessage();
    }

    /** @return the line {@code key=value} as Java properties escape it */
    static String line(String key, String value) {
        Properties one = new Properties();
        one.setProperty(key, value);
        StringWriter out = new StringWriter();
        try {
            one.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
    }

    /** Parses Java properties text, as {@link Properties#load} does. */
    static Properties properties(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
