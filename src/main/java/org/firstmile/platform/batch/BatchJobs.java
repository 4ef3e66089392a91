package org.firstmile.platform.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import java.util.Properties;
import java.util.Set;

/**
 * The Jakarta Batch runtime as {@link JobLauncher} uses it: start the one job for a run, and tell whether an execution
 * has ended. A class of its own so that a unit test can stand in for a runtime that refuses work.
 */
class BatchJobs {

    private static final Set<BatchStatus> ENDED = Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);

    /** Hands the run to the runtime's executor; the execution's id. Throws when the executor refuses it. */
    long start(long runId) {
        Properties parameters = new Properties();
        parameters.setProperty(JobLauncher.RUN_ID, Long.toString(runId));
        return operator().start(JobLauncher.BATCH_JOB, parameters);
    }

    /** Whether the execution is over; false while it waits, runs, or is unknown to the runtime. */
    boolean ended(long executionId) {
        try {
            return ENDED.contains(operator().getJobExecution(executionId).getBatchStatus());
        } catch (NoSuchJobExecutionException e) {
            return false;
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
