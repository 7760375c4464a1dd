/**
 * The what-if feature's view models, without JavaFX: the live desert rule's toggles and threshold
 * ({@link org.catchment.ui.whatif.model.DesertToggles}), the scenarios and the one shown
 * ({@link org.catchment.ui.whatif.model.ScenarioBook}) with undo and redo
 * ({@link org.catchment.ui.whatif.model.EditHistory}), the edits of a scenario
 * ({@link org.catchment.ui.whatif.model.ScenarioChanges}), the facilities under a right-click
 * ({@link org.catchment.ui.whatif.model.FacilityPicks}), the comparison's table rows
 * ({@link org.catchment.ui.whatif.model.ComparisonRows}), the layers of a scenario's change
 * ({@link org.catchment.ui.whatif.model.ChangeLayerItems}), the suggested sites
 * ({@link org.catchment.ui.whatif.model.SiteSuggestions}) and the model that holds the last run's
 * {@link org.catchment.scenario.WhatIfSession} and brings it to what the user asks, in the
 * background ({@link org.catchment.ui.whatif.model.WhatIfModel}).
 *
 * <p>May use: {@code analysis}, {@code export}, {@code overlay}, {@code scenario},
 * {@code servicearea}, {@code siting}, {@code ui.form.model}, {@code ui.layers.model}, {@code ui.model},
 * {@code ui.results.model}. Libraries: JTS.
 */
package org.catchment.ui.whatif.model;
