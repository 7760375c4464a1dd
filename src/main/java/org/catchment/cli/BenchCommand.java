package org.catchment.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.catchment.bench.Benchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code catchment bench}: the benchmarks of docs/benchmarks.md on synthetic networks. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the benchmarks of docs/benchmarks.md on synthetic OS Open Roads-style networks.")
final class BenchCommand implements Callable<Integer> {

    private static final int WRITE_SIZE = 200_000;

    @Option(names = "--cases", split = ",", paramLabel = "CASE",
            description = "which benchmarks (default: all): ${COMPLETION-CANDIDATES}")
    List<String> cases = List.of();

    @Option(names = "--sizes", split = ",", paramLabel = "LINKS",
            description = "network sizes in links (default: 20000,200000,1000000)")
    List<Integer> sizes = List.of();

    @Option(names = "--write", paramLabel = "DIR",
            description = "only write the inputs and analysis file of the 'ordinary' case (the first size, default "
                    + "200000 links) to DIR, for the comparison with PostGIS + pgRouting")
    Path write;

    @Option(names = "--write-national", paramLabel = "DIR",
            description = "only write the national benchmark's generated GB-like dataset (RoadLink tiles, wards in "
                    + "districts, LSOAs, seven facility types, postcodes, population) and its analysis file to DIR")
    Path writeNational;

    @Option(names = "--links", paramLabel = "N", defaultValue = "4000000",
            description = "the national dataset's size in road links (default: ${DEFAULT-VALUE}, Great Britain's)")
    int links;

    @Option(names = "--tiles-by", paramLabel = "FIELD",
            description = "the national analysis file's tiles: the ward field to tile by (lad_code), or none")
    String tilesBy;

    @Option(names = "--debug", description = "print stack traces of errors")
    boolean debug;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        if (writeNational != null) {
            Benchmarks.writeNational(links, writeNational, tilesBy, out);
            return Main.OK;
        }
        if (write != null) {
            Benchmarks.write(sizes.isEmpty() ? WRITE_SIZE : sizes.get(0), write, out);
            return Main.OK;
        }
        Benchmarks.run(cases, sizes, out);
        return Main.OK;
    }
}
