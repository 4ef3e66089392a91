package org.firstmile.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Gives the demo logins e-mail addresses at example.org (a domain reserved for examples), so that the reminders and
 * the digest of the demo data set show up in the outbox as well as in the application.
 */
@ApplicationScoped
public class NotificationDemoData {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void load() {
        em.flush();
        for (DemoData.DemoLogin login : DemoData.LOGINS) {
            em.createNativeQuery("UPDATE app_user SET email = ? WHERE username = ? AND email IS NULL")
                    .setParameter(1, login.username() + "@example.org").setParameter(2, login.username())
                    .executeUpdate();
        }
    }
}
