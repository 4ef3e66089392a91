package org.firstmile.platform.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A job for the tests only (deployed with them, named by no schedule): takes a moment per slot and counts how often
 * each slot was done and how many ran at once, so that a test can see exactly-once and the launcher's bound from
 * the work's side, not only from job_run.
 */
@ApplicationScoped
public class CountingWork implements ScheduledWork {

    public static final String JOB = "counting-test";
    private static final long MOMENT_MS = 300;

    private final Map<String, AtomicInteger> done = new ConcurrentHashMap<>();
    private final AtomicInteger now = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();

    @Override
    public String job() {
        return JOB;
    }

    @Override
    public void run(String slot) {
        most.accumulateAndGet(now.incrementAndGet(), Math::max);
        try {
            Thread.sleep(MOMENT_MS);
            done.computeIfAbsent(slot, key -> new AtomicInteger()).incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } finally {
            now.decrementAndGet();
        }
    }

    public int timesDone(String slot) {
        AtomicInteger times = done.get(slot);
        return times == null ? 0 : times.get();
    }

    /** The most slots of this job that ran at the same moment since the application started. */
    public int mostAtOnce() {
        return most.get();
    }
}
