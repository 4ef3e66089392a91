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
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.firstmile.audit.model.AuditAction;
import org.firstmile.audit.service.AuditTrail;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.identity.model.Role;
import org.firstmile.identity.service.Callers;
import org.firstmile.outcome.model.OutcomeIndicator;
import org.firstmile.outcome.service.ProgressReader;
import org.firstmile.partner.model.EvidenceFile;
import org.firstmile.partner.model.PartnerProgramme;
import org.firstmile.partner.model.PartnerUpdate;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.platform.error.EditConflictException;
import org.firstmile.platform.error.NotFoundException;

/**
 * A partner's side: their own organisation's programmes only. Anything of another organisation is answered as if it
 * did not exist, so a guessed id reveals nothing.
 */
@Stateless
@RolesAllowed(Role.PARTNER_NAME)
public class PartnerPortalService {

    private static final String WHAT = "update";

    /** Lines on a page of the portal. */
    public static final int PAGE_SIZE = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    ReportingRows reporting;

    @Inject
    EvidenceStore store;

    @Inject
    Callers callers;

    @Inject
    ProgressReader progress;

    @Resource
    SessionContext session;

    /** Every period of every programme the caller's organisation runs, with how far each update has got. */
    public List<ReportingRow> myReporting() {
        List<PartnerProgramme> programmes = em.createQuery("SELECT p FROM PartnerProgramme p JOIN FETCH "
                + "p.organisation JOIN FETCH p.grant WHERE p.organisation.id = :organisation ORDER BY p.name, p.id",
                PartnerProgramme.class).setParameter("organisation", callerOrganisation()).getResultList();
        return reporting.allPeriods(programmes);
    }

    /**
     * Page {@code page} of {@link #myReporting()}, in the same order, {@link #PAGE_SIZE} lines at a time: a count and
     * the page's lines, whatever the number of programmes. A page number out of range gives the nearest page.
     */
    public ReportingPage myReporting(int page) {
        Long organisation = callerOrganisation();
        long total = reporting.countPeriodsOf(organisation);
        int number = ReportingPage.within(page, total, PAGE_SIZE);
        List<ReportingRow> rows = total == 0 ? List.of()
                : reporting.periodsOf(organisation, (number - 1) * PAGE_SIZE, PAGE_SIZE);
        return new ReportingPage(rows, number, PAGE_SIZE, total);
    }

    public UpdateWorkspace open(long programmeId, long periodId) {
        PartnerProgramme programme = ownProgramme(programmeId);
        ReportingPeriod period = em.createQuery("SELECT rp FROM ReportingPeriod rp WHERE rp.id = :period "
                + "AND rp.grant = :grant", ReportingPeriod.class).setParameter("period", periodId)
                .setParameter("grant", programme.getGrant()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("reporting period", periodId));
        return new UpdateWorkspace(programme, period, Revisions.of(em, programmeId, periodId),
                progress.indicatorsFor(programme.getGrant().getId(), programme.getId()));
    }

    /** Saves the narrative of the current draft, starting the first draft when there is none yet. */
    public PartnerUpdate saveDraft(long programmeId, long periodId, Integer version,
            @NotNull @Valid NarrativeForm form) {
        UpdateWorkspace workspace = open(programmeId, periodId);
        if (workspace.latest().isEmpty()) {
            PartnerUpdate update = PartnerUpdate.start(workspace.programme(), workspace.period(), caller(),
                    clock.instant());
            update.write(form.toNarrative());
            reportFigures(update, workspace, form);
            em.persist(update);
            audit.created(update);
            return update;
        }
        PartnerUpdate update = workspace.latest().get();
        EditConflictException.check(WHAT, version == null ? -1 : version, update.getVersion());
        Map<String, String> before = update.auditState();
        update.write(form.toNarrative());
        reportFigures(update, workspace, form);
        audit.changed(update, before, AuditAction.UPDATED);
        return update;
    }

    private static void reportFigures(PartnerUpdate update, UpdateWorkspace workspace, NarrativeForm form) {
        for (OutcomeIndicator indicator : workspace.indicators()) {
            update.report(indicator, form.getFigures().get(indicator.getId()));
        }
    }

    /** Saves the draft as typed and submits it, in one step: what is submitted is exactly what was on screen. */
    public PartnerUpdate submit(long programmeId, long periodId, Integer version,
            @NotNull @Valid NarrativeForm form) {
        PartnerUpdate update = saveDraft(programmeId, periodId, version, form);
        Map<String, String> before = update.auditState();
        update.submit(caller(), clock.instant());
        audit.changed(update, before, AuditAction.STATUS_CHANGED);
        return update;
    }

    /** Starts a new revision answering the staff's feedback; the returned revision stays as it was. */
    public PartnerUpdate revise(long updateId) {
        PartnerUpdate returned = ownUpdate(updateId);
        List<PartnerUpdate> revisions = Revisions.of(em, returned.getProgramme().getId(),
                returned.getPeriod().getId());
        if (revisions.get(0).getRevision() != returned.getRevision()) {
            throw new BusinessException("A newer revision of this update exists already. Open that one.");
        }
        PartnerUpdate next = returned.revise(caller(), clock.instant());
        em.persist(next);
        audit.created(next);
        return next;
    }

    /** Adds an evidence file to a draft. Adding cannot undo anyone's work, so it needs no version check. */
    public EvidenceFile attach(long updateId, String fileName, InputStream content) {
        PartnerUpdate update = ownUpdate(updateId);
        if (!update.isDraft()) {
            throw new BusinessException("Evidence can be added to a draft only. Start a revision to add more.");
        }
        EvidenceFile file = update.attach(store.store(fileName, content), caller(), clock.instant());
        audit.noted(update, AuditAction.UPDATED, "Evidence file added", fileName);
        return file;
    }

    private PartnerProgramme ownProgramme(long programmeId) {
        PartnerProgramme programme = em.find(PartnerProgramme.class, programmeId);
        if (programme == null || !programme.isRunBy(callerOrganisation())) {
            throw new NotFoundException("programme", programmeId);
        }
        return programme;
    }

    private PartnerUpdate ownUpdate(long updateId) {
        PartnerUpdate update = em.find(PartnerUpdate.class, updateId);
        if (update == null || !update.getProgramme().isRunBy(callerOrganisation())) {
            throw new NotFoundException(WHAT, updateId);
        }
        return update;
    }

    private Long callerOrganisation() {
        return callers.organisationOf(caller());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
