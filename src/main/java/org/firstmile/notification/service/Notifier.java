package org.firstmile.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Tells a person something once: a notification for the application and, when they have an e-mail address, its
 * e-mail in the outbox, in the caller's transaction. The unique (recipient, key) row decides "once": a second call
 * with the same key, from this instance or another at the same moment, inserts nothing and returns false.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifier {

    public static final int SUBJECT_MAX = 300;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** True when this call told them; false when they had been told already or are not an active user. */
    public boolean tell(String username, String key, String subject, String body, String link) {
        List<?> emails = em.createNativeQuery("SELECT coalesce(email, '') FROM app_user WHERE username = ? AND enabled")
                .setParameter(1, username).getResultList();
        if (emails.isEmpty()) {
            return false;
        }
        String title = subject.length() <= SUBJECT_MAX ? subject : subject.substring(0, SUBJECT_MAX - 1) + "\u2026";
        Timestamp now = Timestamp.from(clock.instant());
        List<?> ids = em.createNativeQuery("INSERT INTO notification (recipient, item_key, subject, body, link, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (recipient, item_key) DO NOTHING RETURNING id")
                .setParameter(1, username).setParameter(2, key).setParameter(3, title).setParameter(4, body)
                .setParameter(5, link).setParameter(6, now).getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        String email = (String) emails.get(0);
        if (!email.isBlank()) {
            em.createNativeQuery("INSERT INTO outbox_message (notification_id, to_address, subject, body, status, "
                    + "created_at) VALUES (?, ?, ?, ?, 'PENDING', ?)").setParameter(1, ((Number) ids.get(0)).longValue())
                    .setParameter(2, email).setParameter(3, title).setParameter(4, body + FOOTER).setParameter(5, now)
                    .executeUpdate();
        }
        return true;
    }

    private static final String FOOTER = "\n\n--\nSent by FirstMile. Sign in to see your reminders and the records "
            + "they are about.";
}
