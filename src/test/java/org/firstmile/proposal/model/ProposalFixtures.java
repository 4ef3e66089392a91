package org.firstmile.proposal.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.firstmile.organisation.model.Fund;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.organisation.model.OrganisationType;

/** Builds real proposals for model tests, walked to a status along allowed steps only. */
public final class ProposalFixtures {

    public static final Instant STARTED_AT = Instant.parse("2025-01-10T09:00:00Z");

    private ProposalFixtures() {
    }

    public static ProposalDetails details() {
        return new ProposalDetails("Community food hub", new BigDecimal("45000.00"), "GBP", 24,
                "A hub for surplus food.", LocalDate.of(2025, 4, 1), true);
    }

    public static Organisation applicant() {
        return new Organisation("Riverside Trust", "GB-CHC-1234567", OrganisationType.GRANTEE, STARTED_AT);
    }

    public static Fund fund() {
        Organisation funder = new Organisation("FirstMile Foundation", "GB-CHC-7654321", OrganisationType.FUNDER,
                STARTED_AT);
        return new Fund(funder, "LOCAL", "Local Roots Fund", null);
    }

    public static Proposal draft() {
        return Proposal.draft(details(), applicant(), fund(), "alice", STARTED_AT);
    }

    /** A draft moved to {@code target} along the shortest allowed path, one hour per step. */
    public static Proposal walkedTo(ProposalStatus target) {
        Proposal proposal = draft();
        Instant at = STARTED_AT;
        for (ProposalStatus step : pathTo(target)) {
            at = at.plusSeconds(3600);
            proposal.moveTo(step, "walker", at, null);
        }
        return proposal;
    }

    private static List<ProposalStatus> pathTo(ProposalStatus target) {
        return switch (target) {
            case DRAFT -> List.of();
            case EXPRESSION_OF_INTEREST -> List.of(ProposalStatus.EXPRESSION_OF_INTEREST);
            case INVITED -> List.of(ProposalStatus.EXPRESSION_OF_INTEREST, ProposalStatus.INVITED);
            case FULL_APPLICATION -> List.of(ProposalStatus.EXPRESSION_OF_INTEREST, ProposalStatus.INVITED,
                    ProposalStatus.FULL_APPLICATION);
            case UNDER_REVIEW -> List.of(ProposalStatus.EXPRESSION_OF_INTEREST, ProposalStatus.INVITED,
                    ProposalStatus.FULL_APPLICATION, ProposalStatus.UNDER_REVIEW);
            case AWARDED -> List.of(ProposalStatus.EXPRESSION_OF_INTEREST, ProposalStatus.INVITED,
                    ProposalStatus.FULL_APPLICATION, ProposalStatus.UNDER_REVIEW, ProposalStatus.AWARDED);
            case DECLINED -> List.of(ProposalStatus.EXPRESSION_OF_INTEREST, ProposalStatus.DECLINED);
            case WITHDRAWN -> List.of(ProposalStatus.WITHDRAWN);
        };
    }
}
