package org.firstmile.outcome.model;

/** How an actual compares with its target. */
public enum ProgressStatus {
    ON_TRACK("On track"),
    BELOW_TARGET("Below target"),
    NOT_RECORDED("No actual yet"),
    NO_TARGET("No target");

    private final String label;

    ProgressStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
