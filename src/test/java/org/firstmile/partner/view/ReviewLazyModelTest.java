package org.firstmile.partner.view;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.model.SelectItem;
import java.util.Map;
import org.firstmile.partner.model.PartnerUpdateStatus;
import org.firstmile.partner.service.ReviewQuery;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.MatchMode;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** How the staff's list of who has reported turns its filters and sort into the service's query. */
class ReviewLazyModelTest {

    private final ReviewLazyModel model = new ReviewLazyModel(null, null);

    @Test
    void notStartedAndEachStatusAreOptionsInWordsThatFilterByThemselves() {
        assertThat(new ReviewListView().getStatusFilter()).extracting(SelectItem::getLabel)
                .containsExactly("Not started", "Draft", "Submitted", "Accepted", "Returned with feedback");
        ReviewQuery notStarted = statusFilter(ReviewLazyModel.NOT_STARTED);
        assertThat(notStarted.notStarted()).isTrue();
        assertThat(notStarted.status()).isNull();
        for (PartnerUpdateStatus status : PartnerUpdateStatus.values()) {
            ReviewQuery query = statusFilter(status.name());
            assertThat(query.status()).isEqualTo(status);
            assertThat(query.notStarted()).isFalse();
        }
    }

    @Test
    void anyStatusAndANameThatIsNoStatusFilterNothing() {
        for (Object value : new Object[] {null, "", "NOT_A_STATUS", "submitted"}) {
            ReviewQuery query = statusFilter(value);
            assertThat(query.status()).isNull();
            assertThat(query.notStarted()).isFalse();
        }
    }

    @Test
    void theTextFiltersAndTheSortGoToTheirColumns() {
        ReviewQuery query = model.query(Map.of(
                "programmeName", text("programmeName", "roots"),
                "partnerName", text("partnerName", "centre"),
                "grantTitle", text("grantTitle", "collective")),
                Map.of("partnerName", SortMeta.builder().field("partnerName").order(SortOrder.DESCENDING).build()));
        assertThat(query).isEqualTo(new ReviewQuery("roots", "centre", "collective", null, false, "partnerName",
                false));
    }

    @Test
    void unsortedIsTheDefaultOrderAscending() {
        ReviewQuery query = model.query(Map.of(), Map.of());
        assertThat(query.sortField()).isNull();
        assertThat(query.ascending()).isTrue();
    }

    private ReviewQuery statusFilter(Object value) {
        return model.query(Map.of("latestStatus", FilterMeta.builder().field("latestStatus").filterValue(value)
                .matchMode(MatchMode.EXACT).build()), Map.of());
    }

    private static FilterMeta text(String field, String value) {
        return FilterMeta.builder().field(field).filterValue(value).matchMode(MatchMode.CONTAINS).build();
    }
}
