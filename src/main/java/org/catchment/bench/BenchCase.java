package org.catchment.bench;

/**
 * One benchmark case (a stage of the pipeline) run on one synthetic network. To add a stage,
 * implement this and register it in {@link Benchmarks#CASES}.
 */
interface BenchCase {

    /** @return the name given on the command line ({@code network}, {@code catchment}, ...) */
    String name();

    /**
     * Runs the case and adds its rows to the table.
     *
     * @param fixture the synthetic network of the size asked for, and its built graph
     * @param table   receives one row per timed step
     */
    void run(BenchFixture fixture, BenchTable table);
}
