package org.firstmile.proposal.model;

import static org.firstmile.proposal.model.ProposalStatus.AWARDED;
import static org.firstmile.proposal.model.ProposalStatus.DECLINED;
import static org.firstmile.proposal.model.ProposalStatus.DRAFT;
import static org.firstmile.proposal.model.ProposalStatus.EXPRESSION_OF_INTEREST;
import static org.firstmile.proposal.model.ProposalStatus.FULL_APPLICATION;
import static org.firstmile.proposal.model.ProposalStatus.INVITED;
import static org.firstmile.proposal.model.ProposalStatus.UNDER_REVIEW;
import static org.firstmile.proposal.model.ProposalStatus.WITHDRAWN;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The proposal lifecycle written out by hand, independent of {@link ProposalStatus#nextSteps()}, so that a change
 * to the lifecycle has to be made in both places.
 */
final class TransitionTable {

    record Step(ProposalStatus from, ProposalStatus to) {
    }

    static final Set<Step> ALLOWED = Set.of(
            new Step(DRAFT, EXPRESSION_OF_INTEREST),
            new Step(DRAFT, WITHDRAWN),
            new Step(EXPRESSION_OF_INTEREST, INVITED),
            new Step(EXPRESSION_OF_INTEREST, DECLINED),
            new Step(EXPRESSION_OF_INTEREST, WITHDRAWN),
            new Step(INVITED, FULL_APPLICATION),
            new Step(INVITED, WITHDRAWN),
            new Step(FULL_APPLICATION, UNDER_REVIEW),
            new Step(FULL_APPLICATION, WITHDRAWN),
            new Step(UNDER_REVIEW, AWARDED),
            new Step(UNDER_REVIEW, DECLINED),
            new Step(UNDER_REVIEW, WITHDRAWN));

    static final Set<ProposalStatus> CLOSED = Set.of(AWARDED, DECLINED, WITHDRAWN);

    private TransitionTable() {
    }

    static List<Step> allPairs() {
        List<Step> pairs = new ArrayList<>();
        for (ProposalStatus from : ProposalStatus.values()) {
            for (ProposalStatus to : ProposalStatus.values()) {
                pairs.add(new Step(from, to));
            }
        }
        return pairs;
    }

    /** Every (from, to, allowed) triple. */
    static Stream<Arguments> everyPair() {
        return allPairs().stream().map(step -> Arguments.of(step.from(), step.to(), ALLOWED.contains(step)));
    }

    static Stream<Arguments> allowedPairs() {
        return allPairs().stream().filter(ALLOWED::contains).map(step -> Arguments.of(step.from(), step.to()));
    }

    static Stream<Arguments> refusedPairs() {
        return allPairs().stream().filter(step -> !ALLOWED.contains(step))
                .map(step -> Arguments.of(step.from(), step.to()));
    }
}
