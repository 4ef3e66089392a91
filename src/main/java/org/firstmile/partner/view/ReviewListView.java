package org.firstmile.partner.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.firstmile.partner.model.PartnerUpdateStatus;
import org.firstmile.partner.service.PartnerReviewService;
import org.firstmile.partner.service.ReportingSummary;

/**
 * Who has and has not reported for the current period, across all programmes: the totals, and a lazy table with
 * filters, sorting and paging.
 */
@Named
@ViewScoped
public class ReviewListView implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The status filter: "Not started" (no update in the period yet), then each status, with the names as values
     * (the model takes the name as it comes, as the proposals list does), built once.
     */
    private static final List<SelectItem> STATUS_FILTER = Stream.concat(
            Stream.of(new SelectItem(ReviewLazyModel.NOT_STARTED, "Not started")),
            Arrays.stream(PartnerUpdateStatus.values()).map(status -> new SelectItem(status.name(), status.label())))
            .toList();

    @Inject
    transient PartnerReviewService partners;

    private ReviewLazyModel model;
    private ReportingSummary summary;

    @PostConstruct
    void init() {
        model = new ReviewLazyModel(query -> partners.countReporting(query),
                (query, first, size) -> partners.reportingPage(query, first, size));
        summary = partners.reportingSummary();
    }

    public ReviewLazyModel getModel() {
        return model;
    }

    public List<SelectItem> getStatusFilter() {
        return STATUS_FILTER;
    }

    public ReportingSummary getSummary() {
        return summary;
    }
}
