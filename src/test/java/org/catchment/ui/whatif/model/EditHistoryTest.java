package org.catchment.ui.whatif.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditHistoryTest {

    @Test
    void undoAndRedoStepThroughTheEdits() {
        EditHistory<String> h = new EditHistory<>("a");
        assertThat(h.canUndo()).isFalse();
        h.apply("b");
        h.apply("c");
        assertThat(h.present()).isEqualTo("c");
        assertThat(h.undo()).isEqualTo("b");
        assertThat(h.undo()).isEqualTo("a");
        assertThat(h.canUndo()).isFalse();
        assertThat(h.undo()).as("nothing left to undo").isEqualTo("a");
        assertThat(h.redo()).isEqualTo("b");
        assertThat(h.redo()).isEqualTo("c");
        assertThat(h.canRedo()).isFalse();
    }

    @Test
    void anEditAfterAnUndoForgetsWhatWasUndone() {
        EditHistory<String> h = new EditHistory<>("a");
        h.apply("b");
        h.undo();
        h.apply("x");
        assertThat(h.canRedo()).isFalse();
        assertThat(h.undo()).isEqualTo("a");
        assertThat(h.redo()).isEqualTo("x");
    }

    @Test
    void anEditThatChangesNothingIsNoStep() {
        EditHistory<String> h = new EditHistory<>("a");
        assertThat(h.apply("a")).isFalse();
        assertThat(h.canUndo()).isFalse();
    }

    @Test
    void replaceChangesTheValueWithoutAStep() {
        EditHistory<String> h = new EditHistory<>("a");
        h.apply("b");
        h.replace("b shown");
        assertThat(h.present()).isEqualTo("b shown");
        assertThat(h.undo()).isEqualTo("a");
        assertThat(h.redo()).isEqualTo("b shown");
    }

    @Test
    void discardTakesTheLastEditBackForGood() {
        EditHistory<String> h = new EditHistory<>("a");
        h.apply("b");
        h.discard();
        assertThat(h.present()).isEqualTo("a");
        assertThat(h.canUndo()).isFalse();
        assertThat(h.canRedo()).isFalse();
    }

    @Test
    void resetForgetsEverything() {
        EditHistory<String> h = new EditHistory<>("a");
        h.apply("b");
        h.undo();
        h.reset("z");
        assertThat(h.present()).isEqualTo("z");
        assertThat(h.canUndo()).isFalse();
        assertThat(h.canRedo()).isFalse();
    }

    @Test
    void onlyTheLatestEditsAreKept() {
        EditHistory<Integer> h = new EditHistory<>(0);
        for (int i = 1; i <= EditHistory.LIMIT + 10; i++) {
            h.apply(i);
        }
        int steps = 0;
        while (h.canUndo()) {
            h.undo();
            steps++;
        }
        assertThat(steps).isEqualTo(EditHistory.LIMIT);
        assertThat(h.present()).isEqualTo(10);
    }
}
