package org.firstmile.identity.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.firstmile.identity.model.Role;
import org.firstmile.identity.service.UserQuery;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.MatchMode;

/** How the users table's filters become the service's query. */
class UserLazyModelTest {

    private final UserLazyModel model = new UserLazyModel(null, null);

    @Test
    void eachRoleFilterOptionFiltersByItsRole() {
        assertThat(new UserAdminView().getRoleFilter()).extracting(option -> option.getLabel())
                .containsExactly("ADMIN", "STAFF", "FUNDER", "PARTNER");
        new UserAdminView().getRoleFilter().forEach(option -> assertThat(roleFor(option.getValue()))
                .isEqualTo(Role.valueOf((String) option.getValue())));
    }

    @Test
    void anyRoleAndANameThatIsNoRoleFilterNothing() {
        assertThat(roleFor(null)).isNull();
        assertThat(roleFor("")).isNull();
        assertThat(roleFor("admin")).isNull();
        assertThat(roleFor("ROOT")).isNull();
    }

    @Test
    void unsortedIsByUsernameAscending() {
        assertThat(model.query(Map.of(), Map.of())).isEqualTo(UserQuery.all());
    }

    private Role roleFor(Object value) {
        return model.query(Map.of("roles", FilterMeta.builder().field("roles").filterValue(value)
                .matchMode(MatchMode.EXACT).build()), Map.of()).role();
    }
}
