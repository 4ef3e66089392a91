package org.firstmile.finance.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.firstmile.audit.model.Auditable;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.platform.error.BusinessException;

/** Money spent from a grant. It belongs to the reporting period that contains the day it was spent. */
@Entity
@Table(name = "expenditure")
public class Expenditure implements Auditable {

    public static final int DESCRIPTION_MAX = 500;

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id", nullable = false)
    private Grant grant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private ReportingPeriod period;

    @Column(name = "spent_on", nullable = false)
    private LocalDate spentOn;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private BudgetCategory category;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    /** Null when no receipt was uploaded (JPA loads the all-null columns as null). */
    @Embedded
    private Receipt receipt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Expenditure() {
    }

    /**
     * Records spend on a day within the grant and not after {@code today}; the period is the one containing the day.
     */
    public static Expenditure record(Grant grant, LocalDate spentOn, BigDecimal amount, BudgetCategory category,
            String description, String by, Instant at, LocalDate today) {
        Money.chosen(spentOn, "date the money was spent");
        if (spentOn.isAfter(today)) {
            throw new BusinessException("The date the money was spent cannot be in the future. Record spend once it "
                    + "has happened.");
        }
        ReportingPeriod period = grant.periodOn(spentOn).orElseThrow(() -> new BusinessException("The date "
                + DAY.format(spentOn) + " is outside the grant. Enter a date from " + DAY.format(grant.getPlannedStart())
                + " to " + DAY.format(grant.getPlannedEnd()) + "."));
        Expenditure expenditure = new Expenditure();
        expenditure.grant = grant;
        expenditure.period = period;
        expenditure.spentOn = spentOn;
        expenditure.amount = Money.positive(amount, "amount spent");
        expenditure.category = Money.chosen(category, "category");
        expenditure.description = Money.text(description, "description", DESCRIPTION_MAX);
        expenditure.recordedBy = Objects.requireNonNull(by);
        expenditure.recordedAt = Objects.requireNonNull(at);
        return expenditure;
    }

    public void attach(Receipt file) {
        this.receipt = Objects.requireNonNull(file);
    }

    public boolean hasReceipt() {
        return receipt != null && receipt.getStorageKey() != null;
    }

    @Override
    public String auditType() {
        return "Expenditure";
    }

    @Override
    public String auditName() {
        return category.label() + ", " + DAY.format(spentOn);
    }

    @Override
    public Long auditGrantId() {
        return grant.getId();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("Date", spentOn.toString());
        state.put("Period", period.getName());
        state.put("Category", category.label());
        state.put("Description", description);
        state.put("Amount", Money.plain(amount));
        state.put("Receipt", hasReceipt() ? receipt.getFileName() + " (SHA-256 " + receipt.getSha256() + ")" : null);
        return state;
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Grant getGrant() {
        return grant;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public LocalDate getSpentOn() {
        return spentOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BudgetCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public Receipt getReceipt() {
        return hasReceipt() ? receipt : null;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
