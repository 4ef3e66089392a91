package org.firstmile.identity.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.firstmile.identity.model.Role;
import org.junit.jupiter.api.Test;

/** The users page's query: a condition for each filter given, and only its own columns to sort by. */
class UserQueryTest {

    @Test
    void noFilterListsEveryUserByUsername() {
        assertThat(UserQuery.all().where()).isEmpty();
        assertThat(UserQuery.all().orderBy()).isEqualTo(" ORDER BY u.username ASC, u.id ASC");
        assertThat(new UserQuery(" ", "", null, null, null, true).where()).as("blank filters").isEmpty();
    }

    @Test
    void eachFilterAddsItsCondition() {
        assertThat(new UserQuery("it-", "tester", "roots", Role.PARTNER, "username", true).where())
                .isEqualTo(" WHERE LOWER(u.username) LIKE :username AND LOWER(u.displayName) LIKE :name AND "
                        + "LOWER(o.name) LIKE :organisation AND :role MEMBER OF u.roles");
    }

    @Test
    void aSortableColumnSortsEitherWayAndAnyOtherFieldFallsBackToTheUsername() {
        assertThat(new UserQuery(null, null, null, null, "organisationName", false).orderBy())
                .isEqualTo(" ORDER BY o.name DESC, u.id DESC");
        assertThat(new UserQuery(null, null, null, null, "u.passwordHash", true).orderBy())
                .isEqualTo(UserQuery.all().orderBy());
    }
}
