package org.firstmile.proposal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProposalStatusTest {

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("org.firstmile.proposal.model.TransitionTable#everyPair")
    void canMoveToAllowsExactlyTheStepsOfTheLifecycle(ProposalStatus from, ProposalStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ProposalStatus.class)
    void nextStepsListsExactlyTheAllowedTargets(ProposalStatus from) {
        Set<ProposalStatus> expected = EnumSet.noneOf(ProposalStatus.class);
        TransitionTable.ALLOWED.stream().filter(step -> step.from() == from).forEach(step -> expected.add(step.to()));
        assertEquals(expected, from.nextSteps());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ProposalStatus.class)
    void onlyAwardedDeclinedAndWithdrawnAreClosed(ProposalStatus status) {
        assertEquals(!TransitionTable.CLOSED.contains(status), status.isOpen());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ProposalStatus.class)
    void noStatusCanMoveToItself(ProposalStatus status) {
        assertFalse(status.canMoveTo(status));
    }

    @Test
    void theHandWrittenTableHasTwelveAllowedStepsOutOfSixtyFourPairs() {
        assertEquals(64, TransitionTable.allPairs().size());
        assertEquals(12, TransitionTable.ALLOWED.size());
        assertEquals(52, TransitionTable.refusedPairs().count());
    }

    @Test
    void everyStatusHasAHumanReadableLabel() {
        assertEquals("Draft", ProposalStatus.DRAFT.label());
        assertEquals("Expression of interest", ProposalStatus.EXPRESSION_OF_INTEREST.label());
        assertEquals("Invited to apply", ProposalStatus.INVITED.label());
        assertEquals("Full application", ProposalStatus.FULL_APPLICATION.label());
        assertEquals("Under review", ProposalStatus.UNDER_REVIEW.label());
        assertEquals("Awarded", ProposalStatus.AWARDED.label());
        assertEquals("Declined", ProposalStatus.DECLINED.label());
        assertEquals("Withdrawn", ProposalStatus.WITHDRAWN.label());
    }

    @Test
    void anyOpenProposalCanBeWithdrawn() {
        for (ProposalStatus status : ProposalStatus.values()) {
            if (status.isOpen()) {
                assertTrue(status.canMoveTo(ProposalStatus.WITHDRAWN), status + " should allow withdrawal");
            }
        }
    }
}
