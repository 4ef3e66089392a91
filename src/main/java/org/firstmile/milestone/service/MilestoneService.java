package org.firstmile.milestone.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.firstmile.audit.model.AuditAction;
import org.firstmile.audit.service.AuditTrail;
import org.firstmile.grant.model.Grant;
import org.firstmile.identity.model.Role;
import org.firstmile.milestone.model.Milestone;
import org.firstmile.milestone.model.MilestoneStatus;
import org.firstmile.milestone.model.MilestoneUpdate;
import org.firstmile.platform.error.EditConflictException;
import org.firstmile.platform.error.NotFoundException;

/** Use cases of milestones for programme staff: plan one, log an update, list what is due and overdue. */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
public class MilestoneService {

    /** How many milestones each dashboard list shows; the dashboard gives the totals beside them. */
    public static final int DASHBOARD_LIMIT = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    MilestoneReader reader;

    @Resource
    SessionContext session;

    public Milestone plan(long grantId, @NotNull @Valid MilestoneForm form) {
        Grant grant = em.find(Grant.class, grantId);
        if (grant == null) {
            throw new NotFoundException("grant", grantId);
        }
        Milestone milestone = Milestone.plan(grant, form.getTitle(), form.getDescription(), form.getDueDate(),
                form.getOwner(), caller(), clock.instant());
        em.persist(milestone);
        audit.created(milestone);
        return milestone;
    }

    public MilestoneUpdate logUpdate(@NotNull @Valid MilestoneUpdateForm form) {
        Milestone milestone = em.find(Milestone.class, form.getMilestoneId());
        if (milestone == null) {
            throw new NotFoundException("milestone", form.getMilestoneId());
        }
        EditConflictException.check("milestone", form.getVersion(), milestone.getVersion());
        Map<String, String> before = milestone.auditState();
        MilestoneStatus statusBefore = milestone.getStatus();
        MilestoneUpdate update = milestone.record(form.toChange(), caller(), clock.instant(), LocalDate.now(clock));
        audit.changed(milestone, before, milestone.getStatus() == statusBefore ? AuditAction.UPDATED
                : AuditAction.STATUS_CHANGED);
        return update;
    }

    public List<MilestoneRow> forGrant(long grantId) {
        return reader.forGrant(grantId);
    }

    /** The log of one milestone, newest first. */
    public List<MilestoneUpdate> history(long milestoneId) {
        return em.createQuery("SELECT u FROM MilestoneUpdate u WHERE u.milestone.id = :milestone "
                + "ORDER BY u.changedAt DESC, u.id DESC", MilestoneUpdate.class)
                .setParameter("milestone", milestoneId).getResultList();
    }

    /** Milestones not yet done that fall due from today to {@code days} days ahead, in grants of {@code manager}. */
    public List<MilestoneRow> dueWithin(int days, String manager) {
        LocalDate today = LocalDate.now(clock);
        if (manager != null) {
            return managed("m.status <> 'DONE' AND m.due_date BETWEEN ?2 AND ?3", "due_date", "", manager,
                    Date.valueOf(today), Date.valueOf(today.plusDays(days)));
        }
        return rows(all("m.status <> :done AND m.dueDate BETWEEN :from AND :to", "m.dueDate, m.id")
                .setParameter("done", MilestoneStatus.DONE).setParameter("from", today)
                .setParameter("to", today.plusDays(days)).getResultList());
    }

    /** Milestones whose due date has passed without being done, in grants of {@code manager}, oldest first. */
    public List<MilestoneRow> overdue(String manager) {
        LocalDate today = LocalDate.now(clock);
        if (manager != null) {
            return managed("m.status <> 'DONE' AND m.due_date < ?2", "due_date", "", manager, Date.valueOf(today));
        }
        return rows(all("m.status <> :done AND m.dueDate < :today", "m.dueDate, m.id")
                .setParameter("done", MilestoneStatus.DONE).setParameter("today", today).getResultList());
    }

    /** Recently completed milestones in grants of {@code manager}, newest first. */
    public List<MilestoneRow> recentlyDone(String manager) {
        if (manager != null) {
            return managed("m.status = 'DONE'", "completed_on", " DESC", manager);
        }
        return rows(all("m.status = :done", "m.completedOn DESC, m.id DESC")
                .setParameter("done", MilestoneStatus.DONE).getResultList());
    }

    /** A dashboard query over all grants: walking the global due-date or done index is the cheapest way there. */
    private TypedQuery<Object[]> all(String where, String orderBy) {
        return em.createQuery(MilestoneRow.SELECT + " WHERE " + where + " ORDER BY " + orderBy, Object[].class)
                .setMaxResults(DASHBOARD_LIMIT);
    }

    /**
     * A dashboard query for the grants {@code manager} manages, ordered by {@code column} then id, driven from those
     * grants so that its cost follows them rather than the portfolio (filtering the global index walk by manager reads
     * thousands of entries). Each grant gives the keys of its first few from an index alone (milestone_open_idx,
     * milestone_grant_done_idx); only the first few of those are then read in full. The statuses are literals so
     * that the partial indexes match. Rows, order and values are those of {@link #all} with a manager condition.
     */
    private List<MilestoneRow> managed(String where, String column, String direction, String manager, Date... dates) {
        String orderBy = " ORDER BY m." + column + direction + ", m.id" + direction;
        String firstFew = orderBy + " LIMIT " + DASHBOARD_LIMIT;
        Query query = em.createNativeQuery("SELECT " + MilestoneRow.SQL_COLUMNS + " FROM (SELECT m.id "
                + "FROM grant_award g CROSS JOIN LATERAL (SELECT m.id, m." + column + " FROM milestone m "
                + "WHERE m.grant_id = g.id AND " + where + firstFew + ") m WHERE g.manager = ?1" + firstFew + ") listed "
                + "JOIN milestone m ON m.id = listed.id JOIN grant_award g ON g.id = m.grant_id" + orderBy)
                .setParameter(1, manager);
        for (int i = 0; i < dates.length; i++) {
            query.setParameter(i + 2, dates[i]);
        }
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> MilestoneRow.ofSql(row, today)).toList();
    }

    private List<MilestoneRow> rows(List<Object[]> rows) {
        LocalDate today = LocalDate.now(clock);
        return rows.stream().map(row -> MilestoneRow.of(row, today)).toList();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
