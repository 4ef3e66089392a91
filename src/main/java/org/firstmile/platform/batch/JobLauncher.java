package org.firstmile.platform.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts runs: claims a slot (or takes over a stale run) in a committed transaction first, then hands the run to
 * the Jakarta Batch runtime, which executes {@link RunBatchlet} on its own thread.
 */
@ApplicationScoped
public class JobLauncher {

    /** The job XML in META-INF/batch-jobs. */
    public static final String BATCH_JOB = "firstmile-run";
    public static final String RUN_ID = "runId";

    private static final Logger LOG = Logger.getLogger(JobLauncher.class.getName());

    @Inject
    JobRuns runs;

    @Inject
    RunningHere here;

    @Inject
    @ConfigProperty(name = "firstmile.jobs.stale-after-seconds", defaultValue = "300")
    long staleAfterSeconds;

    /** Runs the job for the slot unless it has run, runs, or is being claimed; the new run's id. */
    public Optional<Long> trigger(String job, String slot) {
        Optional<Long> claimed = runs.claim(job, slot);
        claimed.ifPresent(this::start);
        return claimed;
    }

    /** Takes over the runs whose owner is gone and runs their slots again; their ids. */
    public List<Long> recoverStale() {
        List<Long> taken = runs.takeOverStale(Duration.ofSeconds(staleAfterSeconds));
        for (Long runId : taken) {
            LOG.info(() -> "Taking over run " + runId + ": its instance stopped beating");
            start(runId);
        }
        return taken;
    }

    /**
     * Hands the run to the batch runtime. The run beats from now on, also while it waits for a batch thread: a run
     * that only began to beat when it began to execute could go stale in the queue and be done twice.
     */
    private void start(long runId) {
        Properties parameters = new Properties();
        parameters.setProperty(RUN_ID, Long.toString(runId));
        here.held(runId);
        try {
            BatchRuntime.getJobOperator().start(BATCH_JOB, parameters);
        } catch (RuntimeException e) {
            here.ended(runId);
            LOG.log(Level.WARNING, "Could not start run " + runId, e);
            runs.finish(runId, JobRunStatus.FAILED, "The batch runtime did not start the job: " + e.getMessage());
        }
    }
}
