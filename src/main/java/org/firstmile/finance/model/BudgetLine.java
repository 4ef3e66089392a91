package org.firstmile.finance.model;

import jakarta.persistence.Column;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.firstmile.audit.model.Auditable;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.platform.error.BusinessException;

/** What a grant plans to spend in one category in one reporting period. One line per category and period. */
@Entity
@Table(name = "budget_line")
public class BudgetLine implements Auditable {

    public static final int DESCRIPTION_MAX = 200;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private BudgetCategory category;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BudgetLine() {
    }

    /** A new line of a period of the grant. */
    public static BudgetLine plan(Grant grant, ReportingPeriod period, BudgetCategory category, String description,
            BigDecimal amount, Instant at) {
        if (!grant.getPeriods().contains(period)) {
            throw new BusinessException("Choose a reporting period of this grant.");
        }
        BudgetLine line = new BudgetLine();
        line.grant = grant;
        line.period = period;
        line.createdAt = Objects.requireNonNull(at);
        line.revise(category, description, amount);
        return line;
    }

    public void revise(BudgetCategory newCategory, String newDescription, BigDecimal newAmount) {
        category = Money.chosen(newCategory, "category");
        description = Money.text(newDescription, "description", DESCRIPTION_MAX);
        BigDecimal checked = Money.notNegative(newAmount, "budget amount");
        if (amount == null || amount.compareTo(checked) != 0) {
            amount = checked;
        }
    }

    @Override
    public String auditType() {
        return "Budget line";
    }

    @Override
    public String auditName() {
        return category.label() + ", " + period.getName();
    }

    @Override
    public Long auditGrantId() {
        return grant.getId();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("Period", period.getName());
        state.put("Category", category.label());
        state.put("Description", description);
        state.put("Amount", Money.plain(amount));
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

    public BudgetCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
