package org.catchment.analysis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code osm_tags} of a facility type: which OpenStreetMap elements of an extract are its
 * facilities. Written either as keys with lists of values ({@code {amenity: [doctors, clinic]}}) or
 * as the name of a preset ({@code osm_tags: gp}, see {@link OsmPresets}). An element is a facility
 * when, for any one of the keys, its value of that key is one of the listed values (several keys
 * are alternatives, "or"); the value {@code "*"} stands for any value. Values are compared whole and
 * exactly, as OpenStreetMap writes them ({@code doctors;pharmacy} is not {@code doctors}).
 *
 * @param preset the preset's name when written as one, else null
 * @param tags   the keys and their values (a preset's own when written as one); empty only for an
 *               unknown preset, which the validator reports
 */
public record OsmTags(String preset, Map<String, List<String>> tags) {

    /** The value that matches any value of its key. */
    public static final String ANY = "*";

    public OsmTags {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (tags != null) {
            tags.forEach((k, v) -> copy.put(k, v == null ? List.of() : List.copyOf(v)));
        }
        tags = Collections.unmodifiableMap(copy);
    }

    /** @return the preset of this name (its tags empty when there is no such preset) */
    @JsonCreator
    public static OsmTags ofPreset(String name) {
        return new OsmTags(name, OsmPresets.find(name).map(OsmPresets.Preset::tags).orElse(Map.of()));
    }

    /** @return these keys and values, as written */
    @JsonCreator
    public static OsmTags of(Map<String, List<String>> tags) {
        return new OsmTags(null, tags);
    }

    /** @return the preset's name, or the keys and values: as the analysis file writes it */
    @JsonValue
    public Object written() {
        return preset != null ? preset : tags;
    }

    /** @return true when the element's tags hold one of the values of one of the keys */
    public boolean matches(Map<String, String> elementTags) {
        for (Map.Entry<String, List<String>> e : tags.entrySet()) {
            String value = elementTags.get(e.getKey());
            if (value != null && (e.getValue().contains(value) || e.getValue().contains(ANY))) {
                return true;
            }
        }
        return false;
    }

    /** @return what is wrong with this rule (an unknown preset, no key, a key without values), or empty */
    public Optional<SpecRules.Problem> problem() {
        if (preset != null && OsmPresets.find(preset).isEmpty()) {
            return Optional.of(new SpecRules.Problem("there is no OpenStreetMap preset '" + preset + "'",
                    "Use one of " + String.join(", ", OsmPresets.names()) + ", or give keys and values such as"
                    + " {amenity: [doctors]}"));
        }
        if (tags.isEmpty()) {
            return Optional.of(new SpecRules.Problem("no OpenStreetMap key is given",
                    "Give keys and values such as {amenity: [doctors]}, or a preset: "
                    + String.join(", ", OsmPresets.names())));
        }
        List<String> empty = new ArrayList<>();
        tags.forEach((k, v) -> {
            if (k.isBlank() || v.isEmpty() || v.stream().anyMatch(s -> s == null || s.isBlank())) {
                empty.add(k);
            }
        });
        return empty.isEmpty() ? Optional.empty() : Optional.of(new SpecRules.Problem("the key '" + empty.get(0)
                + "' has no value, a blank value or a blank name", "Give it a list of values such as [doctors], or"
                + " [\"*\"] for any value"));
    }

    /** @return the rule as the docs write it: {@code amenity = doctors or leisure in (playground, park)} */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        tags.forEach((k, v) -> parts.add(v.contains(ANY) ? k + " (any value)"
                : v.size() == 1 ? k + " = " + v.get(0) : k + " in (" + String.join(", ", v) + ")"));
        return String.join(" or ", parts);
    }
}
