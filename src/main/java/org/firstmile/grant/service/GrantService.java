package org.firstmile.grant.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firstmile.audit.model.AuditAction;
import org.firstmile.audit.service.AuditTrail;
import org.firstmile.grant.model.Award;
import org.firstmile.grant.model.Grant;
import org.firstmile.identity.model.Role;
import org.firstmile.platform.error.EditConflictException;
import org.firstmile.platform.error.NotFoundException;
import org.firstmile.proposal.model.Proposal;

/** Use cases of grants for programme staff: create one from an award, read one, list them a page at a time. */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
public class GrantService {

    public static final int LIST_LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    GrantNumbering numbering;

    @Inject
    AuditTrail audit;

    /** Called by the proposal service in the same transaction when a proposal is awarded. */
    public Grant createFor(Proposal proposal, AwardForm form, String manager) {
        Award award = new Award(form.getAmountAwarded(), form.getAwardDate(), form.getPlannedStart(),
                proposal.getDurationMonths());
        Grant grant = Grant.award(proposal, numbering.nextIdentifier(), award, manager, numbering.reportDueDays(),
                clock.instant());
        em.persist(grant);
        audit.created(grant);
        return grant;
    }

    /** The grant with its recipient, fund and reporting periods. */
    public Grant get(long id) {
        List<Grant> found = em.createQuery("SELECT g FROM Grant g JOIN FETCH g.recipient JOIN FETCH g.fund "
                + "WHERE g.id = :id", Grant.class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("grant", id);
        }
        Grant grant = found.get(0);
        grant.getPeriods().size();
        return grant;
    }

    /**
     * Publishes the grant in the open (its public page and the public 360Giving export) or takes it back. Audited,
     * and checked against the version the member of staff saw, like any other edit.
     */
    public Grant publishInTheOpen(long id, int version, boolean published) {
        Grant grant = get(id);
        EditConflictException.check("grant", version, grant.getVersion());
        Map<String, String> before = grant.auditState();
        grant.publishInTheOpen(published);
        audit.changed(grant, before, AuditAction.UPDATED);
        return grant;
    }

    public Optional<Long> findIdForProposal(long proposalId) {
        return em.createQuery("SELECT g.id FROM Grant g WHERE g.proposal.id = :proposal", Long.class)
                .setParameter("proposal", proposalId).getResultStream().findFirst();
    }

    /** The {@code limit} grants of {@code manager} (all grants when null) that started most recently. */
    public List<GrantSummary> list(String manager, int limit) {
        String where = manager == null ? "" : " WHERE g.manager = :manager";
        var query = em.createQuery(GrantSummary.SELECT + where + " ORDER BY g.plannedStart DESC, g.id DESC",
                GrantSummary.class);
        if (manager != null) {
            query.setParameter("manager", manager);
        }
        return query.setMaxResults(Math.min(limit, LIST_LIMIT)).getResultList();
    }

    /** The grants page's rows from {@code first}, at most {@code pageSize} (up to {@link #LIST_LIMIT}). */
    public List<GrantSummary> page(GrantQuery query, int first, int pageSize) {
        TypedQuery<GrantSummary> rows = em.createQuery(GrantSummary.SELECT + where(query) + query.orderBy(),
                GrantSummary.class);
        query.bind(rows);
        return rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), LIST_LIMIT))
                .getResultList();
    }

    /** How many grants match. */
    public long count(GrantQuery query) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(g) " + query.countFrom() + where(query), Long.class);
        query.bind(count);
        return count.getSingleResult();
    }

    private static String where(GrantQuery query) {
        List<String> conditions = query.conditions();
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
