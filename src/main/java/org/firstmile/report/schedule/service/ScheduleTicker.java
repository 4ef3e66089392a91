package org.firstmile.report.schedule.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstmile.platform.batch.DueSlot;
import org.firstmile.platform.batch.JobLauncher;
import org.firstmile.platform.batch.JobRuns;
import org.firstmile.report.schedule.model.Slot;

/**
 * Every minute, on every instance: beats for the runs held here, takes over runs whose instance died, and offers
 * {@link JobLauncher} every slot that a schedule says is due and that has no run yet; the launcher starts as many as
 * this instance has room for, and the next ones as runs end, so that a round that finds a draft due for every grant
 * neither floods the batch runtime nor leaves it idle until the next minute. Ten seconds after start-up it
 * does the same, so that a run cut short by a crash restarts when the application comes back. The timer is not
 * persistent (Payara Micro keeps no timer store); exactly-once comes from {@link JobRuns}. A second after an
 * administrator saves a schedule it does one more round, so that the change takes effect at once. It starts after
 * the demo data (when asked for), so that the first round sees it.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoData"})
public class ScheduleTicker {

    private static final Logger LOG = Logger.getLogger(ScheduleTicker.class.getName());
    private static final long START_DELAY_MS = 10_000;
    private static final long CHANGE_DELAY_MS = 1_000;

    @Inject
    Schedules schedules;

    @Inject
    JobRuns runs;

    @Inject
    JobLauncher launcher;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "firstmile.jobs.enabled", defaultValue = "true")
    boolean enabled;

    @Resource
    TimerService timers;

    @PostConstruct
    void planFirstTick() {
        if (enabled) {
            timers.createSingleActionTimer(START_DELAY_MS, new TimerConfig("first tick after start-up", false));
        }
    }

    /**
     * A saved schedule takes effect within seconds, not at the next minute: one extra round a second after the
     * commit (a slot already run is not run again, so an extra round never does anything twice).
     */
    public void scheduleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScheduleChanged change) {
        if (enabled) {
            timers.createSingleActionTimer(CHANGE_DELAY_MS, new TimerConfig("schedule " + change.scheduleId()
                    + " changed", false));
        }
    }

    /** The first round after start-up, and the round after a schedule changed. */
    @Timeout
    void singleRound() {
        tick();
    }

    @Schedule(minute = "*", hour = "*", persistent = false, info = "report schedules")
    void everyMinute() {
        tick();
    }

    /** One round: heartbeat, take-over, due slots. Never throws, so one bad round does not stop the timer. */
    public void tick() {
        if (!enabled) {
            return;
        }
        try {
            launcher.beat();
            launcher.recoverStale();
            launcher.offer(dueSlots().stream().map(slot -> new DueSlot(slot.job(), slot.key())).toList());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The scheduler's round failed; the next one tries again", e);
        }
    }

    /** The due slots of every schedule that have no run yet. */
    List<Slot> dueSlots() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Slot> due = schedules.all().stream().flatMap(schedule -> schedule.dueSlots(now,
                schedules.periodsFor(schedule, now.toLocalDate())).stream()).toList();
        Map<String, List<Slot>> byJob = due.stream().collect(Collectors.groupingBy(Slot::job));
        return byJob.entrySet().stream().flatMap(job -> {
            Set<String> done = runs.existing(job.getKey(), job.getValue().stream().map(Slot::key).toList());
            return job.getValue().stream().filter(slot -> !done.contains(slot.key()));
        }).toList();
    }
}
