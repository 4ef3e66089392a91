package org.firstmile.partner.service;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.firstmile.audit.model.AuditAction;
import org.firstmile.audit.service.AuditTrail;
import org.firstmile.grant.model.Grant;
import org.firstmile.identity.model.Role;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.outcome.service.OutcomeService;
import org.firstmile.partner.model.PartnerProgramme;
import org.firstmile.partner.model.PartnerUpdate;
import org.firstmile.partner.model.UpdateFigure;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.platform.error.EditConflictException;
import org.firstmile.platform.error.NotFoundException;

/** Staff's side of partners: set up programmes, see who has reported, and accept or return updates. */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
public class PartnerReviewService {

    /** The most programmes a page of the list of who has reported holds, whatever a request asks for. */
    public static final int PAGE_LIMIT = 100;

    private static final String WHAT = "partner update";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    ReportingRows reporting;

    @Inject
    OutcomeService outcomes;

    @Resource
    SessionContext session;

    public List<PartnerProgramme> programmesOf(long grantId) {
        return em.createQuery("SELECT p FROM PartnerProgramme p JOIN FETCH p.organisation JOIN FETCH p.grant "
                + "WHERE p.grant.id = :grant ORDER BY p.name", PartnerProgramme.class)
                .setParameter("grant", grantId).getResultList();
    }

    public PartnerProgramme addProgramme(long grantId, @NotNull @Valid ProgrammeForm form) {
        Grant grant = em.find(Grant.class, grantId);
        if (grant == null) {
            throw new NotFoundException("grant", grantId);
        }
        Organisation partner = em.find(Organisation.class, form.getOrganisationId());
        if (partner == null) {
            throw new BusinessException("The partner organisation no longer exists. Choose another one.");
        }
        long sameName = em.createQuery("SELECT COUNT(p) FROM PartnerProgramme p WHERE p.grant = :grant "
                + "AND LOWER(p.name) = :name", Long.class).setParameter("grant", grant)
                .setParameter("name", form.getName().strip().toLowerCase(Locale.ROOT)).getSingleResult();
        if (sameName > 0) {
            throw new BusinessException("This grant already has a programme called \u201c" + form.getName().strip()
                    + "\u201d. Choose another name.");
        }
        PartnerProgramme programme = new PartnerProgramme(grant, partner, form.getName(), form.getDescription(),
                clock.instant());
        em.persist(programme);
        audit.created(programme);
        return programme;
    }

    /** Across every programme in its current period: how many there are, have reported and await review. */
    public ReportingSummary reportingSummary() {
        return reporting.currentSummary();
    }

    /** How many programmes in their current period match the query: the staff's list of who has reported. */
    public long countReporting(ReviewQuery query) {
        return reporting.countCurrent(query);
    }

    /** One page of that list, from {@code first}, at most {@code size} (up to {@link #PAGE_LIMIT}) programmes. */
    public List<ReportingRow> reportingPage(ReviewQuery query, int first, int size) {
        return reporting.currentPage(query, first, Math.min(Math.max(1, size), PAGE_LIMIT));
    }

    /** An update with everything needed to review it. */
    public PartnerUpdate get(long updateId) {
        List<PartnerUpdate> found = em.createQuery("SELECT u FROM PartnerUpdate u JOIN FETCH u.programme p "
                + "JOIN FETCH p.organisation JOIN FETCH p.grant JOIN FETCH u.period WHERE u.id = :id",
                PartnerUpdate.class).setParameter("id", updateId).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException(WHAT, updateId);
        }
        PartnerUpdate update = found.get(0);
        update.getEvidence().size();
        update.getFigures().size();
        return update;
    }

    /** Every revision of the same programme's update for the same period, newest first. */
    public List<PartnerUpdate> revisionsOf(PartnerUpdate update) {
        return Revisions.of(em, update.getProgramme().getId(), update.getPeriod().getId());
    }

    public PartnerUpdate accept(long updateId, int version) {
        PartnerUpdate update = get(updateId);
        EditConflictException.check(WHAT, version, update.getVersion());
        Map<String, String> before = update.auditState();
        update.accept(caller(), clock.instant());
        audit.changed(update, before, AuditAction.STATUS_CHANGED);
        for (UpdateFigure figure : update.getFigures()) {
            outcomes.recordFromPartnerUpdate(figure.getIndicator().getId(), update.getPeriod().getId(),
                    figure.getValue(), "From " + update.getProgramme().getName() + ", revision "
                            + update.getRevision() + " of its " + update.getPeriod().getName() + " update");
        }
        return update;
    }

    public PartnerUpdate returnWithFeedback(long updateId, int version, String feedback) {
        if (feedback != null && feedback.length() > PartnerUpdate.FEEDBACK_MAX) {
            throw new BusinessException("The feedback must be 10,000 characters or fewer.");
        }
        PartnerUpdate update = get(updateId);
        EditConflictException.check(WHAT, version, update.getVersion());
        Map<String, String> before = update.auditState();
        update.returnWithFeedback(feedback, caller(), clock.instant());
        audit.changed(update, before, AuditAction.STATUS_CHANGED);
        return update;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
