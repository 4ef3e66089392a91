package org.firstmile.report.schedule.service;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.firstmile.report.schedule.model.ScheduleKind;

/** A line of the schedules page: what runs when, and when it runs next (null: not planned). */
public record ScheduleRow(long id, int version, ScheduleKind kind, boolean enabled, String when,
        LocalDateTime nextRun) {

    private static final DateTimeFormatter NEXT = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);

    public String label() {
        return kind.label();
    }

    public String nextRunText() {
        if (!enabled) {
            return "Not running: disabled";
        }
        return nextRun == null ? "No report coming up" : NEXT.format(nextRun);
    }
}
