package org.catchment.ui.whatif.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import org.catchment.CatchmentException;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.CandidateSites;
import org.catchment.analysis.ProgressListener;
import org.catchment.analysis.ScenarioSpec;
import org.catchment.analysis.SpecRules;
import org.catchment.export.SiteOutputs;
import org.catchment.siting.Candidates;
import org.catchment.siting.SiteSelection;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.model.Jobs;
import org.catchment.ui.model.TiledResults;
import org.locationtech.jts.geom.Point;

/**
 * "Suggest sites..." in the app: the same siting as {@code catchment site} ({@link SiteSelection}
 * over a candidate layer or a grid on walkable links), run in the background on the last run's
 * result; its picks as rows for the panel and as layers for the map, and any pick (or the first n)
 * as the edit of a new scenario. No JavaFX. A tiled run's result keeps no network to site on
 * ({@link TiledResults}): no siting starts on it, and the message says why.
 */
public final class SiteSuggestions {

    /**
     * What the user asked.
     *
     * @param type     the facility type's id
     * @param k        the number of sites wanted
     * @param layer    a point or polygon layer of candidates (a path), or null for the grid
     * @param spacingM the grid's spacing, metres (unused with a layer)
     */
    public record Request(String type, int k, String layer, double spacingM) {
    }

    /**
     * One pick as the panel lists it.
     *
     * @param rank       1 for the first pick
     * @param name       the site's name
     * @param x          where it stands, working CRS
     * @param y          where it stands
     * @param gain       the residents (area, m², without population data) it adds to the earlier picks
     * @param cumulative the residents (area) the picks up to it add together
     */
    public record Row(int rank, String name, double x, double y, double gain, double cumulative) {
    }

    /** Told about changes, on the UI thread. */
    public interface Listener {

        /** The picks, the busy flag or the message changed. */
        void suggestionsChanged();
    }

    private final Jobs jobs;
    private final List<Listener> listeners = new ArrayList<>();
    private AnalysisResult baseline;
    private SiteSelection.Result result;
    private boolean busy;
    private String message;
    private volatile int generation;

    /** @param jobs where the siting runs (off the UI thread) */
    public SiteSuggestions(Jobs jobs) {
        this.jobs = jobs;
    }

    /** @param listener told about every change from now on */
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** A run's result replaced the last one (or none, for null): earlier picks and a siting under way are dropped. */
    public void resultChanged(AnalysisResult now) {
        generation++;
        baseline = now;
        result = null;
        busy = false;
        message = TiledResults.isTiled(now) ? TiledResults.SITES : null;
        changed();
    }

    /** @return true when sites can be suggested: there is a result, and it keeps its network (not a tiled run's) */
    public boolean canSuggest() {
        return baseline != null && !baseline.tiled();
    }

    /**
     * Suggests sites in the background; the picks replace the last ones when done. On a tiled run's
     * result nothing starts: the message says why.
     *
     * @throws IllegalStateException without a run's result
     */
    public void suggest(Request request) {
        AnalysisResult on = baseline;
        if (on == null) {
            throw new IllegalStateException("no result to suggest sites on");
        }
        if (on.tiled()) {
            message = TiledResults.SITES;
            changed();
            return;
        }
        int asked = ++generation;
        busy = true;
        message = "Suggesting " + request.k() + " sites\u2026";
        changed();
        ProgressListener progress = (stage, fraction, text) -> jobs.later(() -> {
            if (asked == generation && busy) {
                message = text + "\u2026";
                changed();
            }
        });
        jobs.submit("site-suggestions", () -> select(on, request, progress, () -> generation != asked), r -> {
            if (asked != generation) {
                return;
            }
            busy = false;
            result = r;
            message = summary(r, request.k());
            changed();
        }, e -> {
            if (asked != generation) {
                return;
            }
            busy = false;
            message = e instanceof CatchmentException ? e.getMessage() : "The sites could not be suggested"
                    + (e.getMessage() == null ? "." : ": " + e.getMessage());
            changed();
        });
    }

