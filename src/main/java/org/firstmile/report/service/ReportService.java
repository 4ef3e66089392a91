package org.firstmile.report.service;

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
import java.util.Map;
import org.firstmile.audit.model.AuditAction;
import org.firstmile.audit.service.AuditTrail;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.grant.service.GrantFunders;
import org.firstmile.identity.model.Role;
import org.firstmile.identity.service.Callers;
import org.firstmile.platform.error.EditConflictException;
import org.firstmile.platform.error.NotFoundException;
import org.firstmile.report.model.ProgressReport;
import org.firstmile.report.model.ReportFile;
import org.firstmile.report.model.ReportFormat;
import org.firstmile.report.model.ReportNarrative;

/**
 * Progress reports at the boundary. Staff write a period's narrative, generate versions (in the background, with
 * progress) and publish one; staff see every version, a funder only the published versions of the grants they fund
 * or co-fund (any other grant is "not found"), and partners are refused.
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME, Role.FUNDER_NAME})
public class ReportService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportGeneration generation;

    @Inject
    GenerationJobs jobs;

    @Inject
    ReportStore store;

    @Inject
    ReportReader reader;

    @Inject
    ReportPublishing publishing;

    @Inject
    GrantFunders funders;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The versions of a grant's reports the caller may see, newest period and version first. */
    public List<ReportSummary> reportsOf(long grantId) {
        boolean staff = isStaff();
        if (!staff && !funders.funds(grantId, callerOrganisation())) {
            throw new NotFoundException("grant", grantId);
        }
        return staff ? reader.versions(grantId) : reader.published(grantId);
    }

    /** A file of a version the caller may see, after checking it still has its recorded SHA-256. */
    public ReportDownload download(long reportId, @NotNull ReportFormat format) {
        ProgressReport report = em.find(ProgressReport.class, reportId);
        if (report == null || !maySee(report)) {
            throw new NotFoundException("report", reportId);
        }
        ReportFile file = report.file(format).orElseThrow(() -> new NotFoundException("report file", reportId));
        return store.verified(file.getRelativePath(), file.getSha256())
                .map(path -> new ReportDownload(file.downloadName(), format.contentType(), file.getSizeBytes(), path))
                .orElseThrow(() -> new ReportFileChangedException(file.downloadName()));
    }

    /** Generates the next version now, in the caller's request. */
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
    public GeneratedReport generate(long grantId, long periodId) {
        return generation.generate(grantId, periodId, caller(), step -> { });
    }

    /** Starts generating the next version in the background; the id tells {@link #progress} which one. */
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
    public String startGeneration(long grantId, long periodId) {
        period(grantId, periodId);
        return jobs.start(grantId, periodId, caller());
    }

    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
    public GenerationJobs.Progress progress(String jobId) {
        return jobs.progress(jobId).orElseThrow(() -> new NotFoundException("report generation", jobId));
    }

    /** Publishes a version to the grant's funder and every co-funder. */
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
    public ReportSummary publish(long reportId) {
        ProgressReport report = em.find(ProgressReport.class, reportId);
        if (report == null) {
            throw new NotFoundException("report", reportId);
        }
        publishing.requireReady(report);
        Map<String, String> before = report.auditState();
        report.publish(caller(), clock.instant());
        audit.changed(report, before, AuditAction.STATUS_CHANGED);
        return ReportSummary.of(report);
    }

    /** The period's narrative as a form; empty, with no version, when nothing is written yet. */
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
    public NarrativeForm narrative(long grantId, long periodId) {
        period(grantId, periodId);
        return findNarrative(grantId, periodId).map(n -> NarrativeForm.of(n.getNarrative(), n.getVersion()))
                .orElseGet(() -> NarrativeForm.of(org.firstmile.partner.model.Narrative.empty(), null));
    }

    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
    public NarrativeForm saveNarrative(long grantId, long periodId, @NotNull @Valid NarrativeForm form) {
        ReportingPeriod period = period(grantId, periodId);
        ReportNarrative narrative = findNarrative(grantId, periodId).orElse(null);
        if (narrative == null) {
            if (form.getVersion() != null) {
                throw new EditConflictException("narrative");
            }
            narrative = new ReportNarrative(em.find(Grant.class, grantId), period, form.toNarrative(), caller(),
                    clock.instant());
            em.persist(narrative);
            audit.created(narrative);
        } else {
            EditConflictException.check("narrative", form.getVersion() == null ? -1 : form.getVersion(),
                    narrative.getVersion());
            Map<String, String> before = narrative.auditState();
            narrative.write(form.toNarrative(), caller(), clock.instant());
            audit.changed(narrative, before, AuditAction.UPDATED);
        }
        em.flush();
        return NarrativeForm.of(narrative.getNarrative(), narrative.getVersion());
    }

    private java.util.Optional<ReportNarrative> findNarrative(long grantId, long periodId) {
        return em.createQuery("SELECT n FROM ReportNarrative n WHERE n.grant.id = :grant AND n.period.id = :period",
                ReportNarrative.class).setParameter("grant", grantId).setParameter("period", periodId)
                .getResultStream().findFirst();
    }

    private ReportingPeriod period(long grantId, long periodId) {
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        Grant grant = em.find(Grant.class, grantId);
        if (grant == null || period == null || !grant.getPeriods().contains(period)) {
            throw new NotFoundException("reporting period of the grant", grantId + "/" + periodId);
        }
        return period;
    }

    private boolean maySee(ProgressReport report) {
        if (isStaff()) {
            return true;
        }
        return report.isPublished() && funders.funds(report.getGrant().getId(), callerOrganisation());
    }

    private boolean isStaff() {
        return session.isCallerInRole(Role.STAFF_NAME) || session.isCallerInRole(Role.ADMIN_NAME);
    }

    private Long callerOrganisation() {
        return callers.organisationOf(caller());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
