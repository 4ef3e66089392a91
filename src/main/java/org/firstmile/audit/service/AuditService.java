package org.firstmile.audit.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import org.firstmile.audit.model.AuditEvent;
import org.firstmile.identity.model.Role;
import org.firstmile.platform.persistence.Like;

/** Reads the audit trail for staff and administrators: a page at a time, filtered, newest first. */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
public class AuditService {

    public static final int MAX_PAGE = 200;

    /** The kinds of record that are audited, for the audit page's filter. */
    public static final List<String> ENTITY_TYPES = List.of("Proposal", "Grant", "Milestone", "Outcome indicator",
            "Outcome actual", "Partner programme", "Partner update", "User", "Organisation", "Fund");

    @PersistenceContext
    EntityManager em;

    public List<AuditEvent> page(AuditQuery query, int first, int pageSize) {
        TypedQuery<AuditEvent> events = em.createQuery("SELECT e FROM AuditEvent e" + where(query)
                + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class);
        bind(events, query);
        return events.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), MAX_PAGE))
                .getResultList();
    }

    public long count(AuditQuery query) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where(query), Long.class);
        bind(count, query);
        return count.getSingleResult();
    }

    private static String where(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        if (query.entityType() != null) {
            conditions.add("e.entityType = :type");
        }
        if (query.actorContains() != null && !query.actorContains().isBlank()) {
            conditions.add("LOWER(e.actor) LIKE :actor");
        }
        if (query.action() != null) {
            conditions.add("e.action = :action");
        }
        if (query.grantId() != null) {
            conditions.add("e.grantId = :grant");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(TypedQuery<?> typed, AuditQuery query) {
        if (query.entityType() != null) {
            typed.setParameter("type", query.entityType());
        }
        if (query.actorContains() != null && !query.actorContains().isBlank()) {
            typed.setParameter("actor", Like.containing(query.actorContains()));
        }
        if (query.action() != null) {
            typed.setParameter("action", query.action());
        }
        if (query.grantId() != null) {
            typed.setParameter("grant", query.grantId());
        }
    }
}
