package org.firstmile.dashboard.service;

import java.io.Serializable;
import java.util.List;
import org.firstmile.grant.service.GrantSummary;
import org.firstmile.milestone.service.MilestoneRow;

/**
 * Everything the staff dashboard shows, read in one transaction: the first few grants and milestones of each list,
 * and how many there are in all.
 */
public record Dashboard(List<GrantSummary> grants, List<MilestoneRow> overdue, List<MilestoneRow> dueSoon,
        List<MilestoneRow> recentlyDone, DashboardCounts counts) implements Serializable {

    public Dashboard {
        grants = List.copyOf(grants);
        overdue = List.copyOf(overdue);
        dueSoon = List.copyOf(dueSoon);
        recentlyDone = List.copyOf(recentlyDone);
    }
}
