package org.firstmile.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Facts about the signed-in person that services scope by, read from the users table. */
@ApplicationScoped
public class Callers {

    @PersistenceContext
    EntityManager em;

    /** The id of the organisation the user acts for, or null when they belong to none. */
    public Long organisationOf(String username) {
        return em.createQuery("SELECT u.organisation.id FROM AppUser u WHERE u.username = :name", Long.class)
                .setParameter("name", username).getResultStream().findFirst().orElse(null);
    }

    /** Whether the user may still act: false once an administrator disabled them, or when they no longer exist. */
    public boolean isEnabled(String username) {
        return em.createQuery("SELECT u.enabled FROM AppUser u WHERE u.username = :name", Boolean.class)
                .setParameter("name", username).getResultStream().findFirst().orElse(false);
    }
}
