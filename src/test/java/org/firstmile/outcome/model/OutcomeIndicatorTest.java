package org.firstmile.outcome.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.firstmile.grant.model.Award;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.proposal.model.ProposalFixtures;
import org.firstmile.proposal.model.ProposalStatus;
import org.junit.jupiter.api.Test;

class OutcomeIndicatorTest {

    private static final Instant AT = Instant.parse("2025-10-01T09:00:00Z");

    private final Grant grant = Grant.award(ProposalFixtures.walkedTo(ProposalStatus.AWARDED), "360G-FM-1",
            new Award(new BigDecimal("349500.00"), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 1), 24),
            "staff", 30, AT);
    private final ReportingPeriod yearOne = grant.getPeriods().get(0);
    private final ReportingPeriod yearTwo = grant.getPeriods().get(1);

    private Map<ReportingPeriod, BigDecimal> targets(String first, String second) {
        Map<ReportingPeriod, BigDecimal> targets = new LinkedHashMap<>();
        targets.put(yearOne, first == null ? null : new BigDecimal(first));
        targets.put(yearTwo, second == null ? null : new BigDecimal(second));
        return targets;
    }

    private OutcomeIndicator people() {
        return OutcomeIndicator.define(grant, "  People brought together ", " people ", " ", targets("400", "600"), AT);
    }

    @Test
    void definingAnIndicatorSetsATargetForEachPeriodAndTrimsWhatWasTyped() {
        OutcomeIndicator people = people();

        assertEquals("People brought together", people.getName());
        assertEquals("people", people.getUnit());
        assertNull(people.getDescription());
        assertEquals(new BigDecimal("400"), people.targetFor(yearOne));
        assertEquals(new BigDecimal("600"), people.targetFor(yearTwo));
        assertEquals("400", people.auditState().get("Target Year one"));
    }

    @Test
    void revisingChangesTheTargetsAndAnEmptyTargetRemovesIt() {
        OutcomeIndicator people = people();

        people.revise("People brought together", "people", "Counted from registers", targets("450", null));

        assertEquals(new BigDecimal("450"), people.targetFor(yearOne));
        assertNull(people.targetFor(yearTwo));
        assertEquals(1, people.getTargets().size());
        assertEquals("Counted from registers", people.getDescription());
    }

    @Test
    void aNegativeTargetIsRefusedInPlainEnglish() {
        BusinessException refused = assertThrows(BusinessException.class, () -> OutcomeIndicator.define(grant,
                "Sessions held", "sessions", null, targets("-1", "18"), AT));

        assertEquals("A target cannot be negative. Enter 0 or more.", refused.getMessage());
    }

    @Test
    void aTargetForAnotherGrantsPeriodIsRefused() {
        Grant other = Grant.award(ProposalFixtures.walkedTo(ProposalStatus.AWARDED), "360G-FM-2",
                new Award(new BigDecimal("1000.00"), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 1), 12),
                "staff", 30, AT);
        Map<ReportingPeriod, BigDecimal> foreign = Map.of(other.getPeriods().get(0), BigDecimal.TEN);

        assertThrows(BusinessException.class, () -> OutcomeIndicator.define(grant, "Sessions held", "sessions",
                null, foreign, AT));
    }

    @Test
    void staffCorrectAnActualByReplacingItAndPartnerUpdatesAddToTheirs() {
        OutcomeIndicator people = people();
        OutcomeActual staff = OutcomeActual.record(people, yearOne, ActualSource.STAFF, new BigDecimal("450"),
                "First count", "staff", AT);
        staff.replace(new BigDecimal("455"), "Recounted from registers", "staff", AT.plusSeconds(60));
        OutcomeActual partner = OutcomeActual.record(people, yearOne, ActualSource.PARTNER_UPDATE,
                new BigDecimal("40"), "Roots, spring", "staff", AT);
        partner.add(new BigDecimal("25"), "Roots, summer", "staff", AT.plusSeconds(60));

        assertEquals(new BigDecimal("455"), staff.getValue());
        assertEquals("Recounted from registers", staff.getNote());
        assertEquals(new BigDecimal("65"), partner.getValue());
        assertEquals("65", partner.auditState().get("Actual (from partner updates)"));
    }

    @Test
    void aNegativeActualIsRefusedAndLeavesTheFigureAsItWas() {
        OutcomeActual staff = OutcomeActual.record(people(), yearOne, ActualSource.STAFF, new BigDecimal("455"),
                null, "staff", AT);

        BusinessException refused = assertThrows(BusinessException.class,
                () -> staff.replace(new BigDecimal("-5"), "typo", "staff", AT));

        assertEquals("An actual cannot be negative. Enter 0 or more.", refused.getMessage());
        assertEquals(new BigDecimal("455"), staff.getValue());
        assertTrue(staff.auditState().containsKey("Actual (recorded by staff)"));
    }
}
