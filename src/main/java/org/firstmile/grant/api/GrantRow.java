package org.firstmile.grant.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.firstmile.grant.service.GrantSummary;

/** A grant in a list. */
public record GrantRow(long id, String identifier, String title, String recipientName, String fundTitle,
        BigDecimal amountAwarded, String currency, LocalDate plannedStart, LocalDate plannedEnd) {

    static GrantRow of(GrantSummary summary) {
        return new GrantRow(summary.id(), summary.identifier(), summary.title(), summary.recipientName(),
                summary.fundTitle(), summary.amountAwarded(), summary.currency(), summary.plannedStart(),
                summary.plannedEnd());
    }
}
