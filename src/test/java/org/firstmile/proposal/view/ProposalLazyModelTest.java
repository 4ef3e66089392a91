package org.firstmile.proposal.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.firstmile.platform.faces.AppInfo;
import org.firstmile.proposal.model.ProposalStatus;
import org.firstmile.proposal.service.ProposalQuery;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.MatchMode;

/** How the proposals table's filters become the service's query. */
class ProposalLazyModelTest {

    private final ProposalLazyModel model = new ProposalLazyModel(null, null);

    @Test
    void eachStatusFilterOptionFiltersByItsStatus() {
        new AppInfo().getProposalStatusFilter().forEach(option ->
                assertThat(statusFor(option.getValue())).isEqualTo(ProposalStatus.valueOf((String) option.getValue())));
        assertThat(new AppInfo().getProposalStatusFilter()).hasSize(ProposalStatus.values().length);
    }

    @Test
    void theOptionsAreLabelledInWords() {
        assertThat(new AppInfo().getProposalStatusFilter()).extracting(option -> option.getLabel())
                .contains("Invited to apply", "Under review", "Awarded");
    }

    @Test
    void anyStatusAndANameThatIsNoStatusFilterNothing() {
        assertThat(statusFor(null)).isNull();
        assertThat(statusFor("")).isNull();
        assertThat(statusFor("NOT_A_STATUS")).isNull();
        assertThat(statusFor("awarded")).isNull();
    }

    @Test
    void theStatusItselfIsTakenAsItIs() {
        assertThat(statusFor(ProposalStatus.DECLINED)).isEqualTo(ProposalStatus.DECLINED);
    }

    private ProposalStatus statusFor(Object filterValue) {
        FilterMeta filter = FilterMeta.builder().field("status").filterValue(filterValue).matchMode(MatchMode.EXACT)
                .build();
        ProposalQuery query = model.query(Map.of("status", filter), Map.of());
        return query.status();
    }
}
