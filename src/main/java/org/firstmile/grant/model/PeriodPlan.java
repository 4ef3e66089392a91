package org.firstmile.grant.model;

import java.time.LocalDate;

/** One reporting period as planned from a grant's start and duration, before it is stored. */
public record PeriodPlan(int sequenceNo, String name, LocalDate start, LocalDate end, LocalDate reportDue) {
}
