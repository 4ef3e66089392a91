package org.firstmile.milestone.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/**
 * Use cases of milestones for programme staff: plan one, log an update, read a grant's milestones and their log.
 * The dashboard reads what is due and overdue across grants itself ({@code DashboardService}).
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
public class MilestoneService {

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

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
