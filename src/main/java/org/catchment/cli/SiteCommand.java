package org.catchment.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.catchment.CatchmentException;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.CandidateSites;
import org.catchment.analysis.SpecRules;
import org.catchment.export.SiteOutputs;
import org.catchment.siting.Candidates;
import org.catchment.siting.SiteSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code catchment site ANALYSIS.yml --type TYPE --k N [--candidates LAYER] [--spacing M]}:
 * suggests k new sites of one type from candidates (a layer, or a grid of points on the walkable
 * links of the study area) that bring the most residents newly within the type's served band
 * ({@link SiteSelection}), prints each pick with its marginal residents and the running total,
 * and writes {@code sites_<type>.gpkg}, {@code .csv} and {@code .png} into the output folder, all or
 * nothing. Bad requests (unknown type, empty candidate layer, more sites than candidates) are
 * refused with one line before anything is written.
 */
@Command(name = "site", mixinStandardHelpOptions = true,
        description = "Suggest k new sites of a type that bring the most residents within its served band.")
final class SiteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BaselineRun.Args args;

    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "the facility type to site")
    String type;

    @Option(names = "--k", required = true, paramLabel = "N", description = "the number of sites to suggest")
    int k;

    @Option(names = "--candidates", paramLabel = "LAYER",
            description = "a point or polygon layer of candidate sites (default: a grid on the walkable links)")
    String candidates;

    @Option(names = "--spacing", paramLabel = "M",
            description = "the grid's spacing, metres of the analysis's CRS (default: ${DEFAULT-VALUE})")
    double spacing = 200;




    @Override
    public Integer call() {
        Analysis analysis = BaselineRun.read(args, List.of(type));
        if (k < 1) {
            throw new CatchmentException("--k " + k + ": ask for at least one site.");
        }
        if (candidates == null && !(spacing > 0)) {
            throw new CatchmentException("--spacing " + SpecRules.number(spacing) + ": give a grid spacing above 0 metres.");
        }
        CandidateSites.Read layer = candidates == null ? null : CandidateSites.read(analysis, type, candidates);
        if (layer != null && layer.sites().size() < k) {
            throw new CatchmentException(candidates + ": --k " + k + " asks for more sites than the layer's "
                    + layer.sites().size() + " candidates. Ask for at most " + layer.sites().size()
                    + ", or give a layer with more candidates.");
        }
        SiteOutputs.checkTarget(analysis, type, args.force);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SiteSelection.Result sites;
        List<Path> written;
        try (BaselineRun baseline = BaselineRun.start(analysis, err)) {
            AnalysisResult result = baseline.result();
            RunMessages.print(err, result);
            SiteSelection.Setting setting = SiteSelection.setting(result, type);
            Candidates placed = Candidates.of(setting, layer, spacing);
            if (layer != null) {
                layer.warnings().forEach(w -> RunMessages.warning(err, w));
            }
            placed.warnings().forEach(w -> RunMessages.warning(err, w));
            checkEnough(placed, placed.size() + placed.failed().size());
            sites = SiteSelection.run(setting, placed, k, baseline.progress(), () -> false);
            written = SiteOutputs.write(result, sites, args.force, baseline.progress());
        }
        print(stdout, sites);
        written.forEach(p -> stdout.println("  " + p));
        return Main.OK;
    }

    private void checkEnough(Candidates placed, int given) {
        if (placed.size() >= k) {
            return;
        }
        if (candidates == null) {
            throw new CatchmentException(args.file + ": --k " + k + " asks for more sites than the " + placed.size()
                    + " candidates a grid at " + SpecRules.number(spacing) + " m places on walkable links in the study"
                    + " area. Ask for at most " + placed.size() + ", or give a smaller --spacing.");
        }
        throw new CatchmentException(candidates + ": --k " + k + " asks for more sites than the " + placed.size()
                + " of the layer's " + given + " candidates that join the network (the others are beyond the snap"
                + " tolerance). Ask for at most " + placed.size() + ", or give candidates nearer walkable links.");
    }

    private void print(PrintWriter stdout, SiteSelection.Result r) {
        SiteSelection.Setting s = r.setting();
        String unit = r.byResidents() ? "residents" : "m²";
        stdout.println(String.format(Locale.ROOT, "%s: %d sites from %d candidates, by %s newly within %s minutes",
                s.label(), r.picks().size(), r.candidates().size(), unit, SpecRules.number(s.bandMin())));
        for (SiteSelection.Pick p : r.picks()) {
            stdout.println(String.format(Locale.ROOT, "  %2d. %-40s +%,.0f %s (total %,.0f)", p.rank(), p.name(),
                    p.gain(), unit, p.cumulative()));
        }
        if (r.picks().size() < k) {
            stdout.println("  No other candidate brings anyone newly within reach, so fewer than " + k + " sites are suggested.");
        }
    }
}
