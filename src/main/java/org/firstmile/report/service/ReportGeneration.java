package org.firstmile.report.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.firstmile.audit.service.AuditTrail;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.milestone.service.MilestoneReader;
import org.firstmile.outcome.service.ProgressReader;
import org.firstmile.partner.model.Narrative;
import org.firstmile.partner.model.PartnerUpdateStatus;
import org.firstmile.platform.error.NotFoundException;
import org.firstmile.report.model.ProgressReport;
import org.firstmile.report.model.ReportFormat;
import org.firstmile.report.model.ReportNarrative;
import org.firstmile.report.model.ReportSnapshot;
import org.firstmile.report.model.ReportSnapshot.GrantFacts;
import org.firstmile.report.model.ReportSnapshot.HighlightLine;
import org.firstmile.report.model.ReportSnapshot.PeriodFacts;

/**
 * Generates the next version of a grant's report for a period: reads the figures, renders the PDF, CSV and XLSX into
 * a staging folder, moves it into place and records the version with the files' SHA-256, all in one transaction
 * under a PostgreSQL advisory lock per grant and period. Holds no access rule: the staff's {@link ReportService} and
 * the scheduler decide who may ask.
 * <p>
 * A crash leaves no row and no visible file: the row is committed only after the files are in place, a rolled-back
 * transaction deletes the folder it moved, and a folder left by a process that died between the move and the commit
 * is removed by the next generation for that period before it takes the same version number.
 */
@ApplicationScoped
public class ReportGeneration {

    /** How many steps {@link #generate} reports, for a progress bar. */
    public static final int STEPS = 6;

