package org.firstmile.grant.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The grants lists' query (the staff's list and the funder's own grants): conditions only for the filters typed, a
 * count that joins the recipient or the fund only when it filters by their names, and an order limited to the
 * sortable columns.
 */
class GrantQueryTest {

    @Test
    void noFilterMeansNoConditionAndACountOfTheGrantsAlone() {
        GrantQuery all = GrantQuery.all();
        assertThat(all.conditions()).isEmpty();
        assertThat(all.countFrom()).isEqualTo("FROM Grant g");
        assertThat(new GrantQuery(" ", "", null, null, true).conditions()).as("blank filters").isEmpty();
    }

    @Test
    void eachFilterAddsItsConditionAndTheCountJoinsWhatItFiltersBy() {
        GrantQuery query = new GrantQuery("roots", "project", "together", null, true);
        assertThat(query.conditions()).containsExactly("LOWER(g.title) LIKE :title", "LOWER(r.name) LIKE :recipient",
                "LOWER(f.title) LIKE :fund");
        assertThat(query.countFrom()).isEqualTo("FROM Grant g JOIN g.recipient r JOIN g.fund f");
        assertThat(new GrantQuery("roots", null, null, null, true).countFrom()).isEqualTo("FROM Grant g");
    }

    @Test
    void newestFirstByDefaultAndOnlySortableColumnsReachTheQuery() {
        assertThat(GrantQuery.all().orderBy()).isEqualTo(" ORDER BY g.plannedStart DESC, g.id DESC");
        assertThat(new GrantQuery(null, null, null, "recipientName", true).orderBy())
                .isEqualTo(" ORDER BY r.name ASC, g.id ASC");
        assertThat(new GrantQuery(null, null, null, "g.id; DELETE FROM grant_award", true).orderBy())
                .isEqualTo(" ORDER BY g.plannedStart ASC, g.id ASC");
    }
}
