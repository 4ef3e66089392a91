package org.firstmile.funder.service;

import java.util.List;
import org.firstmile.grant.model.Grant;
import org.firstmile.milestone.service.MilestoneRow;
import org.firstmile.outcome.service.IndicatorRow;

/** Everything a funder sees of one of their grants, read in one call. */
public record FunderGrantView(Grant grant, List<MilestoneRow> milestones, MilestoneCounts counts,
        List<IndicatorRow> indicators, List<Highlight> highlights) {
}
