package org.catchment.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catchment.LibraryLogging;
import org.catchment.RunLog;
import org.catchment.UserDirs;

/**
 * Runs the stage benchmarks on synthetic OS Open Roads-like networks ({@link SyntheticNetwork},
 * fixed seed) and prints one table row per timed step through the given stream, and nothing
 * anywhere else. Each size's network is generated once and shared by the cases; times are the
 * best of several runs after a warm-up (one run, no warm-up, from a million links).
 *
 * <p>Cases: {@code network} (building the walking network in memory) and {@code catchment} (one
 * facility type of 30 facilities, bands 10 and 20 minutes: snap, search, reachable stretches,
 * polygons per band), {@code overlay} (7 types over 20 wards: served surface, deserts, coverage) and
 * {@code analysis} (the whole run from files, as {@code catchment run}, with the exports),
 * {@code whatif} (the live desert rule, a scenario and a closure ranking on that run's result in
 * memory), {@code siting} (suggested sites: 1,000 grid candidates, 10 picks, on that run),
 * {@code ordinary} (the run compared with PostGIS + pgRouting: one type of 50 facilities,
 * bands 5, 10 and 20 minutes, default outputs; {@link #write} puts its files in a folder),
 * {@code clip} (a whole run on RoadLink tiles for one small ward, with and without
 * {@code network.clip_to_study_area}) and {@code zones} (the overlay of those 7 types with 3,000
 * small zones: coverage, deserts, cross-tab). A later
 * stage is added as one more {@link BenchCase} in {@link #CASES}.
 */
public final class Benchmarks {

    /** The seed every synthetic network is generated with. */
    public static final long SEED = 20_261_201L;
    /** Sizes run when none are given, in links. */
    public static final List<Integer> DEFAULT_SIZES = List.of(20_000, 200_000, 1_000_000);

    private static final Map<String, BenchCase> CASES = new LinkedHashMap<>();

    static {
        for (BenchCase c : List.of(new NetworkCase(), new CatchmentCase(), new OverlayCase(), new AnalysisCase(),
                new WhatIfCase(), new SitingCase(), new OrdinaryCase(),
                new ClipCase(), new ZonesCase())) {
            CASES.put(c.name(), c);
        }
    }

    private Benchmarks() {
    }

    /** @return the case names, in the order they run */
    public static List<String> caseNames() {
        return List.copyOf(CASES.keySet());
    }

    /**
     * @param cases case names (empty for all), run in the order of {@link #caseNames()}
     * @param sizes network sizes in links (empty for {@link #DEFAULT_SIZES}), run in the order given
     * @param out   where the table goes
     * @throws IllegalArgumentException for an unknown case or a size below 100 links
     */
    public static void run(List<String> cases, List<Integer> sizes, PrintStream out) {
        for (String c : cases) {
            if (!CASES.containsKey(c)) {
                throw new IllegalArgumentException("unknown benchmark case '" + c + "'; known: " + caseNames());
            }
        }
        for (int size : sizes) {
            if (size < 100) {
                throw new IllegalArgumentException("a benchmark network needs at least 100 links, not " + size);
            }
        }
        List<BenchCase> chosen = new ArrayList<>();
        CASES.forEach((name, c) -> {
            if (cases.isEmpty() || cases.contains(name)) {
                chosen.add(c);
            }
        });
        BenchTable table = new BenchTable(out);
        table.note(String.format(Locale.ROOT, "Java %s (%s), %d processors, max heap %.0f MB, seed %d",
                System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getVmName(),
                Runtime.getRuntime().availableProcessors(), Heap.maxMb(), SEED));
        table.header();
        for (int size : sizes.isEmpty() ? DEFAULT_SIZES : sizes) {
            try (BenchFixture fixture = new BenchFixture(size, SEED)) {
                for (BenchCase c : chosen) {
                    c.run(fixture, table);
                }
            }
        }
        table.note("completed");
    }

    /**
     * Writes the inputs and analysis file of the {@code ordinary} case into a folder, for the
     * comparison with PostGIS + pgRouting ({@code src/bench/pgrouting/}).
     *
     * @param size the network's size in links
     * @param dir  the folder
     * @param out  where the line naming what was written goes
     */
    public static void write(int size, Path dir, PrintStream out) {
        if (size < 100) {
            throw new IllegalArgumentException("a benchmark network needs at least 100 links, not " + size);
        }
        SyntheticNetwork synthetic = SyntheticNetwork.generate(size, SEED);
        OrdinaryCase.write(synthetic, dir, true);
        out.printf(Locale.ROOT, "wrote %,d road links, %d facilities and %s to %s%n", synthetic.links().size(),
                OrdinaryCase.FACILITIES, OrdinaryCase.ANALYSIS_FILE, dir);
    }

    /**
     * Writes the national benchmark's dataset ({@link NationalDataset}) into a folder and prints
     * what was written, how long it took and the heap it needed.
     *
     * @param links   about how many road links
     * @param dir     the folder
     * @param tilesBy the ward field the analysis file tiles by, or null
     * @param out     where the summary goes
     */
    public static void writeNational(int links, Path dir, String tilesBy, PrintStream out) {
        Heap.resetPeak();
        long start = System.nanoTime();
        NationalDataset.Summary summary = NationalDataset.write(links, SEED, dir, tilesBy);
        out.printf(Locale.ROOT, "wrote %s and %s to %s in %.1f s (heap in use peaked at %.0f MB)%n", summary.describe(),
                NationalDataset.ANALYSIS_FILE, dir, (System.nanoTime() - start) / 1e9, Heap.peakMb());
    }

    /**
     * Runs from the command line: {@code --sizes 20000,200000 --cases network,catchment}; both
     * optional. Prints the table on standard output; the libraries' warnings go to the run log, as
     * the {@code catchment} command's do ({@link LibraryLogging}).
     */
    public static void main(String[] args) {
        LibraryLogging.setUp(RunLog.open(UserDirs.current().logs()));
        try {
            Arguments a = Arguments.parse(args);
            run(a.cases(), a.sizes(), System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: Benchmarks [--sizes 20000,200000,1000000] [--cases " + String.join(",", caseNames()) + "]");
            System.exit(2);
        }
    }

    /** The command-line arguments of {@link #main}. */
    record Arguments(List<String> cases, List<Integer> sizes) {

        static Arguments parse(String... args) {
            List<String> cases = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (!flag.equals("--sizes") && !flag.equals("--cases")) {
                    throw new IllegalArgumentException("unknown argument '" + flag + "'");
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(flag + " needs a comma-separated list");
                }
                for (String item : args[++i].split(",")) {
                    String v = item.trim();
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (flag.equals("--cases")) {
                        cases.add(v);
                    } else {
                        try {
                            sizes.add(Integer.parseInt(v.replace("_", "")));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--sizes takes whole numbers of links, not '" + v + "'");
                        }
                    }
                }
            }
            return new Arguments(cases, sizes);
        }
    }
}
