package org.firstmile.platform.batch;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives the place of a run that ended to the next due run, in an EJB invocation of its own, as the scheduler's timer
 * does. A job started from the ending run's batch thread, or from a task of a managed executor, inherits a copy of
 * that thread's context, and the non-transactional EntityManager the copy shares is closed as that thread's work
 * ends: the new run then failed with "Attempting to execute an operation on a closed EntityManager". Many runs ending
 * at once ask for one invocation, not one each.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NextRuns {

    private static final Logger LOG = Logger.getLogger(NextRuns.class.getName());

    @Inject
    JobLauncher launcher;

    @Resource
    SessionContext context;

    private final AtomicBoolean planned = new AtomicBoolean();

    /** Starts the next runs soon, on an EJB thread. */
    public void soon() {
        if (planned.compareAndSet(false, true)) {
            context.getBusinessObject(NextRuns.class).startNext();
        }
    }

    @Asynchronous
    public void startNext() {
        planned.set(false);
        try {
            launcher.fill();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not start the next due runs; the scheduler's next round tries again", e);
        }
    }
}
