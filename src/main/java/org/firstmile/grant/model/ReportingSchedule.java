package org.firstmile.grant.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Slices a grant into yearly reporting periods (Year one, Year two, ...). A duration that is not a whole number of
 * years ends with a shorter last period. Each report is due a set number of days after its period ends.
 */
public final class ReportingSchedule {

    public static final int MAX_MONTHS = 120;

    private static final String[] ORDINALS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten"};

    private ReportingSchedule() {
    }

    public static LocalDate endOf(LocalDate start, int durationMonths) {
        return start.plusMonths(durationMonths).minusDays(1);
    }

    public static List<PeriodPlan> yearly(LocalDate start, int durationMonths, int reportDueDays) {
        if (durationMonths < 1 || durationMonths > MAX_MONTHS) {
            throw new IllegalArgumentException("duration must be 1 to " + MAX_MONTHS + " months: " + durationMonths);
        }
        if (reportDueDays < 0) {
            throw new IllegalArgumentException("report due days must not be negative: " + reportDueDays);
        }
        LocalDate grantEnd = endOf(start, durationMonths);
        List<PeriodPlan> periods = new ArrayList<>();
        for (int year = 0; year * 12 < durationMonths; year++) {
            LocalDate periodStart = start.plusMonths(12L * year);
            LocalDate periodEnd = start.plusMonths(12L * (year + 1)).minusDays(1);
            if (periodEnd.isAfter(grantEnd)) {
                periodEnd = grantEnd;
            }
            periods.add(new PeriodPlan(year + 1, "Year " + ORDINALS[year], periodStart, periodEnd,
                    periodEnd.plusDays(reportDueDays)));
        }
        return periods;
    }
}
