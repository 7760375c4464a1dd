/**
 * Benchmarks of the pipeline's stages on synthetic OS Open Roads-like networks of a chosen size:
 * {@link org.catchment.bench.SyntheticNetwork} makes the networks,
 * {@link org.catchment.bench.Benchmarks} runs the cases and prints a plain table of wall times,
 * heap and result sizes through the {@code PrintStream} it is given;
 * {@link org.catchment.bench.NationalDataset} writes the national benchmark's generated GB-like
 * country (RoadLink tiles, wards in districts, LSOAs, facilities, postcodes, population) for
 * {@code catchment bench --write-national}. Kept out of the unit tests,
 * which are never timed; the figures are in docs/benchmarks.md.
 *
 * <p>May use: {@code analysis}, {@code export}, {@code io}, {@code layer}, {@code network},
 * {@code servicearea}, {@code overlay}, {@code scenario}, {@code siting}. Libraries: GeoTools, JTS.
 */
package org.catchment.bench;
