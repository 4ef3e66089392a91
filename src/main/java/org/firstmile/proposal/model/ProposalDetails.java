package org.firstmile.proposal.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the applicant writes in a proposal; checked by the service with Bean Validation before it reaches here. */
public record ProposalDetails(
        String title,
        BigDecimal amountRequested,
        String currency,
        int durationMonths,
        String summary,
        LocalDate plannedStart,
        boolean publicFlag) {
}
