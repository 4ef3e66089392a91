package org.firstmile.finance.service;

import java.io.Serializable;
import java.util.List;

/** A grant's budget against spend for each reporting period, and to date. */
public record GrantFinance(List<PeriodFinance> periods, FinanceSummary toDate) implements Serializable {

    /** One reporting period's figures. */
    public record PeriodFinance(Long periodId, String name, FinanceSummary summary) implements Serializable {
    }
}
