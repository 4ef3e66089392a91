package org.firstmile.platform.batch;

/**
 * What one job does for one slot. Implementations are CDI beans in their own feature; they must be idempotent,
 * because a run taken over after a crash does the whole slot again: whatever the first attempt finished must be
 * recognised (by a unique key in the database) and not done twice.
 */
public interface ScheduledWork {

    /** The job's name as stored in job_run, for example {@code digest}. */
    String job();

    /** Does the work of the slot, for example {@code digest:2026-12}. Throws to mark the run failed. */
    void run(String slot);
}
