package org.catchment.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.catchment.CatchmentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resume folder: whole parts in order, kept for the same fingerprint only, safe from the output folder's cleanups. */
class ResumeFolderTest {

    @TempDir
    Path out;

    @Test
    void partsAreListedInNumberOrderAndReadBack() throws IOException {
        try (ResumeFolder r = ResumeFolder.open(out, "abc", "test")) {
            assertThat(r.path()).isEqualTo(out.resolve(".catchment-resume"));
            assertThat(r.note()).isEmpty();
            r.write(10, bytes("ten"));
            r.write(2, bytes("two"));
            r.write(0, folder -> {
                Files.writeString(folder.resolve("a.csv"), "x\n1\n");
                Files.createDirectory(folder.resolve("sub"));
                Files.writeString(folder.resolve("sub").resolve("b.txt"), "b");
            });
            assertThat(r.parts()).containsExactly(0, 2, 10);
            assertThat(r.has(2)).isTrue();
            assertThat(r.has(3)).isFalse();
            assertThat(new String(r.read(10), StandardCharsets.UTF_8)).isEqualTo("ten");
            assertThat(Files.readString(r.part(0).resolve("sub").resolve("b.txt"))).isEqualTo("b");
            r.write(2, bytes("two again"));
            assertThat(new String(r.read(2), StandardCharsets.UTF_8)).isEqualTo("two again");
            assertThat(names(r.path())).as("nothing but the key and the parts")
                    .containsExactlyInAnyOrder("fingerprint", "part-000000", "part-000002", "part-000010");
            r.clear();
            assertThat(r.parts()).isEmpty();
        }
    }

    @Test
    void keptPartsAreReadAfterClosingUntilRemovedOrReplaced() throws IOException {
        ResumeFolder.Kept kept;
        try (ResumeFolder r = ResumeFolder.open(out, "mine", "test")) {
            r.write(3, bytes("three"));
            kept = r.kept();
        }
        try (InputStream in = kept.open(3)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("three");
        }
        try (ResumeFolder r = ResumeFolder.open(out, "mine", "test")) {
            assertThat(r.parts()).containsExactly(3);
        }
        try (InputStream in = kept.open(3)) {
            assertThat(in.readAllBytes()).as("the same run again keeps the same parts").hasSize(5);
        }
        try (ResumeFolder r = ResumeFolder.open(out, "another", "test")) {
            r.write(3, bytes("not mine"));
        }
        assertThatThrownBy(() -> kept.open(3)).isInstanceOf(IOException.class)
                .hasMessageContaining("replaced by another run's tiles");
        ResumeFolder.discard(out, "test");
        assertThatThrownBy(() -> kept.open(3)).isInstanceOf(IOException.class)
                .hasMessageContaining("removed once the outputs were written");
    }

    @Test
    void theSameFingerprintResumesAnotherDiscards() throws IOException {
        try (ResumeFolder r = ResumeFolder.open(out, "first", "test")) {
            r.write(0, bytes("a"));
            r.write(1, bytes("b"));
        }
        try (ResumeFolder r = ResumeFolder.open(out, "first", "test")) {
            assertThat(r.parts()).containsExactly(0, 1);
            assertThat(r.note()).hasValue(out + ": resuming an earlier run: its 2 finished tiles are kept (run with"
                    + " --restart to start over).");
            assertThat(new String(r.read(1), StandardCharsets.UTF_8)).isEqualTo("b");
        }
        try (ResumeFolder r = ResumeFolder.open(out, "second", "test")) {
            assertThat(r.parts()).as("never mixed with parts of other inputs").isEmpty();
            assertThat(r.note()).hasValue(out + ": the 2 finished tiles of an earlier run were made from other inputs"
                    + " or settings (the analysis, an input file or the program changed), so they were discarded and the"
                    + " run starts over.");
            r.write(0, bytes("new"));
        }
        try (ResumeFolder r = ResumeFolder.open(out, "second", "test")) {
            assertThat(new String(r.read(0), StandardCharsets.UTF_8)).isEqualTo("new");
        }
        assertThat(ResumeFolder.discard(out, "test")).isEqualTo(1);
        assertThat(out.resolve(ResumeFolder.NAME)).doesNotExist();
        assertThat(ResumeFolder.discard(out, "test")).isZero();
    }

