package org.firstmile.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.firstmile.finance.service.FinanceReader;
import org.firstmile.finance.service.FinanceSummary;
import org.firstmile.finance.service.GrantFinance;
import org.firstmile.finance.service.VarianceLine;
import org.firstmile.grant.model.Grant;
import org.firstmile.platform.error.NotFoundException;
import org.firstmile.report.model.ReportSnapshot.Budget;
import org.firstmile.report.model.ReportSnapshot.BudgetLine;
import org.firstmile.report.model.ReportSnapshot.Payment;
import org.firstmile.report.model.ReportSnapshot.Spend;

/**
 * The budget section of a report, read from the finance feature: budget against spend with variances and
 * explanations, and payments received, for the period and to date.
 */
@ApplicationScoped
public class ReportFinance {

    @Inject
    FinanceReader finance;

    /**
     * Null while the grant has no budget line and no spend. The period and to date come from one read of the figures:
     * the grant, already read, brings its periods and currency (reading the period and to date apart sent six
     * statements per report, three of them the same).
     */
    public Budget budget(Grant grant, long periodId) {
        GrantFinance overview = finance.overview(grant);
        FinanceSummary period = overview.periods().stream().filter(p -> p.periodId() == periodId).findFirst()
                .map(GrantFinance.PeriodFinance::summary)
                .orElseThrow(() -> new NotFoundException("reporting period", periodId));
        FinanceSummary toDate = overview.toDate();
        if (period.lines().isEmpty() && toDate.lines().isEmpty() && toDate.payments().isEmpty()) {
            return null;
        }
        return of(period, toDate);
    }

    /** The period's lines over the threshold that have no explanation yet. */
    public List<VarianceLine> unexplained(long grantId, long periodId) {
        return finance.forPeriod(grantId, periodId).unexplained();
    }

    static Budget of(FinanceSummary period, FinanceSummary toDate) {
        return new Budget(period.currency(), period.thresholdPercent(), spend(period), spend(toDate));
    }

    private static Spend spend(FinanceSummary summary) {
        return new Spend(summary.lines().stream().map(l -> new BudgetLine(l.category(), l.description(), l.budget(),
                l.spent(), l.variance(), l.variancePercent(), l.overThreshold(), l.explanation())).toList(),
                summary.budgetTotal(), summary.spentTotal(),
                summary.payments().stream().map(p -> new Payment(p.receivedOn(), p.amount(), p.reference())).toList(),
                summary.paymentsTotal());
    }
}
