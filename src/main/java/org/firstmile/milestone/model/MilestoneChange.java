package org.firstmile.milestone.model;

import java.time.LocalDate;

/** What a person reports about a milestone in one update: the new state and a note saying why. */
public record MilestoneChange(MilestoneStatus status, LocalDate dueDate, LocalDate completedOn, String evidenceUrl,
        String note) {
}
