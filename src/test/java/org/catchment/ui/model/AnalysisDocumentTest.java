package org.catchment.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.catchment.analysis.AnalysisSpec;
import org.junit.jupiter.api.Test;

class AnalysisDocumentTest {

    private static AnalysisSpec named(String name) {
        return AnalysisSpec.named(name);
    }

    @Test
    void dirtyWhileTheEditedSpecDiffersFromTheSavedOne() {
        AnalysisDocument doc = new AnalysisDocument(Path.of("a.yml"), named("Town"));
        assertThat(doc.isDirty()).isFalse();
        assertThat(doc.title()).isEqualTo("Town - Catchment");
        doc.update(named("City"));
        assertThat(doc.isDirty()).isTrue();
        assertThat(doc.title()).isEqualTo("City* - Catchment");
        doc.update(named("Town"));
        assertThat(doc.isDirty()).as("an edit undone by hand").isFalse();
    }

    @Test
    void savingCleansAndRemembersTheFile() {
        AnalysisDocument doc = new AnalysisDocument(null, named("New"));
        doc.update(named("Newer"));
        doc.markSaved(Path.of("b.yml"));
        assertThat(doc.isDirty()).isFalse();
        assertThat(doc.file()).isEqualTo(Path.of("b.yml"));
        assertThat(doc.title()).isEqualTo("Newer - Catchment");
    }
}
