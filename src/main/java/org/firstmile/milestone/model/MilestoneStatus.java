package org.firstmile.milestone.model;

/** How a milestone stands. */
public enum MilestoneStatus {
    PLANNED("Planned"),
    IN_PROGRESS("In progress"),
    AT_RISK("At risk"),
    DONE("Done"),
    MISSED("Missed"),
    DEFERRED("Deferred");

    private final String label;

    MilestoneStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
