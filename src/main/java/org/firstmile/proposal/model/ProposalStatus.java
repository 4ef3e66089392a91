package org.firstmile.proposal.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a proposal stands with the funder. An expression of interest can be declined before an invitation, and a
 * full application after review; any open proposal can be withdrawn by the applicant.
 */
public enum ProposalStatus {
    DRAFT("Draft"),
    EXPRESSION_OF_INTEREST("Expression of interest"),
    INVITED("Invited to apply"),
    FULL_APPLICATION("Full application"),
    UNDER_REVIEW("Under review"),
    AWARDED("Awarded"),
    DECLINED("Declined"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return !nextSteps().isEmpty();
    }

    /** The statuses a proposal in this status may move to next. */
    public Set<ProposalStatus> nextSteps() {
        return switch (this) {
            case DRAFT -> EnumSet.of(EXPRESSION_OF_INTEREST, WITHDRAWN);
            case EXPRESSION_OF_INTEREST -> EnumSet.of(INVITED, DECLINED, WITHDRAWN);
            case INVITED -> EnumSet.of(FULL_APPLICATION, WITHDRAWN);
            case FULL_APPLICATION -> EnumSet.of(UNDER_REVIEW, WITHDRAWN);
            case UNDER_REVIEW -> EnumSet.of(AWARDED, DECLINED, WITHDRAWN);
            case AWARDED, DECLINED, WITHDRAWN -> EnumSet.noneOf(ProposalStatus.class);
        };
    }

    public boolean canMoveTo(ProposalStatus target) {
        return nextSteps().contains(target);
    }
}
