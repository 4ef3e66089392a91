package org.firstmile.proposal.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.firstmile.platform.error.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProposalTest {

    private static final Instant MOVED_AT = Instant.parse("2025-03-01T14:30:00Z");

    private static String quoted(ProposalStatus status) {
        return "\u201c" + status.label() + "\u201d";
    }

    @Test
    void aNewDraftRecordsWhoStartedIt() {
        Proposal proposal = ProposalFixtures.draft();

        assertEquals(ProposalStatus.DRAFT, proposal.getStatus());
        assertEquals(1, proposal.getHistory().size());
        ProposalStatusChange first = proposal.getHistory().get(0);
        assertAll(
                () -> assertNull(first.getFromStatus()),
                () -> assertEquals(ProposalStatus.DRAFT, first.getToStatus()),
                () -> assertEquals("alice", first.getChangedBy()),
                () -> assertEquals(ProposalFixtures.STARTED_AT, first.getChangedAt()),
                () -> assertEquals("Proposal started", first.getComment()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("org.firstmile.proposal.model.TransitionTable#allowedPairs")
    void anAllowedStepMovesTheProposalAndIsRecordedInItsHistory(ProposalStatus from, ProposalStatus to) {
        Proposal proposal = ProposalFixtures.walkedTo(from);
        int before = proposal.getHistory().size();

        ProposalStatusChange change = proposal.moveTo(to, "bob", MOVED_AT, "  Panel met on Tuesday  ");

        List<ProposalStatusChange> history = proposal.getHistory();
        assertEquals(before + 1, history.size());
        ProposalStatusChange last = history.get(history.size() - 1);
        assertSame(change, last);
        assertAll(
                () -> assertEquals(to, proposal.getStatus()),
                () -> assertEquals(from, last.getFromStatus()),
                () -> assertEquals(to, last.getToStatus()),
                () -> assertEquals("bob", last.getChangedBy()),
                () -> assertEquals(MOVED_AT, last.getChangedAt()),
                () -> assertEquals("Panel met on Tuesday", last.getComment()),
                () -> assertEquals(MOVED_AT, proposal.getUpdatedAt()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("org.firstmile.proposal.model.TransitionTable#refusedPairs")
    void aRefusedStepThrowsAndLeavesStatusAndHistoryUnchanged(ProposalStatus from, ProposalStatus to) {
        Proposal proposal = ProposalFixtures.walkedTo(from);
        List<ProposalStatusChange> historyBefore = List.copyOf(proposal.getHistory());
        Instant updatedBefore = proposal.getUpdatedAt();

        BusinessException refused = assertThrows(BusinessException.class,
                () -> proposal.moveTo(to, "bob", MOVED_AT, "Trying anyway"));

        assertEquals(from, proposal.getStatus());
        assertEquals(historyBefore, proposal.getHistory());
        assertEquals(updatedBefore, proposal.getUpdatedAt());
        String message = refused.getMessage();
        assertTrue(message.contains(quoted(from)), () -> "should name " + quoted(from) + ": " + message);
        if (from == to) {
            assertEquals("This proposal is already " + quoted(from) + ".", message);
        } else if (TransitionTable.CLOSED.contains(from)) {
            // A closed proposal is told it cannot change at all; the target is not named (see report).
            assertEquals("This proposal is " + quoted(from) + " and cannot change status any more.", message);
        } else {
            assertTrue(message.contains(quoted(to)), () -> "should name " + quoted(to) + ": " + message);
            assertTrue(message.contains("Next it can move to:"), message);
        }
    }

    @Test
    void aRefusalFromAnOpenStatusListsWhereItCanGoNext() {
        Proposal proposal = ProposalFixtures.draft();

        BusinessException refused = assertThrows(BusinessException.class,
                () -> proposal.moveTo(ProposalStatus.AWARDED, "bob", MOVED_AT, null));

        assertEquals("A proposal that is \u201cDraft\u201d cannot move to \u201cAwarded\u201d. "
                + "Next it can move to: Expression of interest, Withdrawn.", refused.getMessage());
    }

    @Test
    void aBlankCommentIsStoredAsNoComment() {
        Proposal proposal = ProposalFixtures.draft();

        ProposalStatusChange change = proposal.moveTo(ProposalStatus.EXPRESSION_OF_INTEREST, "bob", MOVED_AT, "   ");

        assertNull(change.getComment());
    }

    @Test
    void aStepWithoutATargetIsRejected() {
        Proposal proposal = ProposalFixtures.draft();

        assertThrows(NullPointerException.class, () -> proposal.moveTo(null, "bob", MOVED_AT, null));
        assertEquals(ProposalStatus.DRAFT, proposal.getStatus());
        assertEquals(1, proposal.getHistory().size());
    }

    @Test
    void awardedProposalCannotBeRevised() {
        assertRevisionRefused(ProposalStatus.AWARDED, "awarded");
    }

    @Test
    void declinedProposalCannotBeRevised() {
        assertRevisionRefused(ProposalStatus.DECLINED, "declined");
    }

    @Test
    void withdrawnProposalCannotBeRevised() {
        assertRevisionRefused(ProposalStatus.WITHDRAWN, "withdrawn");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ProposalStatus.class, names = {"AWARDED", "DECLINED", "WITHDRAWN"},
            mode = EnumSource.Mode.EXCLUDE)
    void anOpenProposalCanBeRevised(ProposalStatus status) {
        Proposal proposal = ProposalFixtures.walkedTo(status);

        proposal.revise(revisedDetails(), ProposalFixtures.applicant(), ProposalFixtures.fund(), MOVED_AT);

        assertEquals("Community food hub, phase two", proposal.getTitle());
        assertEquals(new BigDecimal("60000.00"), proposal.getAmountRequested());
        assertEquals(36, proposal.getDurationMonths());
        assertEquals(MOVED_AT, proposal.getUpdatedAt());
        assertEquals(status, proposal.getStatus());
    }

    @Test
    void revisingStripsTheTitleAndDefaultsABlankCurrencyToPounds() {
        Proposal proposal = ProposalFixtures.draft();
        ProposalDetails details = new ProposalDetails("  Spaced title  ", BigDecimal.TEN, " ", 12, "  ",
                null, false);

        proposal.revise(details, ProposalFixtures.applicant(), ProposalFixtures.fund(), MOVED_AT);

        assertEquals("Spaced title", proposal.getTitle());
        assertEquals("GBP", proposal.getCurrency());
        assertNull(proposal.getSummary());
    }

    private static ProposalDetails revisedDetails() {
        return new ProposalDetails("Community food hub, phase two", new BigDecimal("60000.00"), "GBP", 36,
                "Bigger.", LocalDate.of(2025, 9, 1), false);
    }

    private static void assertRevisionRefused(ProposalStatus closed, String word) {
        Proposal proposal = ProposalFixtures.walkedTo(closed);
        ProposalDetails before = proposal.details();
        Instant updatedBefore = proposal.getUpdatedAt();

        BusinessException refused = assertThrows(BusinessException.class, () -> proposal.revise(revisedDetails(),
                ProposalFixtures.applicant(), ProposalFixtures.fund(), MOVED_AT));

        assertTrue(refused.getMessage().contains("This proposal is " + word), refused.getMessage());
        assertTrue(refused.getMessage().contains("can no longer be edited"), refused.getMessage());
        assertEquals(before, proposal.details());
        assertEquals(updatedBefore, proposal.getUpdatedAt());
        assertEquals(closed, proposal.getStatus());
    }
}
