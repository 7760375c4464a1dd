package org.catchment.ui.whatif.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.SpecRules;

/**
 * The live desert rule as the what-if panel shows it: one "include in deserts" toggle per facility
 * type and the threshold of missing types, read from and written to the analysis file's
 * {@code deserts} section ({@code types}, {@code min_missing}; with {@code missing_all_of}, the
 * toggles choose the types a desert must miss, and there is no threshold). Every choice is
 * allowed but unticking the last type: a threshold above the types counted finds no desert, and
 * {@link #note()} says so.
 *
 * @param types    the facility types' ids, in the analysis file's order
 * @param labels   their readable names, in the same order
 * @param rule     the {@code deserts} section
 */
public record DesertToggles(List<String> types, List<String> labels, AnalysisSpec.DesertSpec rule) {

    public DesertToggles {
        types = List.copyOf(types);
        labels = List.copyOf(labels);
    }

    /** @return the toggles of an analysis's facility types and desert rule */
    public static DesertToggles of(AnalysisSpec spec) {
        return new DesertToggles(spec.facilities().stream().map(AnalysisSpec.FacilitySpec::type).toList(),
                spec.facilities().stream().map(AnalysisSpec.FacilitySpec::label).toList(), spec.deserts());
    }

    /** @return true when the rule is {@code missing_all_of} (a desert misses every ticked type; no threshold) */
    public boolean allOf() {
        return rule.missingAllOf() != null;
    }

    /** @return true when the type is ticked: counted towards deserts (with missing_all_of: one a desert must miss) */
    public boolean isCounted(String type) {
        return ticked().contains(type);
    }

    /** @return the ticked types, in order */
    public List<String> ticked() {
        return allOf() ? types.stream().filter(rule.missingAllOf()::contains).toList() : rule.countedTypes(types);
    }

    /** @return false for the only ticked type: a rule counts at least one */
    public boolean canUntick(String type) {
        return !isCounted(type) || ticked().size() > 1;
    }

    /** @return the threshold: a place is a desert when at least this many counted types miss it */
    public int threshold() {
        return rule.minMissing();
    }

    /** @return the bounds of the threshold (the analysis file's, {@link SpecRules.Limit#MIN_MISSING}) */
    public SpecRules.Range thresholdRange() {
        return SpecRules.Limit.MIN_MISSING.range();
    }

    /**
     * @return the rule with the type ticked or not; every type ticked is written as no {@code types}
     *     key (the default), and the last ticked type cannot be unticked (the rule is returned as it is)
     */
    public AnalysisSpec.DesertSpec withCounted(String type, boolean counted) {
        if (!types.contains(type) || isCounted(type) == counted || !counted && !canUntick(type)) {
            return rule;
        }
        List<String> now = new ArrayList<>();
        for (String t : types) {
            if (t.equals(type) ? counted : isCounted(t)) {
                now.add(t);
            }
        }
        if (allOf()) {
            return new AnalysisSpec.DesertSpec(rule.minMissing(), null, now, rule.minAreaM2());
        }
        return rule.withTypes(now.size() == types.size() ? null : now);
    }

    /**
     * @return the rule with another threshold
     * @throws IllegalArgumentException outside {@link #thresholdRange()}
     */
    public AnalysisSpec.DesertSpec withThreshold(int minMissing) {
        SpecRules.Limit.MIN_MISSING.require(minMissing);
        return rule.withMinMissing(minMissing);
    }

    /** @return "A desert misses at least 2 of the 3 types counted." or, with missing_all_of, the types it misses */
    public String describe() {
        List<String> names = ticked().stream().map(t -> labels.get(types.indexOf(t))).toList();
        if (allOf()) {
            return "A desert misses all of: " + String.join(", ", names) + ".";
        }
        return "A desert misses at least " + threshold() + " of the " + names.size() + " type"
                + (names.size() == 1 ? "" : "s") + " counted.";
    }

    /**
     * @return the note when the threshold is above the types counted (no place can be a desert), else empty
     */
    public Optional<String> note() {
        int counted = ticked().size();
        if (allOf() || threshold() <= counted) {
            return Optional.empty();
        }
        return Optional.of("No place can be a desert: the threshold (" + threshold() + ") is above the " + counted
                + " type" + (counted == 1 ? "" : "s") + " counted. Lower the threshold or include more types.");
    }
}
