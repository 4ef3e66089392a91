package org.firstmile.opendata.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A grant as FirstMile publishes it: the fields the 360Giving standard asks for, read in one row. The description
 * is the proposal's summary; {@code modified} is when the grant record last changed; {@code coFunders} are the
 * funders besides the fund's own, each also a funding organisation of the grant.
 */
public record OpenGrant(long id, String identifier, String title, String description, String currency,
        BigDecimal amountAwarded, LocalDate awardDate, LocalDate plannedStart, LocalDate plannedEnd,
        int durationMonths, String recipientOrgId, String recipientName, String funderOrgId, String funderName,
        String fundCode, String fundTitle, String fundUrl, boolean publicFlag, Instant modified,
        List<Funder> coFunders) {

    /** A funding organisation: its org-id and name. */
    public record Funder(String orgId, String name) {
    }

    /** The description the standard requires: the proposal's summary, or the title when there is none. */
    public String descriptionOrTitle() {
        return description == null || description.isBlank() ? title : description;
    }
}
