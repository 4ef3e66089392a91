package org.firstmile.platform.batch;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.operations.JobStartException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The launcher's bound and its patience with a full executor, against a job_run table and a batch runtime held in
 * memory (the real ones are proved in ExactlyOnceRunsIT): a round that finds more slots due than the bound starts
 * only as many, the rest follow as runs end, each slot runs once; a start the executor refuses is tried again, and
 * the run beats meanwhile instead of failing.
 */
class JobLauncherTest {

    private static final int BOUND = 3;

    private final TableInMemory table = new TableInMemory();
    private final RuntimeInMemory runtime = new RuntimeInMemory();
    private final JobLauncher cut = new JobLauncher();

    JobLauncherTest() {
        cut.runs = table;
        cut.here = new RunningHere();
        cut.batch = runtime;
        cut.maxRunning = BOUND;
        cut.staleAfterSeconds = 300;
        cut.next = new NextRuns() {
            @Override
            public void soon() {
                cut.fill();
            }
        };
    }

    @Test
    void moreDueSlotsThanTheBoundRunOnceEachOverRoundsNeverMoreThanTheBoundAtOnce() {
        List<DueSlot> due = slots(10);

        cut.offer(due);

        assertThat(runtime.executing).hasSize(BOUND);
        assertThat(table.rows).as("the others stay unclaimed, free for any instance").hasSize(BOUND);
        int rounds = 0;
        while (!runtime.executing.isEmpty()) {
            finishOldest();
            assertThat(runtime.executing.size()).isLessThanOrEqualTo(BOUND);
            assertThat(cut.here.count()).isLessThanOrEqualTo(BOUND);
            if (++rounds % 4 == 0) {
                // The scheduler's next round offers what is still due, as it computes it: slots without a run.
                cut.offer(due.stream().filter(slot -> !table.rows.containsKey(slot.slot())).toList());
            }
        }

        assertThat(table.rows.keySet()).containsExactlyInAnyOrderElementsOf(due.stream().map(DueSlot::slot).toList());
        assertThat(table.rows.values()).allSatisfy(row -> assertThat(row.status).isEqualTo(JobRunStatus.COMPLETED));
        assertThat(runtime.starts).as("each run handed to the runtime once").doesNotHaveDuplicates().hasSize(10);
        assertThat(cut.here.active()).isEmpty();
    }

    @Test
    void aRoundReplacesWhatWaitedFromTheLastSoASlotNoLongerDueIsNotStarted() {
        cut.offer(slots(10));

        cut.offer(List.of());
        while (!runtime.executing.isEmpty()) {
            finishOldest();
        }

        assertThat(table.rows).hasSize(BOUND);
    }

    @Test
    void aStartTheExecutorRefusesIsTriedAgainAndTheRunBeatsMeanwhileInsteadOfFailing() {
        runtime.refusals = 2;

        cut.offer(slots(1));
        long runId = table.rows.get("test:1").id;

        assertThat(runtime.executing).isEmpty();
        assertThat(table.rows.get("test:1").status).isEqualTo(JobRunStatus.RUNNING);
        cut.beat();
        assertThat(table.beaten).contains(runId);

        cut.offer(List.of());
        assertThat(runtime.executing).as("refused a second time").isEmpty();
        cut.offer(List.of());
        assertThat(runtime.executing).containsExactly(runId);
        finishOldest();

        assertThat(table.rows.get("test:1").status).isEqualTo(JobRunStatus.COMPLETED);
        assertThat(table.rows).hasSize(1);
    }

    @Test
    void aRefusedRunKeepsItsPlaceSoTheRoundClaimsNoMoreThanTheBound() {
        runtime.refusals = 1;

        cut.offer(slots(10));

        assertThat(table.rows).hasSize(BOUND);
        assertThat(runtime.executing).as("the executor refused the first: it is full, so stop asking").isEmpty();
    }

    @Test
    void aStartThatFailsForAnyOtherReasonMarksTheRunFailed() {
        runtime.broken = true;

        cut.offer(slots(1));

        TableInMemory.Row row = table.rows.get("test:1");
        assertThat(row.status).isEqualTo(JobRunStatus.FAILED);
        assertThat(row.error).contains("The batch runtime did not start the job: no such job XML");
        assertThat(cut.here.active()).isEmpty();
    }

    @Test
    void aTakeOverTakesNoMoreRunsThanThereIsRoomFor() {
        cut.offer(slots(2));

        cut.recoverStale();

        assertThat(table.takeOverLimits).containsExactly(BOUND - 2);
        cut.offer(slots(10));
        assertThat(cut.recoverStale()).isEmpty();
        assertThat(table.takeOverLimits).as("no room: not even asked").hasSize(1);
    }

    @Test
    void aRunWhoseExecutionEndedWithoutItsBatchletIsLetGoSoThatItGoesStale() {
        cut.offer(slots(2));
        long lost = runtime.executing.get(0);
        runtime.ended.add(runtime.executions.get(lost));

        cut.beat();

        assertThat(cut.here.active()).doesNotContain(lost).hasSize(1);
        assertThat(table.beaten).doesNotContain(lost);
    }

    private void finishOldest() {
        long runId = runtime.executing.remove(0);
        table.finish(runId, JobRunStatus.COMPLETED, null);
        cut.ended(runId);
    }

    private static List<DueSlot> slots(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new DueSlot("test", "test:" + i)).toList();
    }

    /** job_run as the launcher sees it: a unique slot per row, a claim that a row refuses. */
    private static final class TableInMemory extends JobRuns {

        static final class Row {
            final long id;
            JobRunStatus status = JobRunStatus.RUNNING;
            String error;

            Row(long id) {
                this.id = id;
            }
        }

        final Map<String, Row> rows = new LinkedHashMap<>();
        final Set<Long> beaten = new HashSet<>();
        final List<Integer> takeOverLimits = new ArrayList<>();

        @Override
        public Optional<Long> claim(String job, String slot) {
            if (rows.containsKey(slot)) {
                return Optional.empty();
            }
            Row row = new Row(rows.size() + 1L);
            rows.put(slot, row);
            return Optional.of(row.id);
        }

        @Override
        public List<Long> takeOverStale(Duration staleAfter, int limit) {
            takeOverLimits.add(limit);
            return List.of();
        }

        @Override
        public void heartbeat(Set<Long> runIds) {
            beaten.addAll(runIds);
        }

        @Override
        public boolean finish(long runId, JobRunStatus status, String error) {
            Row row = rows.values().stream().filter(r -> r.id == runId).findFirst().orElseThrow();
            row.status = status;
            row.error = error;
            return true;
        }
    }

    /** A batch runtime whose executor can be full, or which cannot start the job at all. */
    private static final class RuntimeInMemory extends BatchJobs {
        int refusals;
        boolean broken;
        final List<Long> executing = new ArrayList<>();
        final List<Long> starts = new ArrayList<>();
        final Map<Long, Long> executions = new LinkedHashMap<>();
        final Set<Long> ended = new HashSet<>();

        @Override
        long start(long runId) {
            if (broken) {
                throw new JobStartException("no such job XML");
            }
            if (refusals > 0) {
                refusals--;
                throw new JobStartException(new RejectedExecutionException("pool size = 200, active threads = 200"));
            }
            executing.add(runId);
            starts.add(runId);
            long execution = 1000 + runId;
            executions.put(runId, execution);
            return execution;
        }

        @Override
        boolean ended(long executionId) {
            return ended.contains(executionId);
        }
    }
}
