package org.firstmile.organisation.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.organisation.service.OrganisationQuery;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.MatchMode;

/** How the organisations table's filters become the service's query. */
class OrganisationLazyModelTest {

    private final OrganisationLazyModel model = new OrganisationLazyModel(null, null);

    @Test
    void eachPartFilterOptionFiltersByItsPart() {
        assertThat(new OrganisationAdminView().getTypeFilter()).extracting(option -> option.getLabel())
                .containsExactly("Funder", "Grantee", "Partner");
        new OrganisationAdminView().getTypeFilter().forEach(option -> assertThat(typeFor(option.getValue()))
                .isEqualTo(OrganisationType.valueOf((String) option.getValue())));
    }

    @Test
    void anyPartAndANameThatIsNoPartFilterNothing() {
        assertThat(typeFor(null)).isNull();
        assertThat(typeFor("")).isNull();
        assertThat(typeFor("funder")).isNull();
        assertThat(typeFor("BANK")).isNull();
    }

    @Test
    void unsortedIsByNameAscending() {
        OrganisationQuery query = model.query(Map.of(), Map.of());
        assertThat(query).isEqualTo(OrganisationQuery.all());
    }

    private OrganisationType typeFor(Object value) {
        return model.query(Map.of("type", FilterMeta.builder().field("type").filterValue(value)
                .matchMode(MatchMode.EXACT).build()), Map.of()).type();
    }
}
