package org.firstmile.grant.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A grant as listed on the dashboard and the grants page. */
public record GrantSummary(Long id, String identifier, String title, String recipientName, String fundTitle,
        BigDecimal amountAwarded, String currency, LocalDate plannedStart, LocalDate plannedEnd, String manager) {

    public static final String SELECT = "SELECT NEW org.firstmile.grant.service.GrantSummary(g.id, g.identifier, g.title, "
            + "r.name, f.title, g.amountAwarded, g.currency, g.plannedStart, g.plannedEnd, g.manager) "
            + "FROM Grant g JOIN g.recipient r JOIN g.fund f";
}
