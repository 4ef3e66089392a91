package org.firstmile.platform.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.firstmile.platform.persistence.FirstMileDataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside Payara Micro against PostgreSQL: a slot runs once however many triggers race for it, a run left
 * RUNNING by an instance that died is taken over, done again and completed once, and a round that finds more slots
 * due than the instance may run starts them over the following rounds and run ends, each once. Each test uses slots of its own,
 * which no schedule ever produces, so the scheduler's own ticks never touch them.
 */
@ExtendWith(ArquillianExtension.class)
class ExactlyOnceRunsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    JobLauncher launcher;

    @Inject
    JobRuns runs;

    @Inject
    CountingWork work;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = FirstMileDataSource.JNDI_NAME)
    DataSource dataSource;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void twoTriggersRacingForOneSlotStartOneRunWhichCompletes() throws Exception {
        String slot = "digest:race-" + run;
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Optional<Long>>> triggers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            triggers.add(executor.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                return launcher.trigger("digest", slot);
            }));
        }
        List<Long> started = new ArrayList<>();
        for (Future<Optional<Long>> trigger : triggers) {
            trigger.get(30, TimeUnit.SECONDS).ifPresent(started::add);
        }

        assertEquals(1, started.size(), "runs started by two racing triggers");
        assertEquals(1, rowsFor("digest", slot), "job_run rows of the slot");
        JobRun finished = awaitFinished(started.get(0));
        assertEquals(JobRunStatus.COMPLETED, finished.getStatus(), finished.getErrorMessage());
        assertEquals(1, finished.getAttempts());
        assertFalse(finished.getFinishedAt().isBefore(finished.getStartedAt()));
        assertTrue(launcher.trigger("digest", slot).isEmpty(), "a later trigger of the finished slot starts nothing");
        assertEquals(1, rowsFor("digest", slot));
    }

    @Test
    void runLeftRunningByADeadInstanceIsTakenOverAndCompletesOnce() throws Exception {
        String slot = "reminders:recovery-" + run;
        Instant anHourAgo = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);
        long id = insertRunning("reminders", slot, "dead-host/00000000", anHourAgo);

        // The scheduler's own tick may take it over first; either way it must complete exactly once.
        launcher.recoverStale();
        JobRun finished = awaitFinished(id);

        assertEquals(JobRunStatus.COMPLETED, finished.getStatus(), finished.getErrorMessage());
        assertEquals(2, finished.getAttempts(), "the crashed attempt and the one that took over");
        assertNotEquals("dead-host/00000000", finished.getOwner());
        assertEquals(anHourAgo, finished.getStartedAt(), "the run keeps its start");
        assertFalse(launcher.recoverStale().contains(id), "a completed run is not taken over again");
        assertEquals(2, runs.find(id).orElseThrow().getAttempts());
        assertEquals(1, rowsFor("reminders", slot));
    }

    @Test
    void runWhoseOwnerStillBeatsIsNotTakenOver() throws Exception {
        String slot = "reminders:alive-" + run;
        long id = insertRunning("reminders", slot, "busy-host/11111111", Instant.now());

        assertFalse(launcher.recoverStale().contains(id), "a run whose owner beats is left alone");
        JobRun run = runs.find(id).orElseThrow();
        assertEquals(JobRunStatus.RUNNING, run.getStatus());
        assertEquals("busy-host/11111111", run.getOwner());
        assertEquals(1, run.getAttempts());
    }

    @Test
    void moreDueSlotsThanTheBoundRunOnceEachOverRoundsNeverMoreThanTheBoundAtOnce() throws Exception {
        int bound = ConfigProvider.getConfig().getOptionalValue("firstmile.jobs.max-running", Integer.class).orElse(4);
        String prefix = CountingWork.JOB + ":" + run + "-";
        List<DueSlot> due = IntStream.range(0, 3 * bound).mapToObj(i -> new DueSlot(CountingWork.JOB, prefix + i))
                .toList();

        launcher.offer(due);
        assertTrue(rowsLike(prefix, null) <= bound, "a round claims no more slots than the instance may run");
        Instant deadline = Instant.now().plus(PATIENCE);
        while (rowsLike(prefix, JobRunStatus.COMPLETED) < due.size() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            // The next round offers what is still due: the slots without a run.
            List<DueSlot> unclaimed = new ArrayList<>();
            for (DueSlot slot : due) {
                if (rowsFor(slot.job(), slot.slot()) == 0) {
                    unclaimed.add(slot);
                }
            }
            launcher.offer(unclaimed);
        }

        assertEquals(due.size(), rowsLike(prefix, JobRunStatus.COMPLETED), "every due slot completed");
        for (DueSlot slot : due) {
            assertEquals(1, rowsFor(CountingWork.JOB, slot.slot()), slot.slot());
            assertEquals(1, work.timesDone(slot.slot()), "times " + slot.slot() + " was done");
        }
        assertTrue(work.mostAtOnce() <= bound, "at most " + bound + " at once, saw " + work.mostAtOnce());
    }

    @Test
    void failingWorkMarksTheRunFailedWithItsMessage() throws Exception {
        long id = launcher.trigger("no-such-job", "nothing:" + run).orElseThrow();

        JobRun finished = awaitFinished(id);

        assertEquals(JobRunStatus.FAILED, finished.getStatus());
        assertTrue(finished.getErrorMessage().contains("No work is defined for the job no-such-job"), finished.getErrorMessage());
    }

    private JobRun awaitFinished(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            JobRun current = runs.find(id).orElseThrow();
            if (current.getStatus() != JobRunStatus.RUNNING) {
                return current;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Run " + id + " did not finish within " + PATIENCE);
    }

    private long insertRunning(String job, String slot, String owner, Instant at) throws Exception {
        try (Connection db = dataSource.getConnection(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO job_run (job, slot, status, owner, heartbeat_at, started_at) VALUES (?, ?, 'RUNNING', ?, "
                        + "?, ?) RETURNING id")) {
            insert.setString(1, job);
            insert.setString(2, slot);
            insert.setString(3, owner);
            insert.setTimestamp(4, Timestamp.from(at));
            insert.setTimestamp(5, Timestamp.from(at));
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private int rowsLike(String prefix, JobRunStatus status) throws Exception {
        try (Connection db = dataSource.getConnection(); PreparedStatement count = db.prepareStatement(
                "SELECT count(*) FROM job_run WHERE slot LIKE ?" + (status == null ? "" : " AND status = '"
                        + status.name() + "'"))) {
            count.setString(1, prefix + "%");
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private int rowsFor(String job, String slot) throws Exception {
        try (Connection db = dataSource.getConnection(); PreparedStatement count = db.prepareStatement(
                "SELECT count(*) FROM job_run WHERE job = ? AND slot = ?")) {
            count.setString(1, job);
            count.setString(2, slot);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
