package org.firstmile.grant.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.ForbiddenException;
import java.util.List;
import org.firstmile.funder.service.FunderPortalService;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.service.GrantQuery;
import org.firstmile.grant.service.GrantService;
import org.firstmile.grant.service.GrantSummary;
import org.firstmile.identity.model.Role;

/**
 * Which service answers an API caller about grants: staff's for staff (every grant), the funder portal's for a
 * funder (their own funds' grants; another's is not found). Partners see programmes, not grants, so grants are
 * refused to them, as the grant pages are.
 */
@RequestScoped
public class GrantAccess {

    @Inject
    SecurityContext security;

    @Inject
    GrantService staff;

    @Inject
    FunderPortalService funder;

    /** A page of the grants the caller may see, and how many they may see in all. */
    public record Page(List<GrantSummary> grants, long total) {
    }

    /** The grants the caller may see, newest start first: {@code size} of them from {@code first}. */
    public Page grants(int first, int size) {
        GrantQuery all = GrantQuery.all();
        if (isStaff()) {
            return new Page(staff.page(all, first, size), staff.count(all));
        }
        if (security.isCallerInRole(Role.FUNDER_NAME)) {
            return new Page(funder.myGrantsPage(all, first, size), funder.countMyGrants(all));
        }
        throw new ForbiddenException();
    }

    /** The grant, if the caller may see it; a grant they may not see is not found. */
    public Grant grant(long id) {
        if (isStaff()) {
            return staff.get(id);
        }
        if (security.isCallerInRole(Role.FUNDER_NAME)) {
            return funder.grant(id).grant();
        }
        throw new ForbiddenException();
    }

    public boolean isStaff() {
        return security.isCallerInRole(Role.STAFF_NAME) || security.isCallerInRole(Role.ADMIN_NAME);
    }

    public boolean isFunder() {
        return security.isCallerInRole(Role.FUNDER_NAME);
    }
}
