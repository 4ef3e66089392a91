package org.firstmile.platform.batch;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives the place of a run that ended to the next due run, on a timer thread: a job started from the ending run's
 * batch thread inherits that thread's context, whose persistence context closes as the run ends (seen as "closed
 * EntityManager" in the new run). Many runs ending at once ask for one timer, not one each.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NextRuns {

    private static final Logger LOG = Logger.getLogger(NextRuns.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JobLauncher launcher;

    private final AtomicBoolean planned = new AtomicBoolean();

    /** Starts the next runs as soon as a timer thread is free. */
    public void soon() {
        if (planned.compareAndSet(false, true)) {
            timers.createSingleActionTimer(0, new TimerConfig("next due runs", false));
        }
    }

    @Timeout
    void startNext() {
        planned.set(false);
        try {
            launcher.fill();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not start the next due runs; the scheduler's next round tries again", e);
        }
    }
}
