package org.catchment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-user settings file: round trip, the user's lines kept, damaged files, unsaved changes, concurrent writers. */
class SettingsTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("config").resolve(Settings.FILE_NAME);
    }

    @Test
    void whatIsSetIsReadBackByAFreshLoadWhateverTheCharacters() {
        Settings s = Settings.load(file());
        assertThat(s.all()).isEmpty();
        assertThat(s.note()).isEmpty();
        Map<String, String> odd = Map.of(
                "recent.0", "C:\\Users\\Zoë\\Documents\\Catchment\\sample\\analysis.yml",
                "key with spaces=and:colons", "  leading spaces, # not a comment, = signs",
                "multi", "line one\nline two\ttab",
                "unicode", "Ynys Môn \u2013 \u00a9 \ud83d\uddfa",
                "empty", "");
        assertThat(s.update(m -> m.putAll(odd))).isTrue();
        assertThat(s.all()).isEqualTo(odd);
        assertThat(Settings.load(file()).all()).isEqualTo(odd);
        assertThat(Settings.load(file()).note()).isEmpty();

        assertThat(s.put("empty", "now set")).isTrue();
        assertThat(s.remove("multi")).isTrue();
        Settings again = Settings.load(file());
        assertThat(again.get("empty")).contains("now set");
        assertThat(again.get("multi")).isEmpty();
        assertThat(again.get("multi", "fallback")).isEqualTo("fallback");
        assertThat(again.all()).hasSize(odd.size() - 1);
        assertThat(leftovers()).as("no temporary file is left").isEmpty();
    }

    @Test
    void theUsersOwnLinesCommentsAndOrderAreKept() throws IOException {
        Files.createDirectories(file().getParent());
        String nl = System.lineSeparator();
        Files.writeString(file(), "# my cache on the big disk\ncache.dir = /data/cache\n\n! old style comment\n"
                + "cache.max_size_mb=100\nlong = one \\\n    two\nrecent.0=/old.yml\n", StandardCharsets.UTF_8);
        Settings s = Settings.load(file());
        assertThat(s.get("long")).contains("one two");
        s.update(m -> {
            m.put("cache.max_size_mb", "200");
            m.remove("recent.0");
            m.put("window.width", "1200");
        });
        assertThat(Files.readString(file(), StandardCharsets.UTF_8)).isEqualTo("# my cache on the big disk" + nl
                + "cache.dir = /data/cache" + nl + nl + "! old style comment" + nl + "cache.max_size_mb=200" + nl
                + "long = one \\" + nl + "    two" + nl + "window.width=1200" + nl);
        assertThat(Settings.load(file()).all()).containsExactlyInAnyOrderEntriesOf(Map.of("cache.dir", "/data/cache",
                "cache.max_size_mb", "200", "long", "one two", "window.width", "1200"));
    }

    @Test
    void aFileThatIsNotUtf8GivesTheDefaultsANoteAndIsMovedAsideByTheNextChange() throws IOException {
        Files.createDirectories(file().getParent());
        byte[] damaged = {'c', 'a', 'c', 'h', 'e', '.', 'd', 'i', 'r', '=', (byte) 0xC3, (byte) 0x28, '\n', 0, 0, 0};
        Files.write(file(), damaged);
        Settings s = Settings.load(file());
        assertThat(s.all()).as("the defaults").isEmpty();
        assertThat(s.note()).hasValueSatisfying(n -> assertThat(n).isEqualTo(file() + ": the settings file is damaged"
                + " (not UTF-8 text), so the default settings are used. Correct or delete it; the next change of a"
                + " setting moves it aside to settings.properties.damaged."));
        assertThat(Files.readAllBytes(file())).as("reading changes nothing").isEqualTo(damaged);

        assertThat(s.put("recent.0", "/a.yml")).isTrue();
        assertThat(Files.readAllBytes(file().resolveSibling("settings.properties.damaged"))).isEqualTo(damaged);
        Settings fresh = Settings.load(file());
        assertThat(fresh.note()).isEmpty();
        assertThat(fresh.all()).isEqualTo(Map.of("recent.0", "/a.yml"));
    }

    @Test
    void aBrokenEscapeNamesItsLine() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "# fine\ncache.dir=/x\nrecent.0=C:\\users\\me.yml\n", StandardCharsets.UTF_8);
        Settings s = Settings.load(file());
        assertThat(s.all()).isEmpty();
        assertThat(s.note()).hasValueSatisfying(n -> assertThat(n).startsWith(file() + ": the settings file is damaged"
                + " (line 3: Malformed \\uxxxx encoding.)"));
    }

    @Test
    void aChangeThatCannotBeSavedLastsForTheProcessWithANote() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("config"), "a file where the folder should be");
        Settings s = Settings.load(notAFolder.resolve(Settings.FILE_NAME));
        assertThat(s.put("window.width", "1000")).isFalse();
        assertThat(s.get("window.width")).contains("1000");
        assertThat(s.note()).hasValueSatisfying(n -> assertThat(n).startsWith(
                notAFolder.resolve(Settings.FILE_NAME) + ": the settings could not be saved (").endsWith(
                        "); the change lasts until Catchment closes."));
        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the folder should be");
    }

    @Test
    void concurrentWritersInThreadsAndProcessesLoseNoChangeAndReadersNeverSeeHalfAFile() throws Exception {
        Settings.load(file()).update(m -> m.put("user.line", "kept"));
        int perWriter = 40;
        List<Process> children = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            children.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    SettingsWriter.class.getName(), file().toString(), "child" + c, String.valueOf(perWriter))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            Future<Integer> reader = pool.submit(() -> {
                int reads = 0;
                while (writing.get()) {
                    Settings seen = Settings.load(file());
                    assertThat(seen.note()).as("a reader sees a whole file").isEmpty();
                    assertThat(seen.get("user.line")).contains("kept");
                    reads++;
                }
                return reads;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                String name = "thread" + t;
                writers.add(pool.submit(() -> SettingsWriter.write(file(), name, perWriter)));
            }
            for (Future<?> w : writers) {
                w.get(120, TimeUnit.SECONDS);
            }
            for (Process p : children) {
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).isZero();
            }
            writing.set(false);
            assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
        } finally {
            writing.set(false);
            pool.shutdownNow();
            children.forEach(Process::destroyForcibly);
        }
        Settings end = Settings.load(file());
        assertThat(end.get("count")).as("every increment of 5 writers is there").contains(String.valueOf(5 * perWriter));
        for (String w : List.of("thread0", "thread1", "thread2", "child0", "child1")) {
            assertThat(end.get("last." + w)).contains(String.valueOf(perWriter));
        }
        assertThat(end.get("user.line")).contains("kept");
        assertThat(leftovers()).isEmpty();
    }

    private List<Path> leftovers() {
        try (Stream<Path> files = Files.list(file().getParent())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
