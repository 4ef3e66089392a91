package org.firstmile.funder.service;

import java.util.List;
import org.firstmile.finance.service.GrantFinance;
import org.firstmile.grant.model.Grant;
import org.firstmile.milestone.service.MilestoneRow;
import org.firstmile.outcome.service.IndicatorRow;
import org.firstmile.report.service.ReportSummary;

/**
 * Everything a funder sees of one of their grants, read in one call: the milestones, outcomes, budget against spend
 * (with explanations and payments), partner highlights and the progress reports published to them.
 */
public record FunderGrantView(Grant grant, List<MilestoneRow> milestones, MilestoneCounts counts,
        List<IndicatorRow> indicators, GrantFinance finance, List<Highlight> highlights,
        List<ReportSummary> reports) {
}
