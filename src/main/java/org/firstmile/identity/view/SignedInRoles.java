package org.firstmile.identity.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.Principal;
import java.util.Map;
import org.firstmile.identity.model.Role;

/**
 * Which parts of the menu the signed-in person sees ({@code #{roles.staff}} and the like), asked of the container
 * once per sign-in instead of on every page: each {@code request.isUserInRole} is a permission check of its own (2%
 * of a page's time for the layout's five). A person's roles are fixed when they sign in ({@code FormSignIn} keeps
 * them in the session), so the answers kept in the session, for that person, cannot go stale. Only the menu uses
 * this; services and URLs check roles themselves.
 */
@Named("roles")
@ApplicationScoped
public class SignedInRoles {

    /** The answers for one person. */
    record Held(String username, boolean staff, boolean admin, boolean funder, boolean partner)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        static final Held NOBODY = new Held(null, false, false, false, false);
    }

    static final String SESSION_ATTRIBUTE = SignedInRoles.class.getName();

    /** Programme staff or an administrator: the staff menu. */
    public boolean isStaff() {
        Held held = held();
        return held.staff() || held.admin();
    }

    public boolean isAdmin() {
        return held().admin();
    }

    public boolean isFunder() {
        return held().funder();
    }

    public boolean isPartner() {
        return held().partner();
    }

    private static Held held() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Principal principal = external.getUserPrincipal();
        if (principal == null) {
            return Held.NOBODY;
        }
        Map<String, Object> session = external.getSessionMap();
        if (session.get(SESSION_ATTRIBUTE) instanceof Held held && principal.getName().equals(held.username())) {
            return held;
        }
        Held held = new Held(principal.getName(), external.isUserInRole(Role.STAFF_NAME),
                external.isUserInRole(Role.ADMIN_NAME), external.isUserInRole(Role.FUNDER_NAME),
                external.isUserInRole(Role.PARTNER_NAME));
        session.put(SESSION_ATTRIBUTE, held);
        return held;
    }
}
