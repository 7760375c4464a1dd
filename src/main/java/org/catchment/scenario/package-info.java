/**
 * What-if questions of one baseline run held in memory ({@link org.catchment.scenario.WhatIfSession},
 * the object the desktop app keeps and the command line uses): the live desert rule, scenarios of
 * facilities closed and added (applied by {@link org.catchment.analysis.ScenarioRunner}), the
 * before/after {@link org.catchment.scenario.Comparison} of two results, and the
 * {@link org.catchment.scenario.ClosureRanking} of a type's facilities by what closing each alone
 * would cost.
 *
 * <p>May use: {@code analysis}, {@code network}, {@code servicearea}, {@code overlay}. Libraries: JTS.
 */
package org.catchment.scenario;
