package org.catchment.io.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.catchment.io.FileOps;
import org.catchment.io.ProcessTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-user cache store: items published whole and checked against their checksums (a changed
 * byte, a missing or an added file is found), least recently used items evicted to the size
 * limit but never one a run holds, an item larger than the limit not kept, what dead processes
 * left removed, and clearing that keeps held items.
 */
class CacheStoreTest {

    private static final int KB = 1024;

    @TempDir
    Path root;

    private CacheStore store(long maxBytes) {
        return new CacheStore(root, maxBytes, FileOps.SYSTEM);
    }

    /** Builds and publishes an item of {@code kb} kB in two files. */
    private static void put(CacheStore store, String key, int kb) throws IOException {
        try (CacheStore.Lease lease = store.lease(key)) {
            Path building = store.startBuilding();
            Files.write(building.resolve("a"), new byte[kb * KB / 2]);
            Files.write(building.resolve("b"), filled(kb * KB - kb * KB / 2));
            assertThat(store.publish(lease, building, "item " + key)).isTrue();
            assertThat(building).doesNotExist();
        }
    }

    private static byte[] filled(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    private void usedAt(String key, long minutes) throws IOException {
        Files.setLastModifiedTime(root.resolve(".locks").resolve(key + ".lock"), FileTime.fromMillis(minutes * 60_000));
    }

    private List<String> keys(CacheStore store) throws IOException {
        return store.list().stream().map(CacheStore.Item::key).sorted().toList();
    }

    @Test
    void aPublishedItemIsCheckedFileByFile() throws IOException {
        CacheStore store = store(1 << 20);
        put(store, "k1", 8);
        try (CacheStore.Lease lease = store.lease("k1")) {
            assertThat(store.check(lease)).isEmpty();
            Path b = lease.folder().resolve("b");
            byte[] bytes = Files.readAllBytes(b);
            bytes[100] ^= 0x04;
            Files.write(b, bytes);
            assertThat(store.check(lease)).contains("b: its checksum does not match");
            bytes[100] ^= 0x04;
            Files.write(b, bytes);
            assertThat(store.check(lease)).isEmpty();

            Files.write(lease.folder().resolve("stray"), new byte[1]);
            assertThat(store.check(lease)).contains("stray: a file the cache did not write");
            Files.delete(lease.folder().resolve("stray"));
            Files.delete(lease.folder().resolve("a"));
            assertThat(store.check(lease)).contains("a: missing");
        }
        try (CacheStore.Lease lease = store.lease("absent")) {
            assertThat(store.check(lease)).contains("absent");
        }
        assertThat(store.list()).singleElement().satisfies(i -> {
            assertThat(i.about()).isEqualTo("item k1");
            assertThat(i.inUse()).isFalse();
        });
    }

    @Test
    void theLeastRecentlyUsedItemsAreEvictedToFitTheLimit() throws IOException {
        CacheStore store = store(250 * KB);
        put(store, "k1", 100);
        put(store, "k2", 100);
        usedAt("k1", 1);
        usedAt("k2", 2);
        put(store, "k3", 100);
        assertThat(keys(store)).containsExactly("k2", "k3");

        usedAt("k2", 10);
        usedAt("k3", 5);
        put(store, "k4", 100);
        assertThat(keys(store)).as("k3 was used less recently than k2").containsExactly("k2", "k4");
    }

    @Test
    void anItemARunHoldsIsNeverEvicted() throws IOException {
        CacheStore store = store(250 * KB);
        put(store, "k1", 100);
        put(store, "k2", 100);
        usedAt("k1", 1);
        usedAt("k2", 2);
        try (CacheStore.Lease held = store.lease("k1")) {
            usedAt("k1", 1);
            put(store, "k3", 100);
            assertThat(keys(store)).containsExactly("k1", "k3");
            assertThat(store.list()).filteredOn(CacheStore.Item::inUse).extracting(CacheStore.Item::key).containsExactly("k1");
            CacheStore.Cleared cleared = store.clear();
            assertThat(cleared.removed()).isEqualTo(1);
            assertThat(cleared.inUse()).isEqualTo(1);
            assertThat(keys(store)).containsExactly("k1");
        }
        assertThat(store.clear().removed()).isEqualTo(1);
        assertThat(keys(store)).isEmpty();
    }

    @Test
    void anItemLargerThanTheLimitIsNotKept() throws IOException {
        CacheStore store = store(50 * KB);
        try (CacheStore.Lease lease = store.lease("big")) {
            Path building = store.startBuilding();
            Files.write(building.resolve("a"), new byte[60 * KB]);
            assertThat(store.publish(lease, building, "too big")).isFalse();
            assertThat(building).doesNotExist();
            assertThat(lease.folder()).doesNotExist();
        }
    }

    @Test
    void whatDeadProcessesLeftIsRemovedAndALiveOnesWorkIsNot() throws IOException {
        Path dead = Files.createDirectories(root.resolve(".building-" + ProcessHandle.current().pid() + "-1-x"));
        Files.write(dead.resolve("edges"), new byte[10]);
        Path trash = Files.createDirectories(root.resolve(".trash-" + ProcessHandle.current().pid() + "-1-y"));
        Path live = Files.createDirectories(root.resolve(".building-" + ProcessTokens.current() + "-z"));
        store(1 << 20).lease("k").close();
        assertThat(dead).doesNotExist();
        assertThat(trash).doesNotExist();
        assertThat(live).exists();
    }

    @Test
    void aDamagedItemIsReplacedWhenItIsRebuilt() throws IOException {
        CacheStore store = store(1 << 20);
        put(store, "k", 8);
        Files.write(root.resolve("k").resolve("a"), new byte[] {1, 2, 3});
        try (CacheStore.Lease lease = store.lease("k")) {
            assertThat(store.check(lease)).isEqualTo(Optional.of("a: its size has changed"));
            store.remove(lease);
            assertThat(lease.folder()).doesNotExist();
        }
        put(store, "k", 8);
        try (CacheStore.Lease lease = store.lease("k")) {
            assertThat(store.check(lease)).isEmpty();
        }
        assertThat(Files.list(root).map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(".locks", "k");
    }
}
