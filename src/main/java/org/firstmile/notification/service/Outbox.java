package org.firstmile.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.firstmile.notification.model.OutboxMessage;

/**
 * Sends waiting e-mail a few at a time. Rows are locked with SKIP LOCKED, so two instances sending at once take
 * different messages and none is sent twice by them; a message is marked sent in the same transaction.
 */
@ApplicationScoped
public class Outbox {

    public static final int BATCH = 20;

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Mailer mailer;

    /**
     * Sends up to {@link #BATCH} waiting messages after {@code afterId} through {@code settings}; the highest id
     * tried, or -1 when none was waiting. The next batch starts after it, so a failing message is not retried in
     * the same round.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long sendBatch(MailSettings settings, long afterId) {
        List<?> ids = em.createNativeQuery("SELECT id FROM outbox_message WHERE status = 'PENDING' AND id > ? "
                + "ORDER BY id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED").setParameter(1, afterId).getResultList();
        for (Object id : ids) {
            OutboxMessage message = em.find(OutboxMessage.class, ((Number) id).longValue());
            try {
                mailer.send(settings, message.getToAddress(), message.getSubject(), message.getBody(),
                        clock.instant());
                message.sent(clock.instant());
            } catch (MessagingException | RuntimeException e) {
                LOG.warning(() -> "Could not send message " + id + " to " + message.getToAddress() + ": " + e);
                message.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        return ids.stream().mapToLong(id -> ((Number) id).longValue()).max().orElse(-1);
    }
}
