package org.catchment.overlay;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * When a place counts as a "social infrastructure desert".
 *
 * <p>Either by a threshold ({@code minMissing} or more of the counted facility types do not serve
 * it; the default 3 is the reference study's, docs/method.md#defaults-and-where-they-come-from) or,
 * when {@code missingAllOf} is set, where every one of the listed types is missing (then
 * {@code minMissing} is ignored). The counted types ({@code types}) are all types by default; a
 * type left out still has its catchments and coverage, but is neither counted as missing nor
 * listed among a desert's missing types. A threshold above the number of counted types is
 * allowed: no place can then be a desert. Desert polygons smaller than {@code minAreaM2} are
 * slivers left where catchment edges nearly coincide; they are dropped and counted (default
 * 2,000 m², about a 45 m square: the analysis file's default {@code deserts.min_area_m2}; the
 * design gives no sliver size).
 *
 * @param minMissing   the least number of missing counted types, at least 1
 * @param missingAllOf type ids that must all be missing, or null for the threshold rule
 * @param minAreaM2    the smallest desert polygon kept, square metres (0 keeps everything)
 * @param types        the ids of the types counted, or null for every type; not with {@code missingAllOf}
 */
public record DesertRule(int minMissing, List<String> missingAllOf, double minAreaM2, List<String> types) {

    /** Default threshold: 3 or more types missing (the reference study's, see docs/method.md). */
    public static final int DEFAULT_MIN_MISSING = 3;
    /** Default smallest desert kept, square metres (the analysis file's {@code deserts.min_area_m2}). */
    public static final double DEFAULT_MIN_AREA_M2 = 2000;

    /** Checks the values and copies the lists. */
    public DesertRule {
        if (missingAllOf != null) {
            if (missingAllOf.isEmpty()) {
                throw new IllegalArgumentException("missingAllOf must name at least one type, or be null");
            }
            if (types != null) {
                throw new IllegalArgumentException("missingAllOf and types cannot be combined");
            }
            missingAllOf = List.copyOf(missingAllOf);
        } else if (minMissing < 1) {
            throw new IllegalArgumentException("minMissing must be at least 1, was " + minMissing);
        }
        if (!(minAreaM2 >= 0)) {
            throw new IllegalArgumentException("minAreaM2 must be 0 or more, was " + minAreaM2);
        }
        types = types == null ? null : List.copyOf(new LinkedHashSet<>(types));
    }

    /** A rule counting every type. */
    public DesertRule(int minMissing, List<String> missingAllOf, double minAreaM2) {
        this(minMissing, missingAllOf, minAreaM2, null);
    }

    /** @return 3 or more types missing, polygons under 2,000 m² dropped */
    public static DesertRule defaults() {
        return new DesertRule(DEFAULT_MIN_MISSING, null, DEFAULT_MIN_AREA_M2);
    }

    /** @return the missing types that count: all of them, or those among {@link #types()}, in their order */
    public Set<String> counted(Set<String> missing) {
        if (types == null) {
            return missing;
        }
        Set<String> out = new LinkedHashSet<>(missing);
        out.retainAll(types);
        return out;
    }

    /**
     * @param allTypes the ids of every type of the analysis
     * @return how many of them the rule counts
     */
    public int countedTypes(List<String> allTypes) {
        return types == null ? allTypes.size() : (int) allTypes.stream().filter(types::contains).count();
    }

    /** @return true if a place whose missing types are {@code missing} is a desert */
    boolean matches(Set<String> missing) {
        Set<String> c = counted(missing);
        return missingAllOf != null ? c.containsAll(missingAllOf) : c.size() >= minMissing;
    }
}
