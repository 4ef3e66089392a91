package org.firstmile.report.schedule.model;

import java.time.LocalDate;

/** A reporting period whose report is due on {@code reportDue}: what the draft schedule plans by. */
public record PeriodDue(long grantId, long periodId, LocalDate reportDue) {
}
