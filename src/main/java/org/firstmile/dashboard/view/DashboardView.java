package org.firstmile.dashboard.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.firstmile.grant.service.GrantService;
import org.firstmile.grant.service.GrantSummary;
import org.firstmile.milestone.service.MilestoneRow;
import org.firstmile.milestone.service.MilestoneService;

/** The staff start page: my grants, milestones due in the next 30 days, overdue milestones, recently done. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int DUE_WINDOW_DAYS = 30;

    @Inject
    transient GrantService grantService;

    @Inject
    transient MilestoneService milestoneService;

    @Inject
    transient SecurityContext security;

    private boolean allGrants;
    private List<GrantSummary> grants;
    private List<MilestoneRow> dueSoon;
    private List<MilestoneRow> overdue;
    private List<MilestoneRow> recentlyDone;

    /** Called by the page's viewAction, and again when the scope changes between my grants and all grants. */
    public void load() {
        String manager = allGrants ? null : security.getCallerPrincipal().getName();
        grants = grantService.list(manager);
        dueSoon = milestoneService.dueWithin(DUE_WINDOW_DAYS, manager);
        overdue = milestoneService.overdue(manager);
        recentlyDone = milestoneService.recentlyDone(manager);
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
