package org.firstmile.grant.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.firstmile.grant.model.Grant;

/** A grant as the API shows it: its summary and reporting periods. */
public record GrantDto(long id, String identifier, String title, String recipientName, String recipientOrgId,
        String fundCode, String fundTitle, BigDecimal amountAwarded, String currency, LocalDate awardDate,
        LocalDate plannedStart, LocalDate plannedEnd, boolean publishedInTheOpen, List<Period> periods) {

    /** A reporting period: its name, dates and when its report is due. */
    public record Period(long id, String name, LocalDate startDate, LocalDate endDate, LocalDate reportDue) {
    }

    static GrantDto of(Grant grant) {
        return new GrantDto(grant.getId(), grant.getIdentifier(), grant.getTitle(), grant.getRecipient().getName(),
                grant.getRecipient().getOrgId(), grant.getFund().getCode(), grant.getFund().getTitle(),
                grant.getAmountAwarded(), grant.getCurrency(), grant.getAwardDate(), grant.getPlannedStart(),
                grant.getPlannedEnd(), grant.isPublicFlag(), grant.getPeriods().stream().map(period -> new Period(
                        period.getId(), period.getName(), period.getStartDate(), period.getEndDate(),
                        period.getReportDueDate())).toList());
    }
}
