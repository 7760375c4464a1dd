package org.catchment.ui.whatif.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.catchment.analysis.ScenarioSpec;

/**
 * The scenarios of the open analysis and which one is shown: the baseline (none selected) or one
 * scenario. Immutable: every change is a new book, so the app keeps the books in an
 * {@link EditHistory} and undoes any scenario edit (a closure, a site, a new, renamed or deleted
 * scenario) by going back to the book before it.
 *
 * <p>A scenario that closes and adds nothing yet (just created) is kept here but not saved: the
 * analysis file holds only scenarios that change something ({@link #saved()}), as the command
 * line requires.
 *
 * @param scenarios the scenarios, in the analysis file's order
 * @param selected  the name of the scenario shown, or null for the baseline
 */
public record ScenarioBook(List<ScenarioSpec> scenarios, String selected) {

    /** The stem of the names {@link #freeName()} gives. */
    static final String STEM = "scenario_";

    public ScenarioBook {
        scenarios = List.copyOf(scenarios);
        if (selected != null && scenarios.stream().noneMatch(s -> s.name().equals(selected))) {
            throw new IllegalArgumentException("no scenario '" + selected + "'");
        }
    }

    /** @return the scenarios of an analysis file, the baseline shown */
    public static ScenarioBook of(List<ScenarioSpec> scenarios) {
        return new ScenarioBook(scenarios, null);
    }

    /** @return the scenario shown, or empty for the baseline */
    public Optional<ScenarioSpec> current() {
        return selected == null ? Optional.empty() : find(selected);
    }

    /** @return the scenario of that name, or empty */
    public Optional<ScenarioSpec> find(String name) {
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** @return the names, in order */
    public List<String> names() {
        return scenarios.stream().map(ScenarioSpec::name).toList();
    }

    /** @return the scenarios the analysis file keeps: those that close or add something */
    public List<ScenarioSpec> saved() {
        return scenarios.stream().filter(s -> !s.isEmpty()).toList();
    }

    /** @return this book showing the scenario of that name, or the baseline for null */
    public ScenarioBook select(String name) {
        return new ScenarioBook(scenarios, name);
    }

    /**
     * @return this book with a new empty scenario of that name, shown
     * @throws IllegalArgumentException saying why the name cannot be used
     */
    public ScenarioBook created(String name) {
        nameProblem(name, null).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        List<ScenarioSpec> list = new ArrayList<>(scenarios);
        list.add(ScenarioSpec.named(name));
        return new ScenarioBook(list, name);
    }

    /**
     * @return this book with a scenario renamed (still shown if it was)
     * @throws IllegalArgumentException saying why the new name cannot be used
     */
    public ScenarioBook renamed(String from, String to) {
        ScenarioSpec old = find(from).orElseThrow(() -> new IllegalArgumentException("no scenario '" + from + "'"));
        if (from.equals(to)) {
            return this;
        }
        nameProblem(to, from).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        List<ScenarioSpec> list = new ArrayList<>(scenarios);
        list.set(list.indexOf(old), new ScenarioSpec(to, old.close(), old.add()));
        return new ScenarioBook(list, from.equals(selected) ? to : selected);
    }

    /** @return this book without the scenario of that name (the baseline shown if it was shown) */
    public ScenarioBook deleted(String name) {
        List<ScenarioSpec> list = new ArrayList<>(scenarios);
        list.removeIf(s -> s.name().equals(name));
        return new ScenarioBook(list, name.equals(selected) ? null : selected);
    }

    /**
     * Edits the scenario shown; with the baseline shown, a new scenario ({@link #freeName()}) is made
     * for the edit and shown, so "close this library" on the baseline starts a scenario.
     *
     * @param edit the change, e.g. {@code s -> ScenarioEdits.close(s, c)}
     * @return the book with the edited scenario shown
     */
    public ScenarioBook edited(UnaryOperator<ScenarioSpec> edit) {
        ScenarioBook book = selected == null ? created(freeName()) : this;
        ScenarioSpec before = book.current().orElseThrow();
        ScenarioSpec after = Objects.requireNonNull(edit.apply(before), "edit");
        List<ScenarioSpec> list = new ArrayList<>(book.scenarios);
        list.set(list.indexOf(before), new ScenarioSpec(before.name(), after.close(), after.add()));
        return new ScenarioBook(list, book.selected);
    }

    /**
     * Takes the scenarios of the analysis file after it changed other than through this book (a
     * file opened): those of the file, with this book's empty ones after them, and the same one
     * shown if it is still there.
     */
    public ScenarioBook withSaved(List<ScenarioSpec> fromFile) {
        List<ScenarioSpec> list = new ArrayList<>(fromFile);
        for (ScenarioSpec s : scenarios) {
            if (s.isEmpty() && list.stream().noneMatch(x -> same(x.name(), s.name()))) {
                list.add(s);
            }
        }
        boolean kept = selected != null && list.stream().anyMatch(s -> s.name().equals(selected));
        return new ScenarioBook(list, kept ? selected : null);
    }

    /** @return the first of {@code scenario_1}, {@code scenario_2}, ... no scenario has */
    public String freeName() {
        for (int i = 1; ; i++) {
            String name = STEM + i;
            if (scenarios.stream().noneMatch(s -> same(s.name(), name))) {
                return name;
            }
        }
    }

    /**
     * @param name    a name for a scenario
     * @param renamed the scenario being renamed (its own name is no clash), or null
     * @return why the name cannot be used, in words, or empty when it can
     */
    public Optional<String> nameProblem(String name, String renamed) {
        if (name == null || name.isBlank()) {
            return Optional.of("Give the scenario a name.");
        }
        if (!ScenarioSpec.isAllowedName(name)) {
            return Optional.of("'" + name + "' cannot name a scenario: use letters, digits, _ and - only"
                    + " (not 'all'), e.g. close_central_library.");
        }
        if (scenarios.stream().anyMatch(s -> same(s.name(), name) && !s.name().equals(renamed))) {
            return Optional.of("There is a scenario '" + name + "' already (names differing only in case count as"
                    + " the same).");
        }
        return Optional.empty();
    }

    private static boolean same(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
