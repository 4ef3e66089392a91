package org.firstmile.notification.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.firstmile.identity.model.Role;
import org.firstmile.notification.model.Notification;
import org.firstmile.notification.model.OutboxMessage;

/**
 * A signed-in person's own notifications (always scoped to the caller, whatever they ask), and the outbox, which
 * only administrators read.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME, Role.FUNDER_NAME, Role.PARTNER_NAME})
public class NotificationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** For the header of every page: 0 for a caller without a role (such as mid-way through signing in). */
    @PermitAll
    public long unreadCount() {
        if (Stream.of(Role.ADMIN_NAME, Role.STAFF_NAME, Role.FUNDER_NAME, Role.PARTNER_NAME)
                .noneMatch(session::isCallerInRole)) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient = :me AND n.readAt IS NULL",
                Long.class).setParameter("me", me()).getSingleResult();
    }

    public long countMine() {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient = :me", Long.class)
                .setParameter("me", me()).getSingleResult();
    }

    /** A page of the caller's notifications, newest first. */
    public List<Notification> mine(int first, int size) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient = :me ORDER BY n.createdAt DESC, "
                + "n.id DESC", Notification.class).setParameter("me", me()).setFirstResult(first)
                .setMaxResults(size).getResultList();
    }

    /** Marks all the caller's notifications read; how many were unread. */
    public int markAllRead() {
        return em.createQuery("UPDATE Notification n SET n.readAt = :now, n.version = n.version + 1 "
                + "WHERE n.recipient = :me AND n.readAt IS NULL").setParameter("now", clock.instant())
                .setParameter("me", me()).executeUpdate();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public long countOutbox() {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMessage m", Long.class).getSingleResult();
    }

    /** A page of the outbox, newest first. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<OutboxMessage> outbox(int first, int size) {
        return em.createQuery("SELECT m FROM OutboxMessage m ORDER BY m.createdAt DESC, m.id DESC",
                OutboxMessage.class).setFirstResult(first).setMaxResults(size).getResultList();
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
