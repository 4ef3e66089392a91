package org.firstmile.report.schedule.model;

/** The kinds of scheduled job; {@link #job()} is the name a run of it carries in job_run. */
public enum ScheduleKind {
    DIGEST("digest", "Monthly digest of all grants"),
    DRAFT("draft", "Draft progress report before each report is due"),
    REMINDERS("reminders", "Reminders by e-mail and in the application");

    private final String job;
    private final String label;

    ScheduleKind(String job, String label) {
        this.job = job;
        this.label = label;
    }

    public String job() {
        return job;
    }

    public String label() {
        return label;
    }
}
