package org.catchment.ui.whatif.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.catchment.analysis.ScenarioSpec;
import org.junit.jupiter.api.Test;

class ScenarioBookTest {

    private static final ScenarioSpec CLOSE = ScenarioSpec.named("close_library")
            .withClose(ScenarioSpec.Close.ids("libraries", "Central Library"));

    @Test
    void aBookFromTheFileShowsTheBaseline() {
        ScenarioBook book = ScenarioBook.of(List.of(CLOSE));
        assertThat(book.selected()).isNull();
        assertThat(book.current()).isEmpty();
        assertThat(book.names()).containsExactly("close_library");
    }

    @Test
    void createRenameSelectAndDelete() {
        ScenarioBook book = ScenarioBook.of(List.of(CLOSE)).created("hub");
        assertThat(book.names()).containsExactly("close_library", "hub");
        assertThat(book.selected()).isEqualTo("hub");
        book = book.renamed("hub", "new_hub");
        assertThat(book.selected()).as("the shown scenario keeps being shown").isEqualTo("new_hub");
        assertThat(book.select("close_library").current()).contains(CLOSE);
        book = book.select("close_library").deleted("close_library");
        assertThat(book.names()).containsExactly("new_hub");
        assertThat(book.selected()).as("the baseline once the shown one is deleted").isNull();
    }

    @Test
    void renamingKeepsTheEdits() {
        ScenarioBook book = ScenarioBook.of(List.of(CLOSE)).renamed("close_library", "no_library");
        assertThat(book.find("no_library").orElseThrow().close()).isEqualTo(CLOSE.close());
    }

    @Test
    void namesMustNameAnOutputFolderAndDifferBeyondCase() {
        ScenarioBook book = ScenarioBook.of(List.of(CLOSE));
        assertThat(book.nameProblem("Close_Library", null)).hasValueSatisfying(p -> assertThat(p).contains("already"));
        assertThat(book.nameProblem("close library", null)).hasValueSatisfying(p -> assertThat(p).contains("letters"));
        assertThat(book.nameProblem("ALL", null)).isPresent();
        assertThat(book.nameProblem("", null)).isPresent();
        assertThat(book.nameProblem("close_library", "close_library")).as("its own name").isEmpty();
        assertThatThrownBy(() -> book.created("bad/name")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("letters, digits");
    }

    @Test
    void anEditOnTheBaselineStartsANewScenario() {
        ScenarioBook book = ScenarioBook.of(List.of(CLOSE))
                .edited(s -> s.withAdd(ScenarioSpec.Add.point("gp", 1, 2, "Quay")));
        assertThat(book.selected()).isEqualTo("scenario_1");
        assertThat(book.current().orElseThrow().add()).containsExactly(ScenarioSpec.Add.point("gp", 1, 2, "Quay"));
        assertThat(book.edited(s -> s.withClose(ScenarioSpec.Close.ids("gp", "Elm"))).names())
                .as("an edit of the shown scenario makes none").containsExactly("close_library", "scenario_1");
        assertThat(book.freeName()).isEqualTo("scenario_2");
    }

    @Test
    void onlyScenariosThatChangeSomethingAreSaved() {
        ScenarioBook book = ScenarioBook.of(List.of(CLOSE)).created("empty");
        assertThat(book.saved()).containsExactly(CLOSE);
    }

    @Test
    void theScenariosOfAnotherFileKeepTheEmptyOnesAndTheSelectionIfStillThere() {
        ScenarioSpec other = ScenarioSpec.named("other").withClose(ScenarioSpec.Close.filter("gp", "name = 'x'"));
        ScenarioBook book = ScenarioBook.of(List.of(CLOSE)).created("draft");
        ScenarioBook now = book.withSaved(List.of(other));
        assertThat(now.names()).containsExactly("other", "draft");
        assertThat(now.selected()).isEqualTo("draft");
        assertThat(book.select("close_library").withSaved(List.of(other)).selected()).isNull();
    }
}