    @Test
    void aFailedWriteLeavesNoPartAndADeadRunsTemporaryIsRemoved() throws IOException {
        try (ResumeFolder r = ResumeFolder.open(out, "k", "test")) {
            assertThatThrownBy(() -> r.write(4, folder -> {
                Files.writeString(folder.resolve("half.csv"), "x\n");
                throw new IOException("disk full");
            })).hasMessage("disk full");
            assertThat(r.parts()).isEmpty();
            assertThat(names(r.path())).containsExactly("fingerprint");
            Files.createDirectories(r.path().resolve(".tmp-12345-part-000007"));
            Files.writeString(r.path().resolve(".tmp-12345-part-000007").resolve("half.csv"), "x\n");
        }
        try (ResumeFolder r = ResumeFolder.open(out, "k", "test")) {
            assertThat(names(r.path())).as("what a SIGKILL left mid-part").containsExactly("fingerprint");
        }
    }

    @Test
    void theFingerprintFollowsTheTextAndEachInputsSizeAndTime() throws IOException {
        Path a = Files.writeString(out.resolve("a.csv"), "x,y\n1,2\n");
        Path b = out.resolve("b.csv");
        String before = ResumeFolder.fingerprint("spec", List.of(a, b));
        assertThat(ResumeFolder.fingerprint("spec", List.of(a, b))).isEqualTo(before);
        assertThat(ResumeFolder.fingerprint("spec 2", List.of(a, b))).isNotEqualTo(before);
        Files.writeString(b, "");
        assertThat(ResumeFolder.fingerprint("spec", List.of(a, b))).as("a missing input appears").isNotEqualTo(before);
        String withB = ResumeFolder.fingerprint("spec", List.of(a, b));
        Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() - 60_000));
        assertThat(ResumeFolder.fingerprint("spec", List.of(a, b))).as("touched").isNotEqualTo(withB);
    }

    @Test
    void theRunsLockCoversItAndTheOutputFoldersCleanupsLeaveIt() throws Exception {
        try (ResumeFolder r = ResumeFolder.open(out, "k", "test")) {
            r.write(0, bytes("kept"));
        }
        Path staging = Files.createDirectories(out.resolve(StagedFolder.PREFIX + "1-1-x"));
        assertThat(StagedFolder.recover(out, FileOps.SYSTEM)).isEmpty();
        assertThat(staging).as("a dead run's staging folder is removed").doesNotExist();
        try (StagedFolder set = StagedFolder.create(out, FileOps.SYSTEM)) {
            Files.writeString(set.file("coverage.csv"), "new\n");
            set.commit(List.of("coverage.csv"));
        }
        assertThat(out.resolve("coverage.csv")).hasContent("new");
        try (ResumeFolder r = ResumeFolder.open(out, "k", "test")) {
            assertThat(new String(r.read(0), StandardCharsets.UTF_8)).as("after recovery and a swap").isEqualTo("kept");
        }

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            try (FolderLock lock = FolderLock.acquire(out, "analysis other.yml")) {
                held.countDown();
                done.await();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        other.start();
        held.await();
        try {
            assertThatThrownBy(() -> ResumeFolder.open(out, "k", "test")).isInstanceOf(CatchmentException.class)
                    .hasMessageStartingWith(out + ": another Catchment run is writing its outputs into this folder (")
                    .hasMessageContaining("analysis other.yml");
            assertThatThrownBy(() -> ResumeFolder.discard(out, "test")).isInstanceOf(CatchmentException.class);
        } finally {
            done.countDown();
            other.join();
        }
        try (FolderLock mine = FolderLock.acquire(out, "this run");
             ResumeFolder r = ResumeFolder.open(out, "k", "test")) {
            assertThat(r.parts()).as("the thread holding the folder opens it again").containsExactly(0);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
