package org.firstmile.partner.view;

import java.util.Map;
import java.util.Optional;
import org.firstmile.partner.model.PartnerUpdateStatus;
import org.firstmile.partner.service.ReportingRow;
import org.firstmile.partner.service.ReviewQuery;
import org.firstmile.platform.faces.LazyQueryPages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** Feeds the staff's list of who has reported one page at a time: a count and a page query, whatever the size. */
public class ReviewLazyModel extends LazyQueryPages<ReportingRow, ReviewQuery> {

    private static final long serialVersionUID = 1L;

    /** The status filter's value for programmes with no update in their current period. */
    public static final String NOT_STARTED = "NOT_STARTED";

    ReviewLazyModel(Count<ReviewQuery> count, Page<ReportingRow, ReviewQuery> page) {
        super(count, page);
    }

    @Override
    protected ReviewQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        Optional<SortMeta> sort = sort(sortBy);
        return new ReviewQuery(text(filterBy, "programmeName"), text(filterBy, "partnerName"),
                text(filterBy, "grantTitle"), choice(filterBy, "latestStatus", PartnerUpdateStatus.class),
                NOT_STARTED.equals(text(filterBy, "latestStatus")),
                sort.map(SortMeta::getField).orElse(null), sort.map(LazyQueryPages::ascending).orElse(true));
    }

    @Override
    protected Object key(ReportingRow row) {
        return row.programmeId();
    }
}
