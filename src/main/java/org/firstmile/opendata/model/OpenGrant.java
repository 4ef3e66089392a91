package org.firstmile.opendata.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A grant as FirstMile publishes it: the fields the 360Giving standard asks for, read in one row. The description
 * is the proposal's summary; {@code modified} is when the grant record last changed.
 */
public record OpenGrant(long id, String identifier, String title, String description, String currency,
        BigDecimal amountAwarded, LocalDate awardDate, LocalDate plannedStart, LocalDate plannedEnd,
        int durationMonths, String recipientOrgId, String recipientName, String funderOrgId, String funderName,
        String fundCode, String fundTitle, String fundUrl, boolean publicFlag, Instant modified) {

    /** The description the standard requires: the proposal's summary, or the title when there is none. */
    public String descriptionOrTitle() {
        return description == null || description.isBlank() ? title : description;
    }
}
