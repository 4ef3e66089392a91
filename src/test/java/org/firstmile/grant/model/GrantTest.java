package org.firstmile.grant.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.firstmile.proposal.model.Proposal;
import org.firstmile.proposal.model.ProposalFixtures;
import org.firstmile.proposal.model.ProposalStatus;
import org.junit.jupiter.api.Test;

class GrantTest {

    private static final Instant AWARDED_AT = Instant.parse("2022-09-15T12:00:00Z");
    private static final Award EIGHTEEN_MONTHS = new Award(new BigDecimal("40000.00"), LocalDate.of(2022, 9, 15),
            LocalDate.of(2022, 10, 1), 18);

    private static Grant award(Proposal proposal, Award award) {
        return Grant.award(proposal, "360G-FM-1", award, "carol", 30, AWARDED_AT);
    }

    @Test
    void awardingCreatesTheYearlyReportingPeriodsAndThePlannedEnd() {
        Grant grant = award(ProposalFixtures.walkedTo(ProposalStatus.AWARDED), EIGHTEEN_MONTHS);

        assertEquals(LocalDate.of(2024, 3, 31), grant.getPlannedEnd());
        List<ReportingPeriod> periods = grant.getPeriods();
        assertEquals(2, periods.size());
        ReportingPeriod first = periods.get(0);
        ReportingPeriod second = periods.get(1);
        assertAll(
                () -> assertEquals(1, first.getSequenceNo()),
                () -> assertEquals("Year one", first.getName()),
                () -> assertEquals(LocalDate.of(2022, 10, 1), first.getStartDate()),
                () -> assertEquals(LocalDate.of(2023, 9, 30), first.getEndDate()),
                () -> assertEquals(LocalDate.of(2023, 10, 30), first.getReportDueDate()),
                () -> assertEquals(2, second.getSequenceNo()),
                () -> assertEquals("Year two", second.getName()),
                () -> assertEquals(LocalDate.of(2023, 10, 1), second.getStartDate()),
                () -> assertEquals(LocalDate.of(2024, 3, 31), second.getEndDate()),
                () -> assertEquals(LocalDate.of(2024, 4, 30), second.getReportDueDate()));
    }

    @Test
    void awardingCopiesTheProposalAndTheDecision() {
        Proposal proposal = ProposalFixtures.walkedTo(ProposalStatus.AWARDED);

        Grant grant = award(proposal, EIGHTEEN_MONTHS);

        assertAll(
                () -> assertSame(proposal, grant.getProposal()),
                () -> assertEquals("360G-FM-1", grant.getIdentifier()),
                () -> assertEquals(proposal.getTitle(), grant.getTitle()),
                () -> assertSame(proposal.getApplicant(), grant.getRecipient()),
                () -> assertSame(proposal.getFund(), grant.getFund()),
                () -> assertEquals("GBP", grant.getCurrency()),
                () -> assertEquals(new BigDecimal("40000.00"), grant.getAmountAwarded()),
                () -> assertEquals(LocalDate.of(2022, 9, 15), grant.getAwardDate()),
                () -> assertEquals(LocalDate.of(2022, 10, 1), grant.getPlannedStart()),
                () -> assertEquals("carol", grant.getManager()),
                () -> assertEquals(AWARDED_AT, grant.getCreatedAt()));
    }

    @Test
    void theAwardedDurationNotTheRequestedOneDrivesTheSchedule() {
        Proposal proposal = ProposalFixtures.walkedTo(ProposalStatus.AWARDED);
        assertEquals(24, proposal.getDurationMonths());

        Grant grant = award(proposal, new Award(BigDecimal.ONE, LocalDate.of(2022, 9, 15),
                LocalDate.of(2022, 10, 1), 120));

        assertEquals(10, grant.getPeriods().size());
        assertEquals("Year ten", grant.getPeriods().get(9).getName());
        assertEquals(LocalDate.of(2032, 9, 30), grant.getPlannedEnd());
    }

    @Test
    void periodOnFindsThePeriodContainingADayIncludingItsFirstAndLastDays() {
        Grant grant = award(ProposalFixtures.walkedTo(ProposalStatus.AWARDED), EIGHTEEN_MONTHS);

        assertAll(
                () -> assertEquals("Year one", grant.periodOn(LocalDate.of(2022, 10, 1)).orElseThrow().getName()),
                () -> assertEquals("Year one", grant.periodOn(LocalDate.of(2023, 9, 30)).orElseThrow().getName()),
                () -> assertEquals("Year two", grant.periodOn(LocalDate.of(2023, 10, 1)).orElseThrow().getName()),
                () -> assertEquals("Year two", grant.periodOn(LocalDate.of(2024, 3, 31)).orElseThrow().getName()),
                () -> assertTrue(grant.periodOn(LocalDate.of(2022, 9, 30)).isEmpty()),
                () -> assertTrue(grant.periodOn(LocalDate.of(2024, 4, 1)).isEmpty()));
    }

    @Test
    void awardingWithAnImpossibleDurationIsRejected() {
        Proposal proposal = ProposalFixtures.walkedTo(ProposalStatus.AWARDED);

        assertThrows(IllegalArgumentException.class, () -> award(proposal,
                new Award(BigDecimal.ONE, LocalDate.of(2022, 9, 15), LocalDate.of(2022, 10, 1), 0)));
        assertThrows(IllegalArgumentException.class, () -> award(proposal,
                new Award(BigDecimal.ONE, LocalDate.of(2022, 9, 15), LocalDate.of(2022, 10, 1), 121)));
    }

    @Test
    void grantOfAProposalPublishedInTheOpenStartsPublishedAndStaffCanTakeItBack() {
        Grant grant = award(ProposalFixtures.walkedTo(ProposalStatus.AWARDED), EIGHTEEN_MONTHS);
        assertTrue(grant.isPublicFlag(), "the proposal was published in the open");

        grant.publishInTheOpen(false);

        assertEquals(false, grant.isPublicFlag());
        assertEquals("No", grant.auditState().get("Published in the open"));
        assertTrue(grant.getProposal().isPublicFlag(), "the proposal's own decision stays as it was");
    }
}
