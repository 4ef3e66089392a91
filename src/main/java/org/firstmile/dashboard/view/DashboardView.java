package org.firstmile.dashboard.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.firstmile.dashboard.service.DashboardCounts;
import org.firstmile.dashboard.service.DashboardService;
import org.firstmile.grant.service.GrantService;
import org.firstmile.grant.service.GrantSummary;
import org.firstmile.milestone.service.MilestoneRow;
import org.firstmile.milestone.service.MilestoneService;

/**
 * The staff start page: my grants, milestones due in the next 30 days, overdue milestones, recently done. Each list
 * shows its first few (the most overdue, the next due, the latest grants) with the total beside it, so the page
 * costs the same for ten grants or twenty thousand.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int DUE_WINDOW_DAYS = 30;
    /** How many grants the dashboard lists; the grants page lists them all. */
    public static final int GRANTS_SHOWN = 10;

    @Inject
    transient GrantService grantService;

    @Inject
    transient MilestoneService milestoneService;

    @Inject
    transient DashboardService dashboardService;

    @Inject
    transient SecurityContext security;

    private boolean allGrants;
    private List<GrantSummary> grants;
    private List<MilestoneRow> dueSoon;
    private List<MilestoneRow> overdue;
    private List<MilestoneRow> recentlyDone;
    private DashboardCounts counts;

    /** Called by the page's viewAction, and again when the scope changes between my grants and all grants. */
    public void load() {
        String manager = allGrants ? null : security.getCallerPrincipal().getName();
        grants = grantService.list(manager, GRANTS_SHOWN);
        dueSoon = milestoneService.dueWithin(DUE_WINDOW_DAYS, manager);
        overdue = milestoneService.overdue(manager);
        recentlyDone = milestoneService.recentlyDone(manager);
        counts = dashboardService.counts(manager, DUE_WINDOW_DAYS);
    }

    /** How many grants, overdue milestones and milestones due soon there are in all, beyond those listed. */
    public DashboardCounts getCounts() {
        return counts;
    }

    public boolean isAllGrants() {
        return allGrants;
    }

    public void setAllGrants(boolean allGrants) {
        this.allGrants = allGrants;
    }

    public List<GrantSummary> getGrants() {
        return grants;
    }

    public List<MilestoneRow> getDueSoon() {
        return dueSoon;
    }

    public List<MilestoneRow> getOverdue() {
        return overdue;
    }

    public List<MilestoneRow> getRecentlyDone() {
        return recentlyDone;
    }

    public int getDueWindowDays() {
        return DUE_WINDOW_DAYS;
    }
}
