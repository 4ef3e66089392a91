package org.firstmile.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Facts about the signed-in person that services scope by and every request checks, read from the users table. */
@ApplicationScoped
public class Callers {

    @PersistenceContext
    EntityManager em;

    /** The id of the organisation the user acts for, or null when they belong to none. */
    public Long organisationOf(String username) {
        return em.createQuery("SELECT u.organisation.id FROM AppUser u WHERE u.username = :name", Long.class)
                .setParameter("name", username).getResultStream().findFirst().orElse(null);
    }

    /**
     * Whether the user may still act and how many of their notifications are unread, in one statement: the session
     * check reads it on every request, and the page header then needs no statement (and no connection) of its own.
     */
    public CallerState state(String username) {
        List<?> rows = em.createNativeQuery("SELECT u.enabled, (SELECT count(*) FROM notification n "
                + "WHERE n.recipient = u.username AND n.read_at IS NULL) FROM app_user u WHERE u.username = ?1")
                .setParameter(1, username).getResultList();
        if (rows.isEmpty()) {
            return CallerState.UNKNOWN;
        }
        Object[] row = (Object[]) rows.get(0);
        return new CallerState((Boolean) row[0], ((Number) row[1]).longValue());
    }
}
