package org.firstmile.dashboard.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.firstmile.dashboard.service.Dashboard;
import org.firstmile.dashboard.service.DashboardCounts;
import org.firstmile.dashboard.service.DashboardService;
import org.firstmile.grant.service.GrantSummary;
import org.firstmile.milestone.service.MilestoneRow;

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
    transient DashboardService dashboardService;

    @Inject
    transient SecurityContext security;

    private boolean allGrants;
    private Dashboard dashboard;

    /** Called by the page's viewAction, and again when the scope changes between my grants and all grants. */
    public void load() {
        String manager = allGrants ? null : security.getCallerPrincipal().getName();
        dashboard = dashboardService.dashboard(manager, DUE_WINDOW_DAYS, GRANTS_SHOWN);
    }

    /** How many grants, overdue milestones and milestones due soon there are in all, beyond those listed. */
    private DashboardCounts counts() {
        return dashboard.counts();
    }

    public boolean isAllGrants() {
        return allGrants;
    }

    public void setAllGrants(boolean allGrants) {
        this.allGrants = allGrants;
    }

    public List<GrantSummary> getGrants() {
        return dashboard.grants();
    }

    public List<MilestoneRow> getDueSoon() {
        return dashboard.dueSoon();
    }

    public List<MilestoneRow> getOverdue() {
        return dashboard.overdue();
    }

    public List<MilestoneRow> getRecentlyDone() {
        return dashboard.recentlyDone();
    }

    // The totals as the page prints them, and whether a list shows only the first of more: properties, so that the
    // page reads them without an EL method call (which looks its method up again on every use).

    public String getGrantsShown() {
        return counts().grantsShown();
    }

    public String getOverdueShown() {
        return counts().overdueShown();
    }

    public String getDueSoonShown() {
        return counts().dueSoonShown();
    }

    public boolean isMoreGrants() {
        return counts().grants() > getGrants().size();
    }

    public boolean isMoreOverdue() {
        return counts().overdue() > getOverdue().size();
    }

    public boolean isMoreDueSoon() {
        return counts().dueSoon() > getDueSoon().size();
    }

    public int getDueWindowDays() {
        return DUE_WINDOW_DAYS;
    }
}
