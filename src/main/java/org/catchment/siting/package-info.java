/**
 * Suggested sites for one facility type: the maximal covering location problem (choose k new
 * sites from candidates, a layer or a grid on the network, that bring the most residents newly
 * within the type's served band), solved by greedy selection with lazy re-evaluation over each
 * candidate's new reach (docs/method.md#suggested-sites).
 *
 * <p>May use: {@code analysis}, {@code layer}, {@code network}, {@code servicearea}, {@code overlay}. Libraries: JTS.
 */
package org.catchment.siting;
