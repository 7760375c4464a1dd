package org.catchment.ui.whatif.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Undo and redo over immutable values: the value now, the values before it (undo) and the values
 * undone (redo). Every edit is a new value ({@link #apply}); undoing steps back to the value before,
 * redoing forward again, and a new edit after an undo forgets what was undone, as in any editor.
 * The app keeps the scenarios ({@link ScenarioBook}) here, so every scenario edit can be undone.
 *
 * @param <T> the value, immutable and compared by {@code equals}
 */
public final class EditHistory<T> {

    /** The most edits kept to undo; the oldest are forgotten beyond it. */
    public static final int LIMIT = 500;

    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();
    private T present;

    /** @param initial the value before any edit */
    public EditHistory(T initial) {
        present = Objects.requireNonNull(initial, "initial");
    }

    /** @return the value now */
    public T present() {
        return present;
    }

    /**
     * Makes an edit: {@code next} becomes the value now, undoable. An edit that changes nothing is
     * no step.
     *
     * @return true when it was a step
     */
    public boolean apply(T next) {
        Objects.requireNonNull(next, "next");
        if (next.equals(present)) {
            return false;
        }
        undo.push(present);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        present = next;
        redo.clear();
        return true;
    }

    /** Replaces the value now without a step to undo (what undo returns to stays as it was). */
    public void replace(T next) {
        present = Objects.requireNonNull(next, "next");
    }

    /** @return true when there is an edit to undo */
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /** @return true when there is an undone edit to redo */
    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Steps back one edit (nothing happens when there is none); returns the value now. */
    public T undo() {
        if (!undo.isEmpty()) {
            redo.push(present);
            present = undo.pop();
        }
        return present;
    }

    /** Steps forward one undone edit (nothing happens when there is none); returns the value now. */
    public T redo() {
        if (!redo.isEmpty()) {
            undo.push(present);
            present = redo.pop();
        }
        return present;
    }

    /**
     * Takes back the last edit for good, as if it had never been made (it could not be carried
     * out): the value before it is the value now, and it cannot be redone.
     */
    public void discard() {
        if (!undo.isEmpty()) {
            present = undo.pop();
        }
    }

    /** Starts again from a value, with nothing to undo or redo (another analysis was opened). */
    public void reset(T initial) {
        undo.clear();
        redo.clear();
        present = Objects.requireNonNull(initial, "initial");
    }
}
