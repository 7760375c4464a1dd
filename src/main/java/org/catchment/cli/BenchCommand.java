package org.catchment.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.catchment.bench.Benchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code catchment bench}: the benchmarks of docs/benchmarks.md on synthetic networks. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the benchmarks of docs/benchmarks.md on synthetic OS Open Roads-style networks.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--cases", split = ",", paramLabel = "CASE",
            description = "which benchmarks (default: all): ${COMPLETION-CANDIDATES}")
    List<String> cases = List.of();

    @Option(names = "--sizes", split = ",", paramLabel = "LINKS",
            description = "network sizes in links (default: 20000,200000,1000000)")
    List<Integer> sizes = List.of();

    @Option(names = "--debug", description = "print stack traces of errors")
    boolean debug;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Benchmarks.run(cases, sizes, out);
        return Main.OK;
    }
}
