package org.firstmile.report.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.firstmile.outcome.model.Progress;

/**
 * Everything one version of a progress report says, fixed at generation: the grant and period, milestones, outcomes
 * against targets, budget against spend (when finance is recorded), partner highlights and the staff's narrative.
 * The PDF, CSV and XLSX are all rendered from this one value.
 */
public record ReportSnapshot(GrantFacts grant, PeriodFacts period, int version, LocalDate asOf, Instant generatedAt,
        String generatedBy, List<MilestoneLine> milestones, MilestoneTotals milestonesToDate,
        List<OutcomeLine> outcomes, Budget budget, List<HighlightLine> highlights, NarrativeSections narrative) {

    /** The grant as the title page names it. */
    public record GrantFacts(long id, String identifier, String title, String recipient, String funder, String fund,
            List<String> coFunders, BigDecimal amountAwarded, String currency, LocalDate start, LocalDate end) {
    }

    /** The reporting period the report covers. */
    public record PeriodFacts(long id, int sequenceNo, String name, LocalDate start, LocalDate end,
            LocalDate reportDue) {
    }

    /** A milestone due or completed in the period, and where it stood on the "as of" date. */
    public record MilestoneLine(String title, String owner, LocalDate dueDate, LocalDate completedOn,
            MilestoneStanding standing) {
    }

    /** How many of all the grant's milestones were done, due, missed or deferred on the "as of" date. */
    public record MilestoneTotals(long done, long due, long missed, long deferred) {
    }

    /** An outcome indicator in the period and to date (all periods up to and including this one). */
    public record OutcomeLine(String name, String unit, Progress period, Progress toDate) {
    }

    /** What a partner said in an accepted update for the period. */
    public record HighlightLine(String programme, String partner, String story, String differenceMade) {
    }

    /** Budget against spend for the period and to date, with the payments received. */
    public record Budget(String currency, BigDecimal thresholdPercent, Spend period, Spend toDate) {
    }

    /** Budget lines with their totals and the payments received. */
    public record Spend(List<BudgetLine> lines, BigDecimal budgetTotal, BigDecimal spentTotal, List<Payment> payments,
            BigDecimal paymentsTotal) {
    }

    /** One budget line: budget, spend, variance and, over the threshold, the explanation. */
    public record BudgetLine(String category, String description, BigDecimal budget, BigDecimal spent,
            BigDecimal variance, BigDecimal variancePercent, boolean overThreshold, String explanation) {
    }

    /** A payment received from the funder. */
    public record Payment(LocalDate date, BigDecimal amount, String note) {
    }
}
