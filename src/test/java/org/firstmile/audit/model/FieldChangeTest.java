package org.firstmile.audit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldChangeTest {

    @Test
    void onlyFieldsWhoseValuesDifferAreChanges() {
        Map<String, String> before = state("Title", "Old", "Status", "Planned", "Owner", "Lead");
        Map<String, String> after = state("Title", "New", "Status", "Planned", "Owner", "Lead");

        assertThat(FieldChange.between(before, after)).containsExactly(new FieldChange("Title", "Old", "New"));
    }

    @Test
    void aNewRecordShowsEveryFieldThatHasAValue() {
        List<FieldChange> changes = FieldChange.between(FieldChange.none(), state("Title", "A", "Note", null));

        assertThat(changes).containsExactly(new FieldChange("Title", null, "A"));
    }

    @Test
    void blankAndMissingValuesAreTheSameNothing() {
        assertThat(FieldChange.between(state("Note", ""), state("Note", null))).isEmpty();
        assertThat(FieldChange.between(state("Note", "  "), FieldChange.none())).isEmpty();
    }

    @Test
    void aClearedFieldIsAChangeToNothing() {
        assertThat(FieldChange.between(state("Evidence", "https://example.org/a"), state("Evidence", null)))
                .containsExactly(new FieldChange("Evidence", "https://example.org/a", null));
    }

    @Test
    void changesReadAsOneLinePerFieldInTheirOrder() {
        String text = FieldChange.describe(List.of(new FieldChange("Status", "Planned", "Done"),
                new FieldChange("Completion date", null, "2026-11-23")));

        assertThat(text).isEqualTo("Status: Planned \u2192 Done\nCompletion date: (none) \u2192 2026-11-23");
    }

    @Test
    void longValuesAreShortenedInTheDescription() {
        String text = FieldChange.describe(List.of(new FieldChange("Summary", null, "x".repeat(500))));

        assertThat(text).hasSizeLessThan(230).endsWith("...");
    }

    private static Map<String, String> state(String... fieldsAndValues) {
        Map<String, String> state = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            state.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return state;
    }
}