    private static final Logger LOG = Logger.getLogger(ReportGeneration.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    MilestoneReader milestones;

    @Inject
    ProgressReader progress;

    @Inject
    ReportStore store;

    @Inject
    ReportFinance finance;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Transactional
    public GeneratedReport generate(long grantId, long reportingPeriodId, String requestedBy,
            Consumer<String> progressSteps) {
        progressSteps.accept("Reading the grant's milestones, outcomes, budget and narrative");
        Target target = lock(grantId, reportingPeriodId);
        return write(target.grant(), target.period(), requestedBy, progressSteps);
    }

    /**
     * Generates the first version {@code requestedBy} makes of the period's report, or nothing when it made one
     * already. The check is made under the period's lock, so two attempts at once (a run taken over while its first
     * attempt still works) make one version.
     */
    @Transactional
    public Optional<GeneratedReport> generateOnce(long grantId, long reportingPeriodId, String requestedBy,
            Consumer<String> progressSteps) {
        Target target = lock(grantId, reportingPeriodId);
        if (generatedBy(grantId, reportingPeriodId, requestedBy)) {
            return Optional.empty();
        }
        progressSteps.accept("Reading the grant's milestones, outcomes, budget and narrative");
        return Optional.of(write(target.grant(), target.period(), requestedBy, progressSteps));
    }

    /** The grant and period, with the period's generation lock held until the transaction ends. */
    private Target lock(long grantId, long reportingPeriodId) {
        ReportingPeriod period = em.find(ReportingPeriod.class, reportingPeriodId);
        Grant grant = em.find(Grant.class, grantId);
        if (grant == null || period == null || !grant.getPeriods().contains(period)) {
            throw new NotFoundException("reporting period of the grant", grantId + "/" + reportingPeriodId);
        }
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1, ?2)) AS locked")
                .setParameter(1, (int) grantId).setParameter(2, (int) reportingPeriodId).getSingleResult();
        return new Target(grant, period);
    }

    private record Target(Grant grant, ReportingPeriod period) {
    }

    private boolean generatedBy(long grantId, long periodId, String requestedBy) {
        return em.createQuery("SELECT COUNT(r) FROM ProgressReport r WHERE r.grant.id = :grant AND r.period.id = "
                + ":period AND r.generatedBy = :by", Long.class).setParameter("grant", grantId)
                .setParameter("period", periodId).setParameter("by", requestedBy).getSingleResult() > 0;
    }

    /** Writes the next version; the caller holds the period's lock. */
    private GeneratedReport write(Grant grant, ReportingPeriod period, String requestedBy,
            Consumer<String> progressSteps) {
        long grantId = grant.getId();
        long reportingPeriodId = period.getId();
        int version = nextVersion(grantId, reportingPeriodId);
        store.clearLeftovers(grantId, reportingPeriodId, version);
        Narrative narrative = narrative(grantId, reportingPeriodId);
        ReportSnapshot snapshot = SnapshotAssembler.assemble(grantFacts(grant), periodFacts(period), version,
                LocalDate.now(clock), clock.instant(), requestedBy, milestones.forGrant(grantId),
                progress.progress(grantId), finance.budget(grant, reportingPeriodId), highlights(grantId,
                        reportingPeriodId), narrative);

        Path staging = store.stage(grantId, reportingPeriodId, version);
        try {
            String folder = ReportStore.versionFolder(grantId, reportingPeriodId, version);
            String baseName = fileBase(grant, period, version);
            progressSteps.accept("Drawing the charts and writing the PDF");
            write(staging, baseName, ReportFormat.PDF, out -> ReportPdf.write(snapshot, clock.getZone(), out));
            progressSteps.accept("Writing the CSV of the figures");
            write(staging, baseName, ReportFormat.CSV, out -> ReportCsv.write(snapshot, out));
            progressSteps.accept("Writing the XLSX workbook of the figures");
            write(staging, baseName, ReportFormat.XLSX, out -> ReportXlsx.write(snapshot, out));

            progressSteps.accept("Recording version " + version + " and its checksums");
            ProgressReport report = new ProgressReport(grant, period, version, ReportPdf.TEMPLATE_VERSION,
                    snapshot.asOf(), narrative, requestedBy, snapshot.generatedAt());
            Map<ReportFormat, Path> files = new EnumMap<>(ReportFormat.class);
            for (ReportFormat format : ReportFormat.values()) {
                Path file = staging.resolve(baseName + "." + format.extension());
                report.addFile(format, folder + "/" + file.getFileName(), Files.size(file), ReportStore.sha256(file));
                files.put(format, store.root().resolve(folder).resolve(file.getFileName()));
            }
            em.persist(report);
            audit.created(report);

            progressSteps.accept("Moving the files into place");
            Path placed = store.moveIntoPlace(staging, folder);
            transactions.registerInterposedSynchronization(new DeleteUnlessCommitted(store, placed));
            return new GeneratedReport(report.getId(), grantId, reportingPeriodId, version, files);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report files", e);
        } finally {
            store.delete(staging);
        }
    }

    private int nextVersion(long grantId, long periodId) {
        Integer last = em.createQuery("SELECT MAX(r.reportVersion) FROM ProgressReport r WHERE r.grant.id = :grant "
                + "AND r.period.id = :period", Integer.class).setParameter("grant", grantId)
                .setParameter("period", periodId).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    private Narrative narrative(long grantId, long periodId) {
        return em.createQuery("SELECT n FROM ReportNarrative n WHERE n.grant.id = :grant AND n.period.id = :period",
                ReportNarrative.class).setParameter("grant", grantId).setParameter("period", periodId)
                .getResultStream().findFirst().map(ReportNarrative::getNarrative).orElse(Narrative.empty());
    }

    private GrantFacts grantFacts(Grant grant) {
        List<String> coFunders = em.createQuery("SELECT c.funder.name FROM CoFunder c WHERE c.grant.id = :grant "
                + "ORDER BY c.funder.name", String.class).setParameter("grant", grant.getId()).getResultList();
        return new GrantFacts(grant.getId(), grant.getIdentifier(), grant.getTitle(), grant.getRecipient().getName(),
                grant.getFund().getFunder().getName(), grant.getFund().getTitle(), coFunders,
                grant.getAmountAwarded(), grant.getCurrency(), grant.getPlannedStart(), grant.getPlannedEnd());
    }

    private static PeriodFacts periodFacts(ReportingPeriod period) {
        return new PeriodFacts(period.getId(), period.getSequenceNo(), period.getName(), period.getStartDate(),
                period.getEndDate(), period.getReportDueDate());
    }

    /** What partners said in the period's accepted updates. */
    private List<HighlightLine> highlights(long grantId, long periodId) {
        return em.createQuery("SELECT p.name, o.name, u.narrative.story, u.narrative.differenceMade "
                + "FROM PartnerUpdate u JOIN u.programme p JOIN p.organisation o WHERE p.grant.id = :grant "
                + "AND u.period.id = :period AND u.status = :accepted ORDER BY p.name", Object[].class)
                .setParameter("grant", grantId).setParameter("period", periodId)
                .setParameter("accepted", PartnerUpdateStatus.ACCEPTED).getResultList().stream()
                .map(row -> new HighlightLine((String) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }

    private static String fileBase(Grant grant, ReportingPeriod period, int version) {
        String periodName = period.getName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return grant.getIdentifier().replaceAll("[^A-Za-z0-9-]+", "-") + "-" + periodName + "-v" + version;
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void write(Path folder, String baseName, ReportFormat format, Writer writer) throws IOException {
        Path file = folder.resolve(baseName + "." + format.extension());
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(out);
        }
    }

    /** Removes a version folder moved into place when its transaction does not commit. */
    private record DeleteUnlessCommitted(ReportStore store, Path placed) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // nothing to do before the outcome is known
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                LOG.warning(() -> "Report transaction did not commit; removing " + placed);
                store.delete(placed);
            }
        }
    }
}
