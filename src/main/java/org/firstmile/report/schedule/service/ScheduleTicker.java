package org.firstmile.report.schedule.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
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
 * Every minute (every {@code firstmile.jobs.tick-seconds}), on every instance: beats for the runs held here, takes
 * over runs whose instance died, and offers {@link JobLauncher} every slot that a schedule says is due and that has
 * no run yet; the launcher starts as many as this instance has room for, and the next ones as runs end, so that a
 * round that finds a draft due for every grant neither floods the batch runtime nor leaves it idle until the next
 * round. The rounds fall on the same seconds of the clock on every instance, so instances that share a database meet
 * each new slot at the same moment and {@link JobRuns} lets one of them have it. Ten seconds after start-up it does
 * the same, so that a run cut short by a crash restarts when the application comes back. The timers are not
 * persistent (Payara Micro keeps no timer store). A second after an administrator saves a schedule it does one more
 * round, so that the change takes effect at once. It starts after the demo data (when asked for), so that the first
 * round sees it.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoData"})
public class ScheduleTicker {

    private static final Logger LOG = Logger.getLogger(ScheduleTicker.class.getName());
    private static final long START_DELAY_MS = 10_000;
    private static final long CHANGE_DELAY_MS = 1_000;
    private static final int MINUTE = 60;

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

    @Inject
    @ConfigProperty(name = "firstmile.jobs.tick-seconds", defaultValue = "60")
    int tickSeconds;

    @Inject
    @ConfigProperty(name = "firstmile.jobs.stale-after-seconds", defaultValue = "300")
    long staleAfterSeconds;

    @Resource
    TimerService timers;

    @PostConstruct
    void planTicks() {
        if (!enabled) {
            return;
        }
        timers.createSingleActionTimer(START_DELAY_MS, new TimerConfig("first tick after start-up", false));
        timers.createCalendarTimer(every(tickSeconds), new TimerConfig("report schedules", false));
        if (staleAfterSeconds < 3L * tickSeconds) {
            LOG.warning(() -> "firstmile.jobs.stale-after-seconds (" + staleAfterSeconds + ") is less than three "
                    + "rounds of the scheduler (firstmile.jobs.tick-seconds " + tickSeconds + "): a busy instance "
                    + "may miss its heartbeat and see its runs taken over and done again");
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

    /** The calendar of the rounds: at second 0 of every minute, or every {@code seconds} from second 0. */
    static ScheduleExpression every(int seconds) {
        if (seconds < 1 || seconds > MINUTE || MINUTE % seconds != 0) {
            throw new IllegalArgumentException("firstmile.jobs.tick-seconds must divide a minute (1, 2, 3, 4, 5, 6, "
                    + "10, 12, 15, 20, 30 or 60); it is " + seconds);
        }
        return new ScheduleExpression().hour("*").minute("*").second(seconds == MINUTE ? "0" : "*/" + seconds);
    }

    /** Every round: the calendar's, the first after start-up and the one after a schedule changed. */
    @Timeout
    void round() {
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
