package org.firstmile.report.schedule.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.firstmile.platform.error.BusinessException;
import org.junit.jupiter.api.Test;

class ReportScheduleTest {

    private static final LocalTime SEVEN = LocalTime.of(7, 0);
    private static final List<PeriodDue> NO_PERIODS = List.of();

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    @Test
    void digestIsNotDueBeforeItsDayAndTime() {
        ReportSchedule digest = ReportSchedule.digest(5, SEVEN);

        assertThat(digest.dueSlots(at("2026-12-04T23:59"), NO_PERIODS)).isEmpty();
        assertThat(digest.dueSlots(at("2026-12-05T06:59"), NO_PERIODS)).isEmpty();
    }

    @Test
    void digestIsDueFromItsTimeUntilTheEndOfTheMonthAsOneSlotPerMonth() {
        ReportSchedule digest = ReportSchedule.digest(5, SEVEN);

        assertThat(digest.dueSlots(at("2026-12-05T07:00"), NO_PERIODS)).containsExactly(
                new Slot("digest", "digest:2026-12"));
        assertThat(digest.dueSlots(at("2026-12-31T23:59"), NO_PERIODS)).containsExactly(
                new Slot("digest", "digest:2026-12"));
        assertThat(digest.dueSlots(at("2027-01-01T00:00"), NO_PERIODS)).isEmpty();
    }

    @Test
    void remindersAreDueOncePerDayFromTheirTime() {
        ReportSchedule reminders = ReportSchedule.reminders(LocalTime.of(8, 30));

        assertThat(reminders.dueSlots(at("2026-11-23T08:29"), NO_PERIODS)).isEmpty();
        assertThat(reminders.dueSlots(at("2026-11-23T08:30"), NO_PERIODS)).containsExactly(
                new Slot("reminders", "reminders:2026-11-23"));
        assertThat(reminders.dueSlots(at("2026-11-23T22:00"), NO_PERIODS)).containsExactly(
                new Slot("reminders", "reminders:2026-11-23"));
        assertThat(reminders.dueSlots(at("2026-11-24T09:00"), NO_PERIODS)).containsExactly(
                new Slot("reminders", "reminders:2026-11-24"));
    }

    @Test
    void draftIsDueForEachPeriodFromNDaysBeforeItsReportUntilTheDueDate() {
        ReportSchedule draft = ReportSchedule.draft(30, SEVEN);
        PeriodDue yearOne = new PeriodDue(7, 11, LocalDate.of(2026, 12, 31));
        PeriodDue yearTwo = new PeriodDue(7, 12, LocalDate.of(2027, 12, 31));
        List<PeriodDue> periods = List.of(yearOne, yearTwo);

        assertThat(draft.dueSlots(at("2026-12-01T06:59"), periods)).isEmpty();
        assertThat(draft.dueSlots(at("2026-12-01T07:00"), periods)).containsExactly(
                new Slot("draft", "draft:7:11"));
        assertThat(draft.dueSlots(at("2026-12-31T23:00"), periods)).containsExactly(
                new Slot("draft", "draft:7:11"));
        assertThat(draft.dueSlots(at("2027-01-01T07:00"), periods)).as("a report past its due date").isEmpty();
    }

    @Test
    void disabledScheduleHasNoDueSlotAndNoNextRun() {
        ReportSchedule reminders = ReportSchedule.reminders(SEVEN);
        reminders.change(false, null, null, SEVEN, "admin", Instant.EPOCH);

        assertThat(reminders.dueSlots(at("2026-11-23T09:00"), NO_PERIODS)).isEmpty();
        assertThat(reminders.nextRun(at("2026-11-23T09:00"), NO_PERIODS)).isNull();
    }

    @Test
    void nextRunIsTheNextScheduledTimeAfterNow() {
        ReportSchedule digest = ReportSchedule.digest(1, SEVEN);
        ReportSchedule reminders = ReportSchedule.reminders(SEVEN);
        ReportSchedule draft = ReportSchedule.draft(30, SEVEN);
        List<PeriodDue> periods = List.of(new PeriodDue(1, 2, LocalDate.of(2026, 12, 31)),
                new PeriodDue(1, 3, LocalDate.of(2027, 3, 31)));

        assertThat(digest.nextRun(at("2026-11-23T22:00"), NO_PERIODS)).isEqualTo(at("2026-12-01T07:00"));
        assertThat(digest.nextRun(at("2026-11-01T06:00"), NO_PERIODS)).isEqualTo(at("2026-11-01T07:00"));
        assertThat(reminders.nextRun(at("2026-11-23T22:00"), NO_PERIODS)).isEqualTo(at("2026-11-24T07:00"));
        assertThat(draft.nextRun(at("2026-11-23T22:00"), periods)).isEqualTo(at("2026-12-01T07:00"));
        assertThat(draft.nextRun(at("2026-12-02T07:00"), periods)).isEqualTo(at("2027-03-01T07:00"));
    }

    @Test
    void digestDayMustExistInEveryMonth() {
        ReportSchedule digest = ReportSchedule.digest(1, SEVEN);

        assertThatThrownBy(() -> digest.change(true, 31, null, SEVEN, "admin", Instant.EPOCH))
                .isInstanceOf(BusinessException.class).hasMessageContaining("from 1 to 28");
        digest.change(true, 28, null, LocalTime.of(6, 15, 42), "admin", Instant.EPOCH);
        assertThat(digest.describe()).isEqualTo("On day 28 of each month at 06:15");
    }
}
