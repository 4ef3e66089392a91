package org.firstmile.finance.service;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firstmile.audit.model.AuditAction;
import org.firstmile.audit.service.AuditTrail;
import org.firstmile.finance.model.BudgetCategory;
import org.firstmile.finance.model.BudgetLine;
import org.firstmile.finance.model.Expenditure;
import org.firstmile.finance.model.Payment;
import org.firstmile.finance.model.Receipt;
import org.firstmile.finance.model.VarianceExplanation;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.identity.model.Role;
import org.firstmile.outcome.service.PeriodRef;
import org.firstmile.outcome.service.ProgressReader;
import org.firstmile.partner.model.StoredFile;
import org.firstmile.partner.service.EvidenceStore;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.platform.error.EditConflictException;
import org.firstmile.platform.error.NotFoundException;

/**
 * Use cases of a grant's finance for programme staff: plan the budget per period, record spend (with a receipt kept
 * like partner evidence), record payments received and explain variances. Every change is audited.
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
public class FinanceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    FinanceReader reader;

    @Inject
    ProgressReader progressReader;

    @Inject
    EvidenceStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The grant's reporting periods in order. */
    public List<PeriodRef> periods(long grantId) {
        return progressReader.periods(grantId);
    }

    public FinanceSummary forPeriod(long grantId, long periodId) {
        return reader.forPeriod(grantId, periodId);
    }

    public FinanceSummary toDate(long grantId) {
        return reader.toDate(grantId);
    }

    public List<BudgetLineRow> budgetLines(long grantId, long periodId) {
        return em.createQuery("SELECT NEW org.firstmile.finance.service.BudgetLineRow(b.id, b.version, b.category, "
                + "b.description, b.amount) FROM BudgetLine b WHERE b.grant.id = :grant AND b.period.id = :period "
                + "ORDER BY b.category", BudgetLineRow.class).setParameter("grant", grantId)
                .setParameter("period", periodId).getResultList();
    }

    public BudgetLine addLine(long grantId, @NotNull @Valid BudgetLineForm form) {
        Grant grant = getGrant(grantId);
        ReportingPeriod period = periodOf(grant, form.getPeriodId());
        requireOneLinePerCategory(period, form.getCategory(), null);
        BudgetLine line = BudgetLine.plan(grant, period, form.getCategory(), form.getDescription(), form.getAmount(),
                clock.instant());
        em.persist(line);
        audit.created(line);
        return line;
    }

    public BudgetLine reviseLine(@NotNull @Valid BudgetLineForm form) {
        BudgetLine line = getLine(form.getId());
        EditConflictException.check("budget line", form.getVersion(), line.getVersion());
        requireOneLinePerCategory(line.getPeriod(), form.getCategory(), line.getId());
        Map<String, String> before = line.auditState();
        line.revise(form.getCategory(), form.getDescription(), form.getAmount());
        audit.changed(line, before, AuditAction.UPDATED);
        return line;
    }

    public void removeLine(long lineId, int version) {
        BudgetLine line = getLine(lineId);
        EditConflictException.check("budget line", version, line.getVersion());
        audit.noted(line, AuditAction.REMOVED, "Budget line", "Removed (" + line.getDescription() + ", "
                + line.getAmount().toPlainString() + ")");
        em.remove(line);
    }

    /** The line as a form to edit. */
    public BudgetLineForm lineForm(long lineId) {
        BudgetLine line = getLine(lineId);
        BudgetLineForm form = new BudgetLineForm();
        form.setId(line.getId());
        form.setVersion(line.getVersion());
        form.setPeriodId(line.getPeriod().getId());
        form.setCategory(line.getCategory());
        form.setDescription(line.getDescription());
        form.setAmount(line.getAmount());
        return form;
    }

    public Expenditure recordExpenditure(long grantId, @NotNull @Valid ExpenditureForm form) {
        Expenditure expenditure = Expenditure.record(getGrant(grantId), form.getSpentOn(), form.getAmount(),
                form.getCategory(), form.getDescription(), caller(), clock.instant(), LocalDate.now(clock));
        em.persist(expenditure);
        audit.created(expenditure);
        return expenditure;
    }

    /**
     * Keeps a receipt for an expenditure: the type is checked by content, the size is limited and the file is stored
     * outside the web root with its SHA-256, exactly as partner evidence is. A second receipt replaces the first.
     */
    public Expenditure attachReceipt(long expenditureId, String fileName, InputStream content) {
        Expenditure expenditure = getExpenditure(expenditureId);
        Map<String, String> before = expenditure.auditState();
        StoredFile stored = store.store(fileName, content);
        expenditure.attach(new Receipt(stored.fileName(), stored.contentType(), stored.sizeBytes(), stored.sha256(),
                stored.storageKey()));
        audit.changed(expenditure, before, AuditAction.UPDATED);
        return expenditure;
    }

    /** The receipt and its bytes, checked against their SHA-256. */
    public ReceiptDownload openReceipt(long expenditureId) {
        Expenditure expenditure = em.find(Expenditure.class, expenditureId);
        if (expenditure == null || !expenditure.hasReceipt()) {
            throw new NotFoundException("receipt", expenditureId);
        }
        Receipt receipt = expenditure.getReceipt();
        byte[] bytes = store.read(new StoredFile(receipt.getFileName(), receipt.getContentType(),
                receipt.getSizeBytes(), receipt.getSha256(), receipt.getStorageKey()));
        return new ReceiptDownload(receipt.getFileName(), receipt.getContentType(), bytes);
    }

    public long maxReceiptBytes() {
        return store.maxBytes();
    }

    public long countExpenditures(long grantId, long periodId) {
        return em.createQuery("SELECT COUNT(e) FROM Expenditure e WHERE e.grant.id = :grant AND e.period.id = :period",
                Long.class).setParameter("grant", grantId).setParameter("period", periodId).getSingleResult();
    }

    /** One page of a period's expenditure, newest first. */
    public List<ExpenditureRow> expenditures(long grantId, long periodId, int first, int pageSize) {
        return em.createQuery("SELECT NEW org.firstmile.finance.service.ExpenditureRow(e.id, e.spentOn, e.category, "
                + "e.description, e.amount, e.receipt.fileName) FROM Expenditure e WHERE e.grant.id = :grant "
                + "AND e.period.id = :period ORDER BY e.spentOn DESC, e.id DESC", ExpenditureRow.class)
                .setParameter("grant", grantId).setParameter("period", periodId).setFirstResult(first)
                .setMaxResults(Math.min(pageSize, 100)).getResultList();
    }

    public Payment recordPayment(long grantId, @NotNull @Valid PaymentForm form) {
        Payment payment = Payment.receive(getGrant(grantId), form.getReceivedOn(), form.getAmount(),
                form.getReference(), caller(), clock.instant(), LocalDate.now(clock));
        em.persist(payment);
        audit.created(payment);
        return payment;
    }

    /** The explanation of a category's variance in a period as a form, blank when none has been written. */
    public ExplanationForm explanationForm(long grantId, long periodId, BudgetCategory category) {
        ExplanationForm form = new ExplanationForm();
        form.setPeriodId(periodId);
        form.setCategory(category);
        findExplanation(grantId, periodId, category).ifPresent(explanation -> {
            form.setText(explanation.getExplanation());
            form.setVersion(explanation.getVersion());
        });
        return form;
    }

    public VarianceExplanation explain(long grantId, @NotNull @Valid ExplanationForm form) {
        Grant grant = getGrant(grantId);
        ReportingPeriod period = periodOf(grant, form.getPeriodId());
        Optional<VarianceExplanation> existing = findExplanation(grantId, period.getId(), form.getCategory());
        if (existing.isEmpty()) {
            if (form.getVersion() != null) {
                throw new EditConflictException("explanation");
            }
            VarianceExplanation explanation = VarianceExplanation.write(grant, period, form.getCategory(),
                    form.getText(), caller(), clock.instant());
            em.persist(explanation);
            audit.created(explanation);
            return explanation;
        }
        VarianceExplanation explanation = existing.get();
        if (form.getVersion() == null) {
            throw new EditConflictException("explanation");
        }
        EditConflictException.check("explanation", form.getVersion(), explanation.getVersion());
        Map<String, String> before = explanation.auditState();
        explanation.rewrite(form.getText(), caller(), clock.instant());
        audit.changed(explanation, before, AuditAction.UPDATED);
        return explanation;
    }

    private Optional<VarianceExplanation> findExplanation(long grantId, long periodId, BudgetCategory category) {
        return em.createQuery("SELECT x FROM VarianceExplanation x WHERE x.grant.id = :grant AND x.period.id = :period "
                + "AND x.category = :category", VarianceExplanation.class).setParameter("grant", grantId)
                .setParameter("period", periodId).setParameter("category", category).getResultStream().findFirst();
    }

    private void requireOneLinePerCategory(ReportingPeriod period, BudgetCategory category, Long exceptId) {
        boolean taken = em.createQuery("SELECT b.id FROM BudgetLine b WHERE b.period.id = :period "
                + "AND b.category = :category", Long.class).setParameter("period", period.getId())
                .setParameter("category", category).getResultStream().anyMatch(id -> !id.equals(exceptId));
        if (taken) {
            throw new BusinessException(period.getName() + " already has a budget line for " + category.label()
                    + ". Edit that line instead, so that spend is compared with one budget.");
        }
    }

    private ReportingPeriod periodOf(Grant grant, Long periodId) {
        return grant.getPeriods().stream().filter(period -> period.getId().equals(periodId)).findFirst()
                .orElseThrow(() -> new BusinessException("Choose a reporting period of this grant."));
    }

    private Grant getGrant(long grantId) {
        Grant grant = em.find(Grant.class, grantId);
        if (grant == null) {
            throw new NotFoundException("grant", grantId);
        }
        return grant;
    }

    private BudgetLine getLine(Long id) {
        BudgetLine line = id == null ? null : em.find(BudgetLine.class, id);
        if (line == null) {
            throw new NotFoundException("budget line", id);
        }
        return line;
    }

    private Expenditure getExpenditure(long id) {
        Expenditure expenditure = em.find(Expenditure.class, id);
        if (expenditure == null) {
            throw new NotFoundException("expenditure", id);
        }
        return expenditure;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    /** A receipt ready to send. */
    public record ReceiptDownload(String fileName, String contentType, byte[] bytes) {
    }
}
