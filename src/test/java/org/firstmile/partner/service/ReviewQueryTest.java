package org.firstmile.partner.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The staff's list of who has reported sorts only by its own columns, with the programme's id breaking ties. */
class ReviewQueryTest {

    @Test
    void byDefaultByGrantThenProgrammeThenId() {
        assertThat(ReviewQuery.all().orderBy())
                .isEqualTo(" ORDER BY grant_title ASC, programme_name ASC, programme_id ASC");
    }

    @Test
    void aSortableColumnSortsEitherWayWithTheIdAsTieBreaker() {
        assertThat(sortedBy("reportDue", false).orderBy())
                .isEqualTo(" ORDER BY report_due_date DESC, programme_id DESC");
        assertThat(sortedBy("partnerName", true).orderBy())
                .isEqualTo(" ORDER BY partner_name ASC, programme_id ASC");
    }

    @Test
    void aFieldThatIsNoSortableColumnFallsBackToTheDefaultAndNeverReachesTheSql() {
        assertThat(sortedBy("programme_id; DROP TABLE partner_update", true).orderBy())
                .isEqualTo(ReviewQuery.all().orderBy());
        assertThat(sortedBy("periodName", true).orderBy()).isEqualTo(ReviewQuery.all().orderBy());
    }

    private static ReviewQuery sortedBy(String field, boolean ascending) {
        return new ReviewQuery(null, null, null, null, false, field, ascending);
    }
}
