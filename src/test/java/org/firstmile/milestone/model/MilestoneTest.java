package org.firstmile.milestone.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.firstmile.grant.model.Award;
import org.firstmile.grant.model.Grant;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.proposal.model.ProposalFixtures;
import org.firstmile.proposal.model.ProposalStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MilestoneTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final Instant PLANNED_AT = Instant.parse("2025-01-05T09:00:00Z");
    private static final Instant NOW = Instant.parse("2025-06-15T16:45:00Z");

    private static Grant grant() {
        return Grant.award(ProposalFixtures.walkedTo(ProposalStatus.AWARDED), "360G-FM-7",
                new Award(new BigDecimal("30000"), LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 1), 24),
                "carol", 30, PLANNED_AT);
    }

    private static Milestone milestoneDue(LocalDate due) {
        return Milestone.plan(grant(), "  Open the hub  ", " ", due, "Dana", "carol", PLANNED_AT);
    }

    private static MilestoneChange change(MilestoneStatus status, LocalDate completedOn, String note) {
        return new MilestoneChange(status, null, completedOn, null, note);
    }

    @Test
    void planningStartsTheLogWithWhoPlannedItAndWhenItIsDue() {
        Milestone milestone = milestoneDue(TODAY);

        assertEquals("Open the hub", milestone.getTitle());
        assertNull(milestone.getDescription());
        assertEquals(MilestoneStatus.PLANNED, milestone.getStatus());
        assertEquals(1, milestone.getUpdates().size());
        MilestoneUpdate first = milestone.getUpdates().get(0);
        assertAll(
                () -> assertEquals("carol", first.getAuthor()),
                () -> assertEquals(PLANNED_AT, first.getChangedAt()),
                () -> assertNull(first.getFromStatus()),
                () -> assertEquals(MilestoneStatus.PLANNED, first.getToStatus()),
                () -> assertEquals("Milestone planned", first.getNote()),
                () -> assertEquals("Due date: 2025-06-15", first.getChanges()));
    }

    @Test
    void milestoneDueYesterdayAndNotDoneIsOverdue() {
        assertTrue(milestoneDue(TODAY.minusDays(1)).isOverdueOn(TODAY));
    }

    @Test
    void milestoneDueTodayIsNotYetOverdue() {
        assertFalse(milestoneDue(TODAY).isOverdueOn(TODAY));
    }

    @Test
    void milestoneDueTomorrowIsNotOverdue() {
        assertFalse(milestoneDue(TODAY.plusDays(1)).isOverdueOn(TODAY));
    }

    @Test
    void doneMilestoneDueLastYearIsNotOverdue() {
        Milestone milestone = milestoneDue(TODAY.minusYears(1));
        milestone.record(change(MilestoneStatus.DONE, TODAY.minusYears(1), null), "dana", NOW, TODAY);

        assertFalse(milestone.isOverdueOn(TODAY));
        assertFalse(Milestone.isOverdue(MilestoneStatus.DONE, TODAY.minusYears(1), TODAY));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = MilestoneStatus.class, names = "DONE", mode = EnumSource.Mode.EXCLUDE)
    void everyStatusButDoneIsOverdueOnceTheDueDateHasPassed(MilestoneStatus status) {
        Milestone milestone = milestoneDue(TODAY.minusDays(1));
        milestone.record(change(status, null, "Checked in"), "dana", NOW, TODAY);

        assertEquals(status, milestone.getStatus());
        assertTrue(milestone.isOverdueOn(TODAY));
        assertTrue(Milestone.isOverdue(status, TODAY.minusDays(1), TODAY));
        assertFalse(Milestone.isOverdue(status, TODAY, TODAY));
    }

    @Test
    void markingDoneWithoutACompletionDateTakesToday() {
        Milestone milestone = milestoneDue(TODAY.plusDays(10));

        MilestoneUpdate update = milestone.record(change(MilestoneStatus.DONE, null, null), "dana", NOW, TODAY);

        assertEquals(MilestoneStatus.DONE, milestone.getStatus());
        assertEquals(TODAY, milestone.getCompletedOn());
        assertTrue(update.getChanges().contains("Completion date: none \u2192 2025-06-15"), update.getChanges());
    }

    @Test
    void markingDoneOnTodayIsAllowed() {
        Milestone milestone = milestoneDue(TODAY);

        milestone.record(change(MilestoneStatus.DONE, TODAY, null), "dana", NOW, TODAY);

        assertEquals(TODAY, milestone.getCompletedOn());
    }

    @Test
    void completionDateInTheFutureIsRefusedAndChangesNothing() {
        Milestone milestone = milestoneDue(TODAY);

        BusinessException refused = assertThrows(BusinessException.class, () -> milestone.record(
                change(MilestoneStatus.DONE, TODAY.plusDays(1), "Done early"), "dana", NOW, TODAY));

        assertTrue(refused.getMessage().contains("cannot be in the future"), refused.getMessage());
        assertEquals(MilestoneStatus.PLANNED, milestone.getStatus());
        assertNull(milestone.getCompletedOn());
        assertNull(milestone.getNote());
        assertEquals(1, milestone.getUpdates().size());
    }

    @Test
    void anyStatusOtherThanDoneClearsTheCompletionDate() {
        Milestone milestone = milestoneDue(TODAY);
        milestone.record(change(MilestoneStatus.DONE, LocalDate.of(2025, 6, 10), null), "dana", NOW, TODAY);

        MilestoneUpdate update = milestone.record(
                change(MilestoneStatus.IN_PROGRESS, LocalDate.of(2025, 6, 12), "Reopened"), "erin", NOW, TODAY);

        assertNull(milestone.getCompletedOn());
        assertEquals(MilestoneStatus.IN_PROGRESS, milestone.getStatus());
        assertEquals("Status: Done \u2192 In progress\nCompletion date: 2025-06-10 \u2192 none", update.getChanges());
    }

    @Test
    void anUpdateWithNoChangeAndNoNoteIsRefused() {
        Milestone milestone = milestoneDue(TODAY);
        MilestoneChange same = new MilestoneChange(MilestoneStatus.PLANNED, TODAY, null, "  ", "   ");

        BusinessException refused = assertThrows(BusinessException.class,
                () -> milestone.record(same, "dana", NOW, TODAY));

        assertTrue(refused.getMessage().startsWith("Nothing has changed"), refused.getMessage());
        assertEquals(1, milestone.getUpdates().size());
    }

    @Test
    void theLogEntryListsEveryChangedFieldWithAuthorAndTime() {
        Milestone milestone = milestoneDue(LocalDate.of(2025, 6, 14));
        MilestoneChange done = new MilestoneChange(MilestoneStatus.DONE, LocalDate.of(2025, 7, 1), null,
                "  https://example.org/opening  ", "  Opened by the mayor  ");

        MilestoneUpdate update = milestone.record(done, "dana", NOW, TODAY);

        assertAll(
                () -> assertEquals("Status: Planned \u2192 Done\n"
                        + "Due date: 2025-06-14 \u2192 2025-07-01\n"
                        + "Completion date: none \u2192 2025-06-15\n"
                        + "Evidence: none \u2192 https://example.org/opening", update.getChanges()),
                () -> assertEquals("dana", update.getAuthor()),
                () -> assertEquals(NOW, update.getChangedAt()),
                () -> assertEquals(MilestoneStatus.PLANNED, update.getFromStatus()),
                () -> assertEquals(MilestoneStatus.DONE, update.getToStatus()),
                () -> assertEquals("Opened by the mayor", update.getNote()),
                () -> assertEquals(2, milestone.getUpdates().size()),
                () -> assertSame(update, milestone.getUpdates().get(0)),
                () -> assertEquals(LocalDate.of(2025, 7, 1), milestone.getDueDate()),
                () -> assertEquals("https://example.org/opening", milestone.getEvidenceUrl()));
    }

    @Test
    void onlyTheFieldsThatChangedAreListed() {
        Milestone milestone = milestoneDue(TODAY);

        MilestoneUpdate update = milestone.record(change(MilestoneStatus.AT_RISK, null, null), "dana", NOW, TODAY);

        assertEquals("Status: Planned \u2192 At risk", update.getChanges());
        assertEquals(TODAY, milestone.getDueDate());
    }

    @Test
    void aNoteAloneIsEnoughAndIsKeptOnTheMilestone() {
        Milestone milestone = milestoneDue(TODAY);

        MilestoneUpdate update = milestone.record(change(MilestoneStatus.PLANNED, null, "Venue booked"),
                "dana", NOW, TODAY);

        assertNull(update.getChanges());
        assertEquals("Venue booked", update.getNote());
        assertEquals("Venue booked", milestone.getNote());
        assertEquals(2, milestone.getUpdates().size());
    }

    @Test
    void aLaterUpdateWithoutANoteKeepsTheEarlierNote() {
        Milestone milestone = milestoneDue(TODAY);
        milestone.record(change(MilestoneStatus.PLANNED, null, "Venue booked"), "dana", NOW, TODAY);

        MilestoneUpdate update = milestone.record(change(MilestoneStatus.IN_PROGRESS, null, null), "erin",
                NOW.plusSeconds(60), TODAY);

        assertNull(update.getNote());
        assertEquals("Venue booked", milestone.getNote());
        assertEquals(3, milestone.getUpdates().size());
        assertSame(update, milestone.getUpdates().get(0));
    }

    @Test
    void removingTheEvidenceIsAChange() {
        Milestone milestone = milestoneDue(TODAY);
        milestone.record(new MilestoneChange(MilestoneStatus.PLANNED, null, null, "https://example.org/a", null),
                "dana", NOW, TODAY);

        MilestoneUpdate update = milestone.record(change(MilestoneStatus.PLANNED, null, null), "dana", NOW, TODAY);

        assertEquals("Evidence: https://example.org/a \u2192 none", update.getChanges());
        assertNull(milestone.getEvidenceUrl());
    }

    @Test
    void anUpdateWithoutAStatusIsRejected() {
        Milestone milestone = milestoneDue(TODAY);

        assertThrows(NullPointerException.class,
                () -> milestone.record(change(null, null, "Hello"), "dana", NOW, TODAY));
        assertEquals(1, milestone.getUpdates().size());
    }
}
