package org.firstmile.report.schedule.service;

import java.io.Serializable;
import java.time.LocalTime;
import org.firstmile.report.schedule.model.ReportSchedule;
import org.firstmile.report.schedule.model.ScheduleKind;

/** The edit form of one schedule. The rules are checked by {@link ReportSchedule#change}. */
public class ScheduleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private int version;
    private ScheduleKind kind;
    private boolean enabled;
    private Integer dayOfMonth;
    private Integer daysBefore;
    private String timeOfDay;

    public static ScheduleForm of(ReportSchedule schedule) {
        ScheduleForm form = new ScheduleForm();
        form.id = schedule.getId();
        form.version = schedule.getVersion();
        form.kind = schedule.getKind();
        form.enabled = schedule.isEnabled();
        form.dayOfMonth = schedule.getDayOfMonth();
        form.daysBefore = schedule.getDaysBefore();
        form.timeOfDay = schedule.getTimeOfDay().toString();
        return form;
    }

    /** The time as typed ("7:00", "07:00"), or null when it is not a time of day. */
    public LocalTime time() {
        if (timeOfDay == null || !timeOfDay.strip().matches("\\d{1,2}:\\d{2}")) {
            return null;
        }
        String[] parts = timeOfDay.strip().split(":");
        int hour = Integer.parseInt(parts[0]);
        int minute = Integer.parseInt(parts[1]);
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
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

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getDayOfMonth() {
        return dayOfMonth;
    }

    public void setDayOfMonth(Integer dayOfMonth) {
        this.dayOfMonth = dayOfMonth;
    }

    public Integer getDaysBefore() {
        return daysBefore;
    }

    public void setDaysBefore(Integer daysBefore) {
        this.daysBefore = daysBefore;
    }

    public String getTimeOfDay() {
        return timeOfDay;
    }

    public void setTimeOfDay(String timeOfDay) {
        this.timeOfDay = timeOfDay;
    }
}
