package org.firstmile.partner.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.firstmile.partner.service.PartnerReviewService;
import org.firstmile.partner.service.ReportingRow;

/** Who has and has not reported for the current period, across all programmes. */
@Named
@RequestScoped
public class ReviewListView {

    @Inject
    PartnerReviewService partners;

    private List<ReportingRow> rows;

    @PostConstruct
    void load() {
        rows = partners.currentReporting();
    }

    public List<ReportingRow> getRows() {
        return rows;
    }

    public long getReportedCount() {
        return rows.stream().filter(ReportingRow::hasReported).count();
    }
}
