/**
 * The {@code catchment} command ({@link org.catchment.cli.Main}, picocli): {@code run},
 * {@code demo}, {@code inspect}, {@code cache}, {@code bench} and {@code app}, one small class per
 * sub-command, with documented exit codes. With {@code bench}, the only package that prints: one line per
 * failure, never a stack trace unless {@code --debug} is given.
 *
 * <p>May use: {@code analysis}, {@code bench}, {@code export}, {@code io}, {@code layer},
 * {@code overlay}, {@code ui}. Libraries: picocli, progressbar, GeoTools, JTS.
 */
package org.catchment.cli;
