package org.catchment.ui.whatif.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catchment.analysis.ScenarioSpec;

/**
 * The edits the app makes to one scenario, each a new {@link ScenarioSpec} written as a user would
 * write it in the analysis file: closures by id gathered into one {@code close} entry per type,
 * sites clicked on the map into one {@code add} entry of {@code points} per type. An edit that
 * would change nothing (a facility closed twice, a site removed that is not there) returns the
 * scenario as it was.
 */
public final class ScenarioChanges {

    private ScenarioChanges() {
    }

    /**
     * @param closure a closure, as {@code WhatIfSession.closure} gives it (by ids) or by a filter
     * @return the scenario with the closure too
     */
    public static ScenarioSpec close(ScenarioSpec s, ScenarioSpec.Close closure) {
        if (closure.ids() == null) {
            return s.close().contains(closure) ? s : s.withClose(closure);
        }
        List<ScenarioSpec.Close> list = new ArrayList<>(s.close());
        for (int i = 0; i < list.size(); i++) {
            ScenarioSpec.Close c = list.get(i);
            if (c.type().equals(closure.type()) && c.ids() != null) {
                List<String> ids = new ArrayList<>(c.ids());
                closure.ids().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
                list.set(i, new ScenarioSpec.Close(c.type(), null, ids));
                return new ScenarioSpec(s.name(), list, s.add());
            }
        }
        return s.withClose(closure);
    }

    /** @return true when the scenario closes the facility of that type and id by its id */
    public static boolean isClosedById(ScenarioSpec s, String type, String id) {
        return s.close().stream().anyMatch(c -> c.type().equals(type) && c.ids() != null && c.ids().contains(id));
    }

    /** @return the scenario no longer closing the facility of that type and id (closures by filter stay) */
    public static ScenarioSpec reopen(ScenarioSpec s, String type, String id) {
        List<ScenarioSpec.Close> list = new ArrayList<>();
        for (ScenarioSpec.Close c : s.close()) {
            if (c.type().equals(type) && c.ids() != null && c.ids().contains(id)) {
                List<String> ids = new ArrayList<>(c.ids());
                ids.remove(id);
                if (!ids.isEmpty()) {
                    list.add(new ScenarioSpec.Close(type, null, ids));
                }
            } else {
                list.add(c);
            }
        }
        return new ScenarioSpec(s.name(), list, s.add());
    }

    /**
     * @param x    easting (or x) in the analysis's working CRS
     * @param y    northing (or y)
     * @param name the site's name, or null
     * @return the scenario with a proposed site of that type there too
     */
    public static ScenarioSpec addSite(ScenarioSpec s, String type, double x, double y, String name) {
        ScenarioSpec.Site site = new ScenarioSpec.Site(x, y, name == null || name.isBlank() ? null : name.strip());
        List<ScenarioSpec.Add> list = new ArrayList<>(s.add());
        for (int i = 0; i < list.size(); i++) {
            ScenarioSpec.Add a = list.get(i);
            if (a.type().equals(type) && a.points() != null) {
                List<ScenarioSpec.Site> points = new ArrayList<>(a.points());
                points.add(site);
                list.set(i, new ScenarioSpec.Add(type, null, points));
                return new ScenarioSpec(s.name(), s.close(), list);
            }
        }
        return s.withAdd(new ScenarioSpec.Add(type, null, List.of(site)));
    }

    /** @return the scenario without the proposed sites of that type at (x, y) */
    public static ScenarioSpec removeSite(ScenarioSpec s, String type, double x, double y) {
        List<ScenarioSpec.Add> list = new ArrayList<>();
        for (ScenarioSpec.Add a : s.add()) {
            if (a.type().equals(type) && a.points() != null) {
                List<ScenarioSpec.Site> points = a.points().stream().filter(p -> p.x() != x || p.y() != y).toList();
                if (!points.isEmpty()) {
                    list.add(new ScenarioSpec.Add(type, null, points));
                }
            } else {
                list.add(a);
            }
        }
        return new ScenarioSpec(s.name(), s.close(), list);
    }

    /** @return the scenario adding the sites of a layer (a path as the analysis file writes it) to a type */
    public static ScenarioSpec addLayer(ScenarioSpec s, String type, String layer) {
        ScenarioSpec.Add a = ScenarioSpec.Add.layer(type, layer);
        return s.add().contains(a) ? s : s.withAdd(a);
    }

    /**
     * @param labels readable name by type id
     * @return the scenario's edits in words, one line each: "Closed: Libraries: Central Library"
     */
    public static List<String> describe(ScenarioSpec s, Map<String, String> labels) {
        List<String> out = new ArrayList<>();
        for (ScenarioSpec.Close c : s.close()) {
            String label = labels.getOrDefault(c.type(), c.type());
            out.add("Closed: " + label + ": " + (c.ids() != null ? String.join(", ", c.ids()) : "where " + c.filter()));
        }
        for (ScenarioSpec.Add a : s.add()) {
            String label = labels.getOrDefault(a.type(), a.type());
            if (a.layer() != null) {
                out.add("Added: " + label + ": the sites of " + a.layer());
            } else {
                for (ScenarioSpec.Site p : a.points()) {
                    out.add(String.format(Locale.UK, "Added: %s: %sat %,.0f, %,.0f", label,
                            p.name() == null ? "" : p.name() + " ", p.x(), p.y()));
                }
            }
        }
        return out;
    }
}
