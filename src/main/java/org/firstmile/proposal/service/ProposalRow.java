package org.firstmile.proposal.service;

import java.math.BigDecimal;
import java.time.Instant;
import org.firstmile.proposal.model.ProposalStatus;

/** One line of the proposals list, read in a single query with its applicant and fund. */
public record ProposalRow(Long id, String title, String applicantName, String fundTitle, ProposalStatus status,
        BigDecimal amountRequested, String currency, Instant updatedAt) {
}
