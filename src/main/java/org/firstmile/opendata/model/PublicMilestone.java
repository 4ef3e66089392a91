package org.firstmile.opendata.model;

import java.time.LocalDate;
import org.firstmile.milestone.model.MilestoneStatus;

/**
 * A milestone as the public sees it: what, when, and whether it is done. Staff's notes, owners, evidence links and
 * their own "at risk" judgement stay inside FirstMile; an open milestone reads "Planned" or "In progress".
 */
public record PublicMilestone(String title, String description, LocalDate dueDate, String status,
        LocalDate completedOn) {

    public static PublicMilestone of(String title, String description, LocalDate dueDate, MilestoneStatus status,
            LocalDate completedOn) {
        String shown = switch (status) {
            case PLANNED -> "Planned";
            case IN_PROGRESS, AT_RISK -> "In progress";
            case DONE, MISSED, DEFERRED -> status.label();
        };
        return new PublicMilestone(title, description, dueDate, shown, completedOn);
    }
}