    /**
     * The siting, as {@code catchment site} does it. Runs off the UI thread.
     *
     * @throws CatchmentException in one line for a type the run does not have, an empty layer or more
     *     sites than candidates
     */
    static SiteSelection.Result select(AnalysisResult on, Request request, ProgressListener progress,
                                       BooleanSupplier cancelled) {
        if (on.types().stream().noneMatch(t -> t.spec().type().equals(request.type()))) {
            throw new CatchmentException("The last run has no facility type '" + request.type() + "'. Run the analysis"
                    + " again to include it.");
        }
        if (request.k() < 1) {
            throw new CatchmentException("Ask for at least one site.");
        }
        if (request.layer() == null && !(request.spacingM() > 0)) {
            throw new CatchmentException("Give a grid spacing above 0 metres.");
        }
        SiteSelection.Setting setting = SiteSelection.setting(on, request.type());
        CandidateSites.Read layer = request.layer() == null ? null
                : CandidateSites.read(on.analysis(), request.type(), request.layer());
        Candidates placed = Candidates.of(setting, layer, request.spacingM());
        if (placed.size() < request.k()) {
            throw new CatchmentException(request.layer() == null
                    ? String.format(Locale.UK, "%d sites asked, but a grid at %,.0f m places only %d candidates on"
                            + " walkable links in the study area. Ask for fewer, or give a smaller spacing.",
                            request.k(), request.spacingM(), placed.size())
                    : String.format(Locale.UK, "%d sites asked, but only %d of the layer's candidates join the"
                            + " network. Ask for fewer, or give candidates nearer walkable links.", request.k(),
                            placed.size()));
        }
        return SiteSelection.run(setting, placed, request.k(), progress, cancelled);
    }

    private static String summary(SiteSelection.Result r, int k) {
        String unit = r.byResidents() ? "residents" : "m\u00b2";
        double total = r.picks().isEmpty() ? 0 : r.picks().get(r.picks().size() - 1).cumulative();
        String s = String.format(Locale.UK, "%d %s sites from %d candidates bring %,.0f %s newly within %s minutes.",
                r.picks().size(), r.setting().label(), r.candidates().size(), total, unit,
                SpecRules.number(r.setting().bandMin()));
        return r.picks().size() < k ? s + " No other candidate brings anyone newly within reach." : s;
    }

    /** @return true while sites are being suggested */
    public boolean isBusy() {
        return busy;
    }

    /** @return the outcome of the last request in words (or why it failed), or null */
    public String message() {
        return message;
    }

    /** @return the last picks, or null */
    public SiteSelection.Result result() {
        return result;
    }

    /** @return the picks, in order (empty without any) */
    public List<Row> rows() {
        if (result == null) {
            return List.of();
        }
        return result.picks().stream().map(p -> {
            Point at = SiteOutputs.point(p.candidate());
            return new Row(p.rank(), p.name(), at.getX(), at.getY(), p.gain(), p.cumulative());
        }).toList();
    }

    /** @return the row as the panel lists it: "1. Site at 354,800, 391,600: +1,234 residents (total 1,234)" */
    public String describe(Row row) {
        String unit = result != null && !result.byResidents() ? " m\u00b2" : " residents";
        return String.format(Locale.UK, "%d. %s: +%,.0f%s (total %,.0f)", row.rank(), row.name(), row.gain(), unit,
                row.cumulative());
    }

    /**
     * @param ids fresh layer ids
     * @return the map's layers of the picks, top first: the sites (numbered stars, with their gains
     *     for Identify) and the places they newly serve; empty without picks
     */
    public List<LayerItem> layers(LongSupplier ids) {
        if (result == null || result.picks().isEmpty()) {
            return List.of();
        }
        return SiteOutputs.pickLayers(baseline, result).stream()
                .map(l -> LayerItem.of(ids.getAsLong(), LayerItem.Group.RESULT, l.mapLayer(), l.source())).toList();
    }

    /** @return the name of a new scenario of the picks up to a rank: {@code sites_libraries_1}, free in the book */
    public String scenarioName(ScenarioBook book, int rank, boolean upTo) {
        String name = "sites_" + result.setting().type() + "_" + (upTo && rank > 1 ? "1_to_" : "") + rank;
        return book.nameProblem(name, null).isEmpty() ? name : book.freeName();
    }

    /**
     * @param rank a pick's rank
     * @param upTo true for the picks 1..rank, false for that pick alone
     * @return the edit adding those sites (by name, at their points) to a scenario
     */
    public UnaryOperator<ScenarioSpec> scenarioEdit(int rank, boolean upTo) {
        String type = result.setting().type();
        List<Row> sites = rows().stream().filter(r -> upTo ? r.rank() <= rank : r.rank() == rank).toList();
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("no pick " + rank);
        }
        return s -> {
            ScenarioSpec out = s;
            for (Row r : sites) {
                out = ScenarioChanges.addSite(out, type, r.x(), r.y(), r.name());
            }
            return out;
        };
    }

    private void changed() {
        listeners.forEach(Listener::suggestionsChanged);
    }
}
