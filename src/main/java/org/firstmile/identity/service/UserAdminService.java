package org.firstmile.identity.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import org.firstmile.audit.model.AuditAction;
import org.firstmile.audit.service.AuditTrail;
import org.firstmile.identity.model.AppUser;
import org.firstmile.identity.model.PasswordPolicy;
import org.firstmile.identity.model.Role;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.platform.error.EditConflictException;
import org.firstmile.platform.error.NotFoundException;

/**
 * Administrators manage user accounts: create, describe (name, roles, organisation), reset a password, disable.
 * An administrator cannot lock themselves out: they cannot disable their own account or drop their own ADMIN role.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdminService {

    /** The most users a page of the users page holds, whatever a request asks for. */
    public static final int PAGE_LIMIT = 100;
    private static final String WHAT = "user";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    /** How many users match: the users page, which shows them a page at a time. */
    public long count(UserQuery query) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(u)" + UserQuery.FROM + query.where(), Long.class);
        query.bind(count);
        return count.getSingleResult();
    }

    /**
     * The matching users from {@code first}, at most {@code size} (up to {@link #PAGE_LIMIT}), each with their
     * organisation (in the same statement) and their roles (one more statement for the whole page).
     */
    public List<UserRow> page(UserQuery query, int first, int size) {
        TypedQuery<AppUser> page = em.createQuery("SELECT u" + UserQuery.FROM + query.where() + query.orderBy(),
                AppUser.class);
        query.bind(page);
        return page.setHint(QueryHints.LEFT_FETCH, "u.organisation").setHint(QueryHints.BATCH, "u.roles")
                .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), PAGE_LIMIT)).getResultList().stream().map(UserRow::of)
                .toList();
    }

    public UserForm get(long id) {
        return UserForm.of(find(id));
    }

    public AppUser create(@NotNull @Valid UserForm form) {
        PasswordPolicy.check(form.getPassword());
        long taken = em.createQuery("SELECT COUNT(u) FROM AppUser u WHERE u.username = :name", Long.class)
                .setParameter("name", form.getUsername()).getSingleResult();
        if (taken > 0) {
            throw new BusinessException("The username \u201c" + form.getUsername() + "\u201d is taken. Choose another.");
        }
        AppUser user = new AppUser(form.getUsername(), form.getDisplayName().strip(), form.getEmail(),
                hashing.hash(form.getPassword().toCharArray()), form.roleSet(), organisation(form), clock.instant());
        em.persist(user);
        audit.created(user);
        return user;
    }

    public AppUser update(@NotNull @Valid UserForm form) {
        AppUser user = find(form.getId());
        EditConflictException.check(WHAT, form.getVersion(), user.getVersion());
        Set<Role> roles = form.roleSet();
        if (isCaller(user) && !roles.contains(Role.ADMIN)) {
            throw new BusinessException("You cannot remove your own administrator role. Ask another administrator.");
        }
        Map<String, String> before = user.auditState();
        user.describe(form.getDisplayName(), form.getEmail(), roles, organisation(form));
        audit.changed(user, before, AuditAction.UPDATED);
        return user;
    }

    public AppUser resetPassword(long id, int version, String newPassword) {
        PasswordPolicy.check(newPassword);
        AppUser user = find(id);
        EditConflictException.check(WHAT, version, user.getVersion());
        user.changePasswordHash(hashing.hash(newPassword.toCharArray()));
        audit.noted(user, AuditAction.UPDATED, "Password", "reset by an administrator");
        return user;
    }

    public AppUser setEnabled(long id, int version, boolean enabled) {
        AppUser user = find(id);
        EditConflictException.check(WHAT, version, user.getVersion());
        if (!enabled && isCaller(user)) {
            throw new BusinessException("You cannot disable your own account. Ask another administrator.");
        }
        Map<String, String> before = user.auditState();
        user.setEnabled(enabled);
        audit.changed(user, before, AuditAction.STATUS_CHANGED);
        return user;
    }

    private boolean isCaller(AppUser user) {
        return user.getUsername().equals(session.getCallerPrincipal().getName());
    }

    private AppUser find(Long id) {
        AppUser user = id == null ? null : em.find(AppUser.class, id);
        if (user == null) {
            throw new NotFoundException(WHAT, id);
        }
        return user;
    }

    private Organisation organisation(UserForm form) {
        if (form.getOrganisationId() == null) {
            return null;
        }
        Organisation organisation = em.find(Organisation.class, form.getOrganisationId());
        if (organisation == null) {
            throw new BusinessException("The organisation no longer exists. Choose another one.");
        }
        return organisation;
    }
}
