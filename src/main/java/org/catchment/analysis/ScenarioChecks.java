package org.catchment.analysis;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geotools.filter.text.cql2.CQLException;
import org.geotools.filter.text.ecql.ECQL;

/**
 * The checks of the {@code scenarios} section made before anything runs: each scenario named
 * (letters, digits, {@code _} and {@code -}, unique, not {@code all}), every closure and addition
 * of a facility type the analysis has, a closure by either a valid CQL filter or a list of ids, an
 * addition by either a layer that exists or a list of points (in a draft, whose facility types
 * may be unfinished, the types are checked at Run). Each problem is one line naming the
 * scenario, through the validator's messages (file, line, key). What only the data can tell (a
 * filter that picks nothing, an id not found, a site off the network) is found when the scenario
 * runs ({@link ScenarioRunner}).
 */
final class ScenarioChecks {


    private final AnalysisValidator validator;

    ScenarioChecks(AnalysisValidator validator) {
        this.validator = validator;
    }

    void check(AnalysisSpec spec) {
        Set<String> types = new LinkedHashSet<>();
        spec.facilities().forEach(f -> types.add(f.type()));
        Set<String> names = new HashSet<>();
        List<ScenarioSpec> scenarios = spec.scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioSpec s = scenarios.get(i);
            String p = "scenarios[" + i + "]";
            if (s.name() == null || s.name().isBlank()) {
                validator.fail(p + ".name", "scenario " + (i + 1) + " has no name",
                        "Give it a name of letters, digits, _ and -, e.g. name: close_central_library");
            }
            String said = "scenario '" + s.name() + "'";
            if (!ScenarioSpec.isAllowedName(s.name())) {
                validator.fail(p + ".name", "the scenario name '" + s.name() + "' cannot name an output folder",
                        "Use letters, digits, _ and - only (not 'all'), e.g. close_central_library");
            }
            if (!names.add(s.name().toLowerCase(Locale.ROOT))) {
                validator.fail(p + ".name", "the scenario name '" + s.name() + "' is used twice",
                        "Give each scenario its own name (names differing only in case count as the same)");
            }
            if (s.isEmpty()) {
                validator.fail(p, said + " closes and adds nothing",
                        "Give close: [{type: ..., filter: ...}] or add: [{type: ..., points: [[x, y, name]]}]");
            }
            for (int k = 0; k < s.close().size(); k++) {
                close(p + ".close[" + k + "]", said, s.close().get(k), types);
            }
            for (int k = 0; k < s.add().size(); k++) {
                add(p + ".add[" + k + "]", said, s.add().get(k), types);
            }
        }
    }

    private void close(String p, String said, ScenarioSpec.Close c, Set<String> types) {
        type(p, said, c.type(), types);
        if ((c.filter() == null) == (c.ids() == null)) {
            validator.fail(p, said + " closes " + c.type() + " " + (c.filter() == null ? "without" : "with both")
                    + " a filter and ids", "Give either filter: \"name = '...'\" or ids: [...]");
        }
        if (c.ids() != null && (c.ids().isEmpty() || c.ids().stream().anyMatch(id -> id == null || id.isBlank()))) {
            validator.fail(p + ".ids", said + ": the list of ids to close is empty or holds an empty id",
                    "List the values of the type's id_field (or name field) of the facilities to close");
        }
        if (c.filter() != null) {
            try {
                ECQL.toFilter(c.filter());
            } catch (CQLException e) {
                validator.fail(p + ".filter", said + ": the filter \"" + c.filter() + "\" is not valid CQL ("
                        + e.getMessage().lines().findFirst().orElse("") + ")",
                        "Write it like name = 'Central Library' or name IN ('A', 'B')");
            }
        }
    }

    private void add(String p, String said, ScenarioSpec.Add a, Set<String> types) {
        type(p, said, a.type(), types);
        if ((a.layer() == null) == (a.points() == null)) {
            validator.fail(p, said + " adds " + a.type() + " " + (a.layer() == null ? "without" : "with both")
                    + " a layer and points", "Give either layer: proposed_sites.shp or points: [[x, y, name]]");
        }
        if (a.layer() != null) {
            validator.file(p + ".layer", a.layer());
        }
        if (a.points() != null && a.points().isEmpty()) {
            validator.fail(p + ".points", said + ": the list of points to add is empty",
                    "Give each site as [x, y, name] in the analysis's coordinates");
        }
    }

    private void type(String p, String said, String type, Set<String> types) {
        if (type == null || type.isBlank()) {
            validator.fail(p + ".type", said + " does not say which facility type it changes",
                    "Add type: with one of " + types);
        }
        if (validator.complete() && !types.contains(type)) {
            validator.fail(p + ".type", said + " names the facility type '" + type + "', which the analysis does"
                    + " not have", "Use one of " + types + " (the type identifiers of the facilities section)");
        }
    }
}
