package org.firstmile.platform.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one step of the batch job: looks up the run, does its job's {@link ScheduledWork} for the slot and records
 * the outcome. A failure is recorded with its message for the runs page, never thrown back into the runtime.
 */
@Dependent
@Named("runBatchlet")
public class RunBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(RunBatchlet.class.getName());

    @Inject
    @BatchProperty(name = JobLauncher.RUN_ID)
    String runId;

    @Inject
    JobRuns runs;

    @Inject
    JobLauncher launcher;

    @Inject
    @Any
    Instance<ScheduledWork> works;

    @Override
    public String process() {
        long id = Long.parseLong(runId);
        try {
            JobRun run = runs.find(id).orElseThrow(() -> new IllegalStateException("No job run " + id));
            return execute(run).name();
        } finally {
            launcher.ended(id);
        }
    }

    private JobRunStatus execute(JobRun run) {
        long id = run.getId();
        try {
            work(run.getJob()).run(run.getSlot());
            runs.finish(id, JobRunStatus.COMPLETED, null);
            return JobRunStatus.COMPLETED;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Run " + id + " of " + run.getJob() + " for " + run.getSlot() + " failed", e);
            runs.finish(id, JobRunStatus.FAILED, message(e));
            return JobRunStatus.FAILED;
        }
    }

    private ScheduledWork work(String job) {
        return works.stream().filter(work -> work.job().equals(job)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No work is defined for the job " + job));
    }

    static String message(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == failure ? text : failure.getClass().getSimpleName() + ": " + text;
    }
}
