package org.firstmile.organisation.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.firstmile.organisation.model.OrganisationType;
import org.junit.jupiter.api.Test;

/** The organisations page's query: a condition for each filter given, and only its own columns to sort by. */
class OrganisationQueryTest {

    @Test
    void noFilterListsEveryOrganisationByName() {
        assertThat(OrganisationQuery.all().where()).isEmpty();
        assertThat(OrganisationQuery.all().orderBy()).isEqualTo(" ORDER BY o.name ASC, o.id ASC");
        assertThat(new OrganisationQuery(" ", "", null, null, true).where()).as("blank filters").isEmpty();
    }

    @Test
    void eachFilterAddsItsCondition() {
        assertThat(new OrganisationQuery("trust", "gb-chc", OrganisationType.FUNDER, "name", true).where())
                .isEqualTo(" WHERE LOWER(o.name) LIKE :name AND LOWER(o.orgId) LIKE :orgId AND o.type = :type");
    }

    @Test
    void aSortableColumnSortsEitherWayAndAnyOtherFieldFallsBackToTheName() {
        assertThat(new OrganisationQuery(null, null, null, "orgId", false).orderBy())
                .isEqualTo(" ORDER BY o.orgId DESC, o.id DESC");
        assertThat(new OrganisationQuery(null, null, null, "o.id; DROP TABLE organisation", true).orderBy())
                .isEqualTo(OrganisationQuery.all().orderBy());
    }
}
