package org.firstmile.opendata.model;

import java.math.BigDecimal;

/**
 * A proposal published in the open: what was asked for, by whom, from which fund. Its status and history stay
 * inside FirstMile; {@code grantId} links to the grant when that is published too.
 */
public record PublicProposal(Long id, String title, String applicantName, String fundTitle, BigDecimal amountRequested,
        String currency, int durationMonths, String summary, Long grantId) {
}
