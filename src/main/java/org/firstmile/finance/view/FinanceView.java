package org.firstmile.finance.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.firstmile.finance.model.BudgetCategory;
import org.firstmile.finance.service.BudgetLineForm;
import org.firstmile.finance.service.BudgetLineRow;
import org.firstmile.finance.service.ExpenditureForm;
import org.firstmile.finance.service.ExplanationForm;
import org.firstmile.finance.service.FinanceService;
import org.firstmile.finance.service.FinanceSummary;
import org.firstmile.finance.service.PaymentForm;
import org.firstmile.finance.service.VarianceLine;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.service.GrantService;
import org.firstmile.outcome.service.PeriodRef;
import org.firstmile.platform.error.NotFoundException;
import org.firstmile.platform.faces.Dialogs;
import org.firstmile.platform.faces.PageFunctions;
import org.firstmile.platform.faces.Messages;
import org.firstmile.platform.faces.RecordIds;
import org.primefaces.event.FileUploadEvent;

/**
 * A grant's budget and spend for one reporting period (chosen by the {@code period} parameter, the first by default)
 * and to date, with the dialogs that change them. A failed save keeps the dialog open with what was typed.
 */
@Named
@ViewScoped
public class FinanceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GrantService grants;

    @Inject
    transient FinanceService finance;

    private String idParam;
    private String periodParam;
    private long grantId;
    private String grantTitle;
    private String currency;
    private List<PeriodRef> periods;
    private PeriodRef period;
    private FinanceSummary summary;
    private FinanceSummary toDate;
    private List<BudgetLineRow> lines;
    private ExpenditureLazyModel expenditures;
    private BudgetLineForm line = new BudgetLineForm();
    private ExpenditureForm expenditure = new ExpenditureForm();
    private PaymentForm payment = new PaymentForm();
    private ExplanationForm explanation = new ExplanationForm();
    private Long receiptFor;

    public void load() {
        grantId = RecordIds.parse("grant", idParam);
        Grant grant = grants.get(grantId);
        grantTitle = grant.getTitle();
        currency = grant.getCurrency();
        periods = finance.periods(grantId);
        if (periodParam == null || periodParam.isBlank()) {
            period = periods.get(0);
        } else {
            long periodId = RecordIds.parse("reporting period", periodParam);
            period = periods.stream().filter(p -> p.id() == periodId).findFirst()
                    .orElseThrow(() -> new NotFoundException("reporting period", periodParam));
        }
        expenditures = new ExpenditureLazyModel(finance, grantId, period.id());
        refresh();
    }

    private void refresh() {
        summary = finance.forPeriod(grantId, period.id());
        toDate = finance.toDate(grantId);
        lines = finance.budgetLines(grantId, period.id());
    }

    public void startLine() {
        line = new BudgetLineForm();
        line.setPeriodId(period.id());
    }

    public void startEditLine(BudgetLineRow row) {
        line = finance.lineForm(row.id());
    }

    public void saveLine() {
        try {
            boolean isNew = line.getId() == null;
            if (isNew) {
                finance.addLine(grantId, line);
            } else {
                finance.reviseLine(line);
            }
            refresh();
            Dialogs.done("lineDialog", "Budget line for " + line.getCategory().label() + (isNew ? " added." : " saved."));
        } catch (RuntimeException e) {
            Messages.failed(e, "budget line");
        }
    }

    public void removeLine(BudgetLineRow row) {
        try {
            finance.removeLine(row.id(), row.version());
            Messages.info("Budget line for " + row.categoryLabel() + " removed.");
        } catch (RuntimeException e) {
            Messages.failed(e, "budget line");
        }
        refresh();
    }

    public void startExpenditure() {
        expenditure = new ExpenditureForm();
    }

    public void saveExpenditure() {
        try {
            finance.recordExpenditure(grantId, expenditure);
            refresh();
            Dialogs.done("expenditureDialog", "Spend of " + PageFunctions.money(expenditure.getAmount(), currency)
                    + " recorded. Add its receipt from the table if you have one.");
        } catch (RuntimeException e) {
            Messages.failed(e, "expenditure");
        }
    }

    public void startReceipt(Long expenditureId) {
        receiptFor = expenditureId;
    }

    public void uploadReceipt(FileUploadEvent event) {
        try (InputStream content = event.getFile().getInputStream()) {
            finance.attachReceipt(receiptFor, event.getFile().getFileName(), content);
            Dialogs.done("receiptDialog", "Receipt \u201c" + event.getFile().getFileName() + "\u201d kept.");
        } catch (IOException e) {
            Messages.failed(new UncheckedIOException(e), "expenditure");
        } catch (RuntimeException e) {
            Messages.failed(e, "expenditure");
        }
    }

    public void startPayment() {
        payment = new PaymentForm();
    }

    public void savePayment() {
        try {
            finance.recordPayment(grantId, payment);
            refresh();
            Dialogs.done("paymentDialog", "Payment \u201c" + payment.getReference().strip() + "\u201d recorded.");
        } catch (RuntimeException e) {
            Messages.failed(e, "payment");
        }
    }

    public void startExplanation(VarianceLine row) {
        BudgetCategory category = BudgetCategory.ofLabel(row.category()).orElseThrow();
        explanation = finance.explanationForm(grantId, period.id(), category);
    }

    public void saveExplanation() {
        try {
            finance.explain(grantId, explanation);
            refresh();
            Dialogs.done("explanationDialog", "Explanation for " + explanation.getCategory().label() + " saved.");
        } catch (RuntimeException e) {
            Messages.failed(e, "explanation");
        }
    }

    public BudgetCategory[] getCategories() {
        return BudgetCategory.values();
    }

    public long getMaxReceiptMegabytes() {
        return finance.maxReceiptBytes() / (1024 * 1024);
    }

    /** Says how many lines still need an explanation before the period's report can be published. */
    public String getUnexplainedMessage() {
        int count = summary.unexplained().size();
        return (count == 1 ? "1 line differs" : count + " lines differ") + " from the budget by more than "
                + summary.thresholdPercent().toPlainString() + "% and " + (count == 1 ? "needs" : "need")
                + " an explanation before this period's report can be published.";
    }

    public String getExplanationCategory() {
        return explanation.getCategory() == null ? "" : explanation.getCategory().label();
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getPeriodParam() {
        return periodParam;
    }

    public void setPeriodParam(String periodParam) {
        this.periodParam = periodParam;
    }

    public long getGrantId() {
        return grantId;
    }

    public String getGrantTitle() {
        return grantTitle;
    }

    public String getCurrency() {
        return currency;
    }

    public List<PeriodRef> getPeriods() {
        return periods;
    }

    public PeriodRef getPeriod() {
        return period;
    }

    public FinanceSummary getSummary() {
        return summary;
    }

    public FinanceSummary getToDate() {
        return toDate;
    }

    public List<BudgetLineRow> getLines() {
        return lines;
    }

    public ExpenditureLazyModel getExpenditures() {
        return expenditures;
    }

    public BudgetLineForm getLine() {
        return line;
    }

    public ExpenditureForm getExpenditure() {
        return expenditure;
    }

    public PaymentForm getPayment() {
        return payment;
    }

    public ExplanationForm getExplanation() {
        return explanation;
    }
}
