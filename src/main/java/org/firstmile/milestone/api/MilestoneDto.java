package org.firstmile.milestone.api;

import java.time.LocalDate;
import org.firstmile.milestone.model.MilestoneStatus;
import org.firstmile.milestone.service.MilestoneRow;

/** A milestone of a grant: what, when, how it stands; {@code overdue} is worked out from today. */
public record MilestoneDto(long id, String title, String description, LocalDate dueDate, MilestoneStatus status,
        LocalDate completedOn, boolean overdue) {

    static MilestoneDto of(MilestoneRow row) {
        return new MilestoneDto(row.id(), row.title(), row.description(), row.dueDate(), row.status(),
                row.completedOn(), row.overdue());
    }
}
