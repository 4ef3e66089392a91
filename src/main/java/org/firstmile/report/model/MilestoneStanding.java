package org.firstmile.report.model;

import java.time.LocalDate;
import org.firstmile.milestone.model.MilestoneStatus;

/** Where a milestone stood on a report's "as of" date: done, still due, missed or deferred. */
public enum MilestoneStanding {
    DONE("Done"),
    DUE("Due"),
    MISSED("Missed"),
    DEFERRED("Deferred");

    private final String label;

    MilestoneStanding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Done when it was completed by the date; missed when marked missed or when its due date had passed by then
     * without it being done (a milestone completed later counts as missed at that date); due when it was still open
     * and not yet late.
     */
    public static MilestoneStanding of(MilestoneStatus status, LocalDate due, LocalDate completedOn, LocalDate asOf) {
        if (status == MilestoneStatus.DONE && completedOn != null && !completedOn.isAfter(asOf)) {
            return DONE;
        }
        if (status == MilestoneStatus.DEFERRED) {
            return DEFERRED;
        }
        if (status == MilestoneStatus.MISSED || due.isBefore(asOf)) {
            return MISSED;
        }
        return DUE;
    }
}
