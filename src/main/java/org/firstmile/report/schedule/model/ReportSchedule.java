package org.firstmile.report.schedule.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.firstmile.audit.model.Auditable;
import org.firstmile.platform.error.BusinessException;

/**
 * When one kind of job runs. A slot is due from its scheduled time until the slot is over (the month of a digest,
 * the day of the reminders, the report due date of a draft), so an instance that was down at the minute itself
 * still runs it later; the unique job_run row makes sure it runs once.
 */
@Entity
@Table(name = "report_schedule")
public class ReportSchedule implements Auditable {

    public static final int DAY_OF_MONTH_MAX = 28;
    public static final int DAYS_BEFORE_MAX = 365;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, unique = true)
    private ScheduleKind kind;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "day_of_month")
    private Integer dayOfMonth;

    @Column(name = "days_before")
    private Integer daysBefore;

    @Column(name = "time_of_day", nullable = false)
    private LocalTime timeOfDay;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ReportSchedule() {
    }

    private ReportSchedule(ScheduleKind kind, Integer dayOfMonth, Integer daysBefore, LocalTime timeOfDay) {
        this.kind = kind;
        this.enabled = true;
        this.dayOfMonth = dayOfMonth;
        this.daysBefore = daysBefore;
        this.timeOfDay = timeOfDay;
    }

    public static ReportSchedule digest(int dayOfMonth, LocalTime at) {
        return new ReportSchedule(ScheduleKind.DIGEST, dayOfMonth, null, at);
    }

    public static ReportSchedule draft(int daysBefore, LocalTime at) {
        return new ReportSchedule(ScheduleKind.DRAFT, null, daysBefore, at);
    }

    public static ReportSchedule reminders(LocalTime at) {
        return new ReportSchedule(ScheduleKind.REMINDERS, null, null, at);
    }

    /** Changes when the job runs; the fields a kind does not use are ignored. */
    public void change(boolean enabled, Integer dayOfMonth, Integer daysBefore, LocalTime timeOfDay, String by,
            Instant at) {
        if (timeOfDay == null) {
            throw new BusinessException("Enter the time of day the job runs, for example 07:00.");
        }
        if (kind == ScheduleKind.DIGEST && (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > DAY_OF_MONTH_MAX)) {
            throw new BusinessException("Enter a day of the month from 1 to " + DAY_OF_MONTH_MAX
                    + ", so that the digest runs in every month.");
        }
        if (kind == ScheduleKind.DRAFT && (daysBefore == null || daysBefore < 0 || daysBefore > DAYS_BEFORE_MAX)) {
            throw new BusinessException("Enter how many days before the report is due the draft is made, from 0 to "
                    + DAYS_BEFORE_MAX + ".");
        }
        this.enabled = enabled;
        this.timeOfDay = timeOfDay.withSecond(0).withNano(0);
        this.dayOfMonth = kind == ScheduleKind.DIGEST ? dayOfMonth : null;
        this.daysBefore = kind == ScheduleKind.DRAFT ? daysBefore : null;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /**
     * The slots due at {@code now} (local time of the installation): none when disabled; for a draft, one per
     * period whose draft time has come and whose report is not yet past due.
     */
    public List<Slot> dueSlots(LocalDateTime now, List<PeriodDue> periods) {
        if (!enabled) {
            return List.of();
        }
        LocalDate today = now.toLocalDate();
        return switch (kind) {
            case DIGEST -> {
                YearMonth month = YearMonth.from(now);
                yield now.isBefore(digestTime(month)) ? List.of() : List.of(slot("digest:" + month));
            }
            case REMINDERS -> now.isBefore(today.atTime(timeOfDay)) ? List.of()
                    : List.of(slot("reminders:" + today));
            case DRAFT -> {
                List<Slot> slots = new ArrayList<>();
                for (PeriodDue period : periods) {
                    if (!now.isBefore(draftTime(period)) && !today.isAfter(period.reportDue())) {
                        slots.add(slot("draft:" + period.grantId() + ":" + period.periodId()));
                    }
                }
                yield slots;
            }
        };
    }

    /** The next scheduled time after {@code now}, or null when disabled or (drafts) no report is coming up. */
    public LocalDateTime nextRun(LocalDateTime now, List<PeriodDue> periods) {
        if (!enabled) {
            return null;
        }
        return switch (kind) {
            case DIGEST -> {
                YearMonth month = YearMonth.from(now);
                yield now.isBefore(digestTime(month)) ? digestTime(month) : digestTime(month.plusMonths(1));
            }
            case REMINDERS -> {
                LocalDateTime today = now.toLocalDate().atTime(timeOfDay);
                yield now.isBefore(today) ? today : today.plusDays(1);
            }
            case DRAFT -> periods.stream().map(this::draftTime).filter(now::isBefore)
                    .min(Comparator.naturalOrder()).orElse(null);
        };
    }

    /** What the schedule says in words, for the schedules page. */
    public String describe() {
        String time = timeOfDay.toString();
        return switch (kind) {
            case DIGEST -> "On day " + dayOfMonth + " of each month at " + time;
            case DRAFT -> daysBefore + " days before each report is due, at " + time;
            case REMINDERS -> "Every day at " + time;
        };
    }

    @Override
    public String auditType() {
        return "Report schedule";
    }

    @Override
    public String auditName() {
        return kind.label();
    }

    @Override
    public Long auditGrantId() {
        return null;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("Enabled", enabled ? "yes" : "no");
        state.put("When", describe());
        return state;
    }

    private LocalDateTime digestTime(YearMonth month) {
        return month.atDay(Math.min(Objects.requireNonNull(dayOfMonth), month.lengthOfMonth())).atTime(timeOfDay);
    }

    private LocalDateTime draftTime(PeriodDue period) {
        return period.reportDue().minusDays(Objects.requireNonNull(daysBefore)).atTime(timeOfDay);
    }

    private Slot slot(String key) {
        return new Slot(kind.job(), key);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public ScheduleKind getKind() {
        return kind;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Integer getDayOfMonth() {
        return dayOfMonth;
    }

    public Integer getDaysBefore() {
        return daysBefore;
    }

    public LocalTime getTimeOfDay() {
        return timeOfDay;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
