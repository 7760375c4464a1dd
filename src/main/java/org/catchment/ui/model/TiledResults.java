package org.catchment.ui.model;

import java.nio.file.Path;
import java.util.Locale;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AutoTiles;

/**
 * What the app says of the result of a tiled run ({@link AnalysisResult#tiled()}: {@code tiles}
 * in the analysis file, or a study area large enough to be tiled without it). Such a result keeps
 * no walking network and no search (each tile's was let go when the tile was done), so what
 * searches the network again (a scenario's closures and proposed sites, suggested sites, the
 * walking times from a clicked point) is not offered on it, and says why; its maps, layers,
 * tables and the live desert rule (redone from the served-count surface) work as on any result.
 * Its rows are written from the finished tiles, which are removed once the outputs are written,
 * so its outputs are exported once.
 */
public final class TiledResults {

    /** Why scenarios (closing a facility, adding a proposed site) are not evaluated on a tiled result. */
    public static final String WHAT_IF = String.format(Locale.UK, "This result was run in tiles, which keep no walking"
            + " network, so scenarios (closing a facility, adding a proposed site) cannot be evaluated on it. Run the"
            + " analysis without tiles for them: remove tiles from the analysis file (a study area above %,.0f km\u00b2"
            + " is tiled unless narrowed). The desert rule works on this result.", AutoTiles.DEFAULT.aboveKm2());

    /** Why sites are not suggested on a tiled result. */
    public static final String SITES = "Suggested sites search the walking network again, which a tiled run does not"
            + " keep: run the analysis without tiles to suggest sites.";

    /** What Identify says while it works out the walking times from a clicked point on a tiled result. */
    public static final String WORKING = "Working out the walking times: this result was run in tiles, so the"
            + " network of the tile here is read again (from the network cache when it kept it).";

    /**
     * @param reason why the tile's network could not be read again (a user-facing line), or null
     * @return what Identify says in place of the walking times
     */
    public static String timesFailed(String reason) {
        return "The walking times here could not be worked out from this tile's network"
                + (reason == null ? "." : ": " + reason);
    }

    private TiledResults() {
    }

    /** @return true for the result of a tiled run (null: no result, false) */
    public static boolean isTiled(AnalysisResult r) {
        return r != null && r.tiled();
    }

    /**
     * @param dir where the outputs were written
     * @return why a tiled result's outputs are not exported a second time, and what to do
     */
    public static String exportedOnce(Path dir) {
        return "This result was run in tiles and its outputs were written once, to " + dir + ". They are written"
                + " from the finished tiles, which were then removed: run the analysis again (Analysis > Run) to"
                + " write them again.";
    }
}
