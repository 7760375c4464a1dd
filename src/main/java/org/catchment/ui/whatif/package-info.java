/**
 * The what-if views: the "What if" panel ({@link org.catchment.ui.whatif.WhatIfPanel}: the live
 * desert rule's toggles and threshold, the scenario shown, undo and redo, proposed sites), its
 * dialogs and the map's right-click menu ({@link org.catchment.ui.whatif.WhatIfActions}), and the
 * comparison with the baseline for the Results panel ({@link org.catchment.ui.whatif.ComparisonView}), and
 * the suggested sites ({@link org.catchment.ui.whatif.SuggestedSitesView}: "Suggest sites...", the
 * picks, "Make scenario").
 *
 * <p>May use: {@code analysis}, {@code export}, {@code scenario}, {@code servicearea},
 * {@code ui.common}, {@code ui.whatif.model}. Libraries: JTS, JavaFX.
 */
package org.catchment.ui.whatif;
