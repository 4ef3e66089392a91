package org.firstmile.identity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.platform.error.BusinessException;
import org.junit.jupiter.api.Test;

class AppUserTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Organisation FUNDER = new Organisation("A funder", "GB-GOR-PB1", OrganisationType.FUNDER, NOW);
    private static final Organisation PARTNER = new Organisation("A partner", "GB-CHC-1", OrganisationType.PARTNER, NOW);
    private static final Organisation GRANTEE = new Organisation("A grantee", "GB-CHC-2", OrganisationType.GRANTEE, NOW);

    @Test
    void aUserNeedsAtLeastOneRole() {
        assertThatThrownBy(() -> AppUser.checkFits(EnumSet.noneOf(Role.class), GRANTEE))
                .isInstanceOf(BusinessException.class).hasMessage("Choose at least one role.");
    }

    @Test
    void funderMustBelongToAFunderOrganisation() {
        assertThatCode(() -> AppUser.checkFits(EnumSet.of(Role.FUNDER), FUNDER)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AppUser.checkFits(EnumSet.of(Role.FUNDER), null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("funder organisation");
        assertThatThrownBy(() -> AppUser.checkFits(EnumSet.of(Role.FUNDER), PARTNER))
                .isInstanceOf(BusinessException.class).hasMessageContaining("funder organisation");
    }

    @Test
    void partnerMustBelongToAPartnerOrganisation() {
        assertThatCode(() -> AppUser.checkFits(EnumSet.of(Role.PARTNER), PARTNER)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AppUser.checkFits(EnumSet.of(Role.PARTNER), GRANTEE))
                .isInstanceOf(BusinessException.class).hasMessageContaining("partner organisation");
    }

    @Test
    void nobodyIsBothFunderAndPartner() {
        assertThatThrownBy(() -> AppUser.checkFits(EnumSet.of(Role.FUNDER, Role.PARTNER), FUNDER))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void staffAndAdministratorsMayBelongToAnyOrganisationOrNone() {
        assertThatCode(() -> AppUser.checkFits(EnumSet.of(Role.STAFF, Role.ADMIN), null)).doesNotThrowAnyException();
        assertThatCode(() -> AppUser.checkFits(EnumSet.of(Role.STAFF), GRANTEE)).doesNotThrowAnyException();
    }

    @Test
    void describingAUserReplacesNameEmailRolesAndOrganisation() {
        AppUser user = new AppUser("someone", "Some One", null, "hash", EnumSet.of(Role.STAFF), GRANTEE, NOW);
        user.describe("  Someone Else ", " ", EnumSet.of(Role.PARTNER), PARTNER);

        assertThat(user.getDisplayName()).isEqualTo("Someone Else");
        assertThat(user.getEmail()).isNull();
        assertThat(user.getRoles()).containsExactly(Role.PARTNER);
        assertThat(user.getOrganisation()).isSameAs(PARTNER);
    }

    @Test
    void describingAUserWithRolesThatDoNotFitChangesNothing() {
        AppUser user = new AppUser("someone", "Some One", null, "hash", EnumSet.of(Role.STAFF), GRANTEE, NOW);
        assertThatThrownBy(() -> user.describe("Other", null, EnumSet.of(Role.FUNDER), GRANTEE))
                .isInstanceOf(BusinessException.class);
        assertThat(user.getDisplayName()).isEqualTo("Some One");
        assertThat(user.getRoles()).containsExactly(Role.STAFF);
    }
}
