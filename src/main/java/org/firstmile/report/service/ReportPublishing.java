package org.firstmile.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.firstmile.finance.service.VarianceLine;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.report.model.ProgressReport;

/** The rules a version must meet before it is published to the funders. */
@ApplicationScoped
public class ReportPublishing {

    @Inject
    ReportFinance finance;

    /**
     * Refuses while a budget line of the period is over the variance threshold without a written explanation, and
     * names those lines.
     */
    public void requireReady(ProgressReport report) {
        List<VarianceLine> unexplained = finance.unexplained(report.getGrant().getId(), report.getPeriod().getId());
        if (!unexplained.isEmpty()) {
            throw new BusinessException("This report cannot be published yet: explain the variance of "
                    + unexplained.stream().map(ReportPublishing::describe).collect(Collectors.joining("; "))
                    + " on the grant's Budget and spend page, then generate a new version and publish it.");
        }
    }

    private static String describe(VarianceLine line) {
        return line.category() + (line.variancePercent() == null ? "" : " (" + line.variancePercent()
                .stripTrailingZeros().toPlainString() + "%)");
    }
}
