package org.catchment.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.catchment.CatchmentException;
import org.catchment.io.FileOps;
import org.catchment.io.IoReasons;
import org.catchment.io.PausePoints;
import org.catchment.io.cache.CacheSettings;
import org.catchment.io.cache.CacheStore;
import org.catchment.network.NetworkCache;
import org.catchment.network.NetworkProjection;
import org.catchment.network.WalkingNetwork;

/**
 * The network cache of a run: a network is reloaded from the per-user cache ({@link CacheStore})
 * when its checksums hold, and otherwise built into a hidden folder of the cache and published
 * there only when the run has succeeded ({@link Pending#keep()}), so a failed or cancelled run
 * leaves no cache behind. Nothing about the cache ever stops a run: a damaged cache is a note and a
 * rebuild, a cache that cannot be written (a read-only or full disk) a note and a network kept in
 * memory only.
 */
final class NetworkCaching {

    /** A network built into the cache's hidden folder, waiting for the run to succeed; or nothing to keep. */
    static final class Pending implements AutoCloseable {

        /** Nothing to keep: the network came from the cache, or the cache is off. */
        static final Pending NONE = new Pending(null, null, null, null, null);

        private final CacheStore store;
        private final CacheStore.Lease lease;
        private final String about;
        private WalkingNetwork network;
        private Path building;

        private Pending(CacheStore store, CacheStore.Lease lease, Path building, WalkingNetwork network, String about) {
            this.store = store;
            this.lease = lease;
            this.building = building;
            this.network = network;
            this.about = about;
        }

        /**
         * Writes the network into the cache and publishes it (the run has succeeded).
         *
         * @return notes for the user: why it could not be kept, if it could not
         */
        List<String> keep() {
            if (building == null) {
                return List.of();
            }
            Path folder = building;
            building = null;
            try {
                NetworkCache.save(network, folder);
                if (!store.publish(lease, folder, about)) {
                    return List.of(String.format(Locale.ROOT, "The network was not kept in the cache %s: it is larger"
                            + " than the cache's limit of %,d MB. Raise cache.max_size_mb (catchment cache --list"
                            + " says where) to keep networks this large.", store.root(), store.maxBytes() >> 20));
                }
                return List.of();
            } catch (IOException | RuntimeException e) {
                store.discard(folder);
                return List.of(cannotWrite(store, e));
            } finally {
                network = null;
            }
        }

        /** Gives up the lease; a network not kept is removed from the cache's hidden folder. */
        @Override
        public void close() {
            if (building != null) {
                store.discard(building);
                building = null;
            }
            if (lease != null) {
                lease.close();
            }
        }
    }

    private NetworkCaching() {
    }

    /** @return the network cache of this user ({@link CacheSettings#current()}) */
    static CacheStore userStore() {
        return CacheSettings.current().networkStore(FileOps.SYSTEM);
    }

    /**
     * Reloads a network from the cache, or builds it (into the cache's hidden folder where it can).
     *
     * @param store    the cache
     * @param key      the fingerprint of the network's inputs and settings
     * @param about    what the network is made from, for {@code catchment cache --list}
     * @param build    builds the network into the folder it is given, or in memory given null
     * @param retry    true to build again in memory when building into the cache fails with a
     *                 user-facing error (an import that writes its files while it runs, where a full
     *                 disk looks like a bad input); any other failure is retried in memory anyway
     */
    static NetworkStage.Built buildOrLoad(CacheStore store, String key, String about, Function<Path, NetworkStage.Built> build,
                               NetworkProjection projection, boolean retry) {
        List<String> notes = new ArrayList<>();
        CacheStore.Lease lease;
        try {
            lease = store.lease(key);
        } catch (IOException e) {
            notes.add(cannotWrite(store, e));
            return withNotes(build.apply(null), notes, Pending.NONE);
        }
        try {
            Optional<String> problem = store.check(lease);
            if (problem.isEmpty()) {
                Optional<WalkingNetwork> cached = NetworkCache.load(lease.folder(), projection);
                if (cached.isPresent()) {
                    PausePoints.reach("network-loaded");
                    return new NetworkStage.Built(cached.get(), true,
                            List.of("Network reloaded from the cache " + lease.folder() + "."),
                            new Pending(null, lease, null, null, null));
                }
                problem = Optional.of("its files could not be read");
            }
            if (!problem.get().equals("absent")) {
                notes.add("The network cache " + lease.folder() + " was damaged (" + problem.get()
                        + "), so the network was built again.");
                store.remove(lease);
            }
            Path building;
            try {
                building = store.startBuilding();
            } catch (IOException e) {
                notes.add(cannotWrite(store, e));
                lease.close();
                return withNotes(build.apply(null), notes, Pending.NONE);
            }
            NetworkStage.Built built;
            try {
                built = build.apply(building);
            } catch (RuntimeException e) {
                store.discard(building);
                if (e instanceof CatchmentException && !retry) {
                    throw e;
                }
                // the cache's folder may be what failed: a second build in memory tells
                built = build.apply(null);
                notes.add(cannotWrite(store, e));
                lease.close();
                return withNotes(built, notes, Pending.NONE);
            } catch (Error e) {
                store.discard(building);
                throw e;
            }
            PausePoints.reach("network-build");
            return withNotes(built, notes, new Pending(store, lease, building, built.network(), about));
        } catch (RuntimeException | Error e) {
            lease.close();
            throw e;
        }
    }

    private static NetworkStage.Built withNotes(NetworkStage.Built built, List<String> first, Pending pending) {
        List<String> notes = new ArrayList<>(first);
        notes.addAll(built.notes());
        return new NetworkStage.Built(built.network(), built.fromCache(), notes, pending);
    }

    private static String cannotWrite(CacheStore store, Throwable e) {
        return "The network could not be kept in the cache " + store.root() + " (" + IoReasons.of(e) + "); the run"
                + " goes on without it. Free some disk space there, or set cache.dir (catchment cache --list says where).";
    }
}
