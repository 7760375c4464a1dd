package org.catchment.ui.model;

import java.nio.file.Path;
import java.util.Objects;
import org.catchment.analysis.AnalysisSpec;

/**
 * The open analysis as a document: its file (null until saved), the spec as last saved or opened
 * and the spec as edited. It is unsaved ("dirty") when the two specs differ, so undoing an edit by
 * hand makes it clean again. Drives the window title and the "save changes?" question on close.
 */
public final class AnalysisDocument {

    private static final String APP = "Catchment";

    private Path file;
    private AnalysisSpec saved;
    private AnalysisSpec current;

    /**
     * @param file the file the spec was read from, or null for a new analysis
     * @param spec the spec as read (or the new analysis's starting spec)
     */
    public AnalysisDocument(Path file, AnalysisSpec spec) {
        this.file = file;
        this.saved = Objects.requireNonNull(spec, "spec");
        this.current = spec;
    }

    /** @param spec the spec as now edited */
    public void update(AnalysisSpec spec) {
        current = Objects.requireNonNull(spec, "spec");
    }

    /** Records that the current spec was written to {@code target}. */
    public void markSaved(Path target) {
        file = Objects.requireNonNull(target, "target");
        saved = current;
    }

    /** @return true when there are edits not yet saved */
    public boolean isDirty() {
        return !current.equals(saved);
    }

    /** @return the file, or null for an analysis never saved */
    public Path file() {
        return file;
    }

    /** @return the spec as edited */
    public AnalysisSpec current() {
        return current;
    }

    /** @return the window title: "Town centre walk* - Catchment" (the star while unsaved) */
    public String title() {
        return current.name() + (isDirty() ? "*" : "") + " - " + APP;
    }
}
