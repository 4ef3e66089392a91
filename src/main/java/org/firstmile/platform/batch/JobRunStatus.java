package org.firstmile.platform.batch;

/** Where a run of a scheduled job has got. */
public enum JobRunStatus {
    RUNNING("Running"), COMPLETED("Completed"), FAILED("Failed");

    private final String label;

    JobRunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
