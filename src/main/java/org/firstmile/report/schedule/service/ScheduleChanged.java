package org.firstmile.report.schedule.service;

/** An administrator saved a schedule: the scheduler looks at the schedules again soon after the commit. */
public record ScheduleChanged(long scheduleId) {
}
