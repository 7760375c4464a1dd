package org.catchment.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.catchment.CatchmentException;
import org.catchment.io.FileOps;
import org.catchment.io.IoReasons;
import org.catchment.io.cache.CacheSettings;
import org.catchment.io.cache.CacheStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code catchment cache --list | --clear}: the networks kept in the per-user network cache (where,
 * how large, the limit and where it is set), or their removal (a network a running analysis holds is
 * kept).
 */
@Command(name = "cache", mixinStandardHelpOptions = true,
        description = "List or clear the networks kept in the per-user network cache.")
final class CacheCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    /** Exactly one of the two actions. */
    static final class Action {
        @Option(names = "--list", required = true, description = "list the cached networks, the cache folder and its limit")
        boolean list;

        @Option(names = "--clear", required = true, description = "remove every cached network no running analysis holds")
        boolean clear;
    }

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    @Option(names = "--debug", description = "print stack traces of errors")
    boolean debug;

    @Override
    public Integer call() {
        CacheSettings settings = CacheSettings.current();
        CacheStore store = settings.networkStore(FileOps.SYSTEM);
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (action.clear) {
                CacheStore.Cleared c = store.clear();
                out.println("Removed " + c.removed() + " network" + (c.removed() == 1 ? "" : "s") + " ("
                        + size(c.bytes()) + ") from " + store.root() + (c.inUse() == 0 ? "."
                        : "; " + c.inUse() + " in use by a running analysis " + (c.inUse() == 1 ? "was" : "were") + " kept."));
                return Main.OK;
            }
            List<CacheStore.Item> items = store.list();
            out.println("Network cache: " + store.root());
            out.println("Limit:         " + size(store.maxBytes()) + " (cache.max_size_mb in "
                    + settings.file() + ", or the environment variable CATCHMENT_CACHE_MAX_SIZE_MB; the folder is"
                    + " cache.dir or CATCHMENT_CACHE_DIR)");
            long total = items.stream().mapToLong(CacheStore.Item::bytes).sum();
            out.println("Networks:      " + items.size() + ", " + size(total) + " in all"
                    + (items.isEmpty() ? "" : " (most recently used first)"));
            for (CacheStore.Item i : items) {
                out.println(String.format(Locale.ROOT, "  %s  %9s  used %s  %s%s", i.key(), size(i.bytes()),
                        TIME.format(i.lastUsed().toInstant()), i.about(), i.inUse() ? "  [in use]" : ""));
            }
            return Main.OK;
        } catch (IOException e) {
            throw new CatchmentException(store.root() + ": cannot read the network cache (" + IoReasons.of(e) + ").", e);
        }
    }

    /** @return "0 kB", "12.4 MB", "2.0 GB" */
    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%.0f kB", Math.ceil(bytes / 1024.0));
    }
}
