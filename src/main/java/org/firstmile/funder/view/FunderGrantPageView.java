package org.firstmile.funder.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;
import org.firstmile.finance.service.GrantFinance;
import org.firstmile.funder.service.FunderGrantView;
import org.firstmile.funder.service.FunderPortalService;
import org.firstmile.report.service.ReportSummary;
import org.firstmile.milestone.view.MilestoneTimeline;
import org.firstmile.outcome.service.IndicatorRow;
import org.firstmile.outcome.view.ProgressChart;
import org.firstmile.platform.faces.RecordIds;
import org.primefaces.model.timeline.TimelineModel;

/**
 * One of the funder's grants, read-only: progress, milestones on a timeline, partner highlights. The page posts
 * nothing back (it has no form), so the bean lives for the request: a view-scoped one was stored in the session
 * for every page view.
 */
@Named
@RequestScoped
public class FunderGrantPageView {

    @Inject
    FunderPortalService portal;

    private String idParam;
    private FunderGrantView view;
    private TimelineModel<String, Object> timeline;

    public void load() {
        view = portal.grant(RecordIds.parse("grant", idParam));
        timeline = MilestoneTimeline.of(view.milestones());
    }

    public LocalDateTime getTimelineStart() {
        return view.grant().getPlannedStart().minusMonths(1).atStartOfDay();
    }

    public LocalDateTime getTimelineEnd() {
        return view.grant().getPlannedEnd().plusMonths(1).atStartOfDay();
    }

    /** The Chart.js bar chart of one indicator, as on the staff's indicators page. */
    public String chartJson(IndicatorRow row) {
        return ProgressChart.of(row);
    }

    /** The chart's figures in words: its text alternative. */
    public String chartDescription(IndicatorRow row) {
        return ProgressChart.describe(row);
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public FunderGrantView getView() {
        return view;
    }

    public GrantFinance getFinance() {
        return view.finance();
    }

    public TimelineModel<String, Object> getTimeline() {
        return timeline;
    }

    /** The versions published to this funder, newest first. */
    public List<ReportSummary> getReports() {
        return view.reports();
    }
}
