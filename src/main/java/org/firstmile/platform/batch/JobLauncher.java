package org.firstmile.platform.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts runs: claims a slot (or takes over a stale run) in a committed transaction first, then hands the run to
 * the Jakarta Batch runtime, which executes {@link RunBatchlet} on its own thread.
 * <p>
 * An instance holds at most {@code firstmile.jobs.max-running} runs at once. A round of the scheduler may find
 * thousands of slots due (a draft for every grant): it {@linkplain #offer offers} them all, this claims only as many
 * as there is room for and keeps the rest waiting in memory, unclaimed, so that other instances can take them too;
 * each run that ends here claims the next. Runs claimed but not yet executing still beat, so none goes stale in a
 * queue. When the runtime's executor refuses a run (it is full), the run is not failed: it stays held and is handed
 * over again when a place frees up.
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

    @Inject
    @ConfigProperty(name = "firstmile.jobs.max-running", defaultValue = "4")
    int maxRunning;

    @Inject
    NextRuns next;

    BatchJobs batch = new BatchJobs();

    /** Due slots of the last round not claimed yet, in the round's order. */
    private final Deque<DueSlot> waiting = new ArrayDeque<>();

    /**
     * Runs the job for the slot unless it has run, runs, or is being claimed; the new run's id. The run is claimed
     * at once; it executes as soon as there is room.
     */
    public Optional<Long> trigger(String job, String slot) {
        Optional<Long> claimed = runs.claim(job, slot);
        claimed.ifPresent(runId -> {
            here.held(runId);
            startHeld();
        });
        return claimed;
    }

    /**
     * A round's due slots: they replace what waited from the last round (a slot no longer due is no longer offered),
     * and as many as there is room for are claimed and started now.
     */
    public synchronized void offer(List<DueSlot> due) {
        waiting.clear();
        waiting.addAll(due);
        fill();
    }

    /** Takes over as many runs whose owner is gone as there is room for and runs their slots again; their ids. */
    public synchronized List<Long> recoverStale() {
        int room = maxRunning - here.count();
        if (room <= 0) {
            return List.of();
        }
        List<Long> taken = runs.takeOverStale(Duration.ofSeconds(staleAfterSeconds), room);
        for (Long runId : taken) {
            LOG.info(() -> "Taking over run " + runId + ": its instance stopped beating");
            here.held(runId);
        }
        startHeld();
        return taken;
    }

    /**
     * Tells the other instances that this one still holds its runs. A run whose batch execution ended without its
     * batchlet ending it (the runtime failed before the step) is let go first, so that it goes stale and is taken
     * over instead of beating for ever.
     */
    public void beat() {
        for (Map.Entry<Long, Long> run : here.started().entrySet()) {
            if (batch.ended(run.getValue())) {
                LOG.warning(() -> "Run " + run.getKey() + " ended in the batch runtime without finishing; it will be "
                        + "taken over when it goes stale");
                here.ended(run.getKey());
            }
        }
        runs.heartbeat(here.active());
    }

    /** A run held here ended: its place goes to a run waiting for the runtime, or to the next due slot. */
    void ended(long runId) {
        here.ended(runId);
        next.soon();
    }

    /** How many slots are due and not yet claimed here. */
    public synchronized int waitingSlots() {
        return waiting.size();
    }

    /** Claims due slots while there is room, and hands the held runs to the runtime. */
    synchronized void fill() {
        while (here.count() < maxRunning && !waiting.isEmpty()) {
            DueSlot next = waiting.poll();
            runs.claim(next.job(), next.slot()).ifPresent(here::held);
        }
        startHeld();
    }

    /** Hands the held runs that the runtime has not accepted to it, at most {@code maxRunning} started at once. */
    private synchronized void startHeld() {
        int started = here.started().size();
        for (long runId : here.notStarted()) {
            if (started >= maxRunning) {
                return;
            }
            try {
                here.started(runId, batch.start(runId));
                started++;
            } catch (RuntimeException e) {
                if (refused(e)) {
                    LOG.info(() -> "The batch runtime's executor is full; run " + runId + " waits for a place");
                    return;
                }
                LOG.log(Level.WARNING, "Could not start run " + runId, e);
                here.ended(runId);
                runs.finish(runId, JobRunStatus.FAILED, "The batch runtime did not start the job: " + e.getMessage());
            }
        }
    }

    /** Whether the runtime refused the job for want of a thread (it may take it later), not for a fault of the job. */
    private static boolean refused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RejectedExecutionException) {
                return true;
            }
        }
        return false;
    }
}
