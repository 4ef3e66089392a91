package org.firstmile.grant.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingScheduleTest {

    private static final LocalDate OCT_2022 = LocalDate.of(2022, 10, 1);

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static PeriodPlan plan(int no, String name, LocalDate start, LocalDate end, LocalDate due) {
        return new PeriodPlan(no, name, start, end, due);
    }

    @Test
    void twoYearGrantHasTwoFullYearsEachDueThirtyDaysAfterItEnds() {
        List<PeriodPlan> periods = ReportingSchedule.yearly(OCT_2022, 24, 30);

        assertEquals(List.of(
                plan(1, "Year one", d(2022, 10, 1), d(2023, 9, 30), d(2023, 10, 30)),
                plan(2, "Year two", d(2023, 10, 1), d(2024, 9, 30), d(2024, 10, 30))), periods);
    }

    @Test
    void eighteenMonthGrantEndsWithAShorterSecondPeriodThatStopsAtTheGrantEnd() {
        List<PeriodPlan> periods = ReportingSchedule.yearly(OCT_2022, 18, 30);

        assertEquals(List.of(
                plan(1, "Year one", d(2022, 10, 1), d(2023, 9, 30), d(2023, 10, 30)),
                plan(2, "Year two", d(2023, 10, 1), d(2024, 3, 31), d(2024, 4, 30))), periods);
        assertEquals(d(2024, 3, 31), ReportingSchedule.endOf(OCT_2022, 18));
    }

    @Test
    void oneYearGrantHasASinglePeriod() {
        assertEquals(List.of(plan(1, "Year one", d(2022, 10, 1), d(2023, 9, 30), d(2023, 10, 30))),
                ReportingSchedule.yearly(OCT_2022, 12, 30));
    }

    @Test
    void thirteenMonthGrantHasAOneMonthSecondPeriod() {
        List<PeriodPlan> periods = ReportingSchedule.yearly(OCT_2022, 13, 30);

        assertEquals(2, periods.size());
        assertEquals(plan(2, "Year two", d(2023, 10, 1), d(2023, 10, 31), d(2023, 11, 30)), periods.get(1));
    }

    @Test
    void oneMonthGrantHasASingleOneMonthPeriod() {
        assertEquals(List.of(plan(1, "Year one", d(2022, 10, 1), d(2022, 10, 31), d(2022, 11, 30))),
                ReportingSchedule.yearly(OCT_2022, 1, 30));
    }

    @Test
    void tenYearGrantHasTenPeriodsNamedYearOneToYearTen() {
        List<PeriodPlan> periods = ReportingSchedule.yearly(OCT_2022, 120, 30);

        assertEquals(List.of("Year one", "Year two", "Year three", "Year four", "Year five", "Year six",
                "Year seven", "Year eight", "Year nine", "Year ten"),
                periods.stream().map(PeriodPlan::name).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), periods.stream().map(PeriodPlan::sequenceNo).toList());
        assertEquals(plan(5, "Year five", d(2026, 10, 1), d(2027, 9, 30), d(2027, 10, 30)), periods.get(4));
        assertEquals(plan(10, "Year ten", d(2031, 10, 1), d(2032, 9, 30), d(2032, 10, 30)), periods.get(9));
    }

    @Test
    void reportCanBeDueOnTheDayThePeriodEnds() {
        PeriodPlan only = ReportingSchedule.yearly(OCT_2022, 12, 0).get(0);

        assertEquals(d(2023, 9, 30), only.reportDue());
    }

    @Test
    void grantStartingOnThirtyFirstJanuaryRunsYearsFromThirtyFirstToThirtieth() {
        List<PeriodPlan> periods = ReportingSchedule.yearly(d(2023, 1, 31), 24, 30);

        // 30 days after 30 January 2024 is 29 February (leap year); after 30 January 2025 it is 1 March.
        assertEquals(List.of(
                plan(1, "Year one", d(2023, 1, 31), d(2024, 1, 30), d(2024, 2, 29)),
                plan(2, "Year two", d(2024, 1, 31), d(2025, 1, 30), d(2025, 3, 1))), periods);
    }

    @Test
    void grantStartingOnThirtyFirstJanuaryForOneMonthEndsBeforeTheClampedAnniversary() {
        // 31 January + 1 month is clamped to 28 February, so the month ends the day before, on 27 February.
        assertEquals(List.of(plan(1, "Year one", d(2023, 1, 31), d(2023, 2, 27), d(2023, 3, 29))),
                ReportingSchedule.yearly(d(2023, 1, 31), 1, 30));
    }

    @Test
    void grantStartingOnLeapDayRollsItsAnniversaryToTwentyEighthFebruary() {
        List<PeriodPlan> periods = ReportingSchedule.yearly(d(2024, 2, 29), 48, 30);

        assertEquals(List.of(
                plan(1, "Year one", d(2024, 2, 29), d(2025, 2, 27), d(2025, 3, 29)),
                plan(2, "Year two", d(2025, 2, 28), d(2026, 2, 27), d(2026, 3, 29)),
                plan(3, "Year three", d(2026, 2, 28), d(2027, 2, 27), d(2027, 3, 29)),
                plan(4, "Year four", d(2027, 2, 28), d(2028, 2, 28), d(2028, 3, 29))), periods);
        assertEquals(d(2028, 2, 28), ReportingSchedule.endOf(d(2024, 2, 29), 48));
    }

    @Test
    void periodsAreContiguousAndCoverTheWholeGrantForEveryStartDayAndDuration() {
        for (LocalDate start = d(2024, 1, 1); start.getYear() == 2024; start = start.plusDays(1)) {
            for (int months = 1; months <= ReportingSchedule.MAX_MONTHS; months++) {
                List<PeriodPlan> periods = ReportingSchedule.yearly(start, months, 7);
                String context = start + " for " + months + " months";

                assertEquals((months + 11) / 12, periods.size(), context);
                assertEquals(start, periods.get(0).start(), context);
                assertEquals(ReportingSchedule.endOf(start, months), periods.get(periods.size() - 1).end(), context);
                for (int i = 0; i < periods.size(); i++) {
                    PeriodPlan period = periods.get(i);
                    assertFalse(period.end().isBefore(period.start()), context);
                    assertEquals(period.end().plusDays(7), period.reportDue(), context);
                    if (i > 0) {
                        assertEquals(periods.get(i - 1).end().plusDays(1), period.start(), context);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} months")
    @ValueSource(ints = {0, 121, -1, -12})
    void durationOutsideOneToOneHundredTwentyMonthsIsRejected(int months) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ReportingSchedule.yearly(OCT_2022, months, 30));

        assertTrue(error.getMessage().contains(String.valueOf(months)), error.getMessage());
    }

    @Test
    void negativeReportDueDaysAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ReportingSchedule.yearly(OCT_2022, 24, -1));
    }

    @Test
    void boundaryDurationsOfOneAndOneHundredTwentyMonthsAreAccepted() {
        assertAll(
                () -> assertEquals(1, ReportingSchedule.yearly(OCT_2022, 1, 0).size()),
                () -> assertEquals(10, ReportingSchedule.yearly(OCT_2022, 120, 0).size()));
    }

    @Test
    void grantEndIsTheDayBeforeTheSameDateDurationMonthsLater() {
        assertAll(
                () -> assertEquals(d(2024, 9, 30), ReportingSchedule.endOf(OCT_2022, 24)),
                () -> assertEquals(d(2022, 10, 31), ReportingSchedule.endOf(OCT_2022, 1)),
                () -> assertEquals(d(2025, 1, 30), ReportingSchedule.endOf(d(2023, 1, 31), 24)));
    }
}
