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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.firstmile.audit.model.Auditable;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.platform.error.BusinessException;

/** Why spend in one category and period differs from its budget, written by staff for the funder. */
@Entity
@Table(name = "variance_explanation")
public class VarianceExplanation implements Auditable {

    public static final int TEXT_MAX = 5_000;

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

    @Column(nullable = false)
    private String explanation;

    @Column(name = "written_by", nullable = false, length = 100)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected VarianceExplanation() {
    }

    public static VarianceExplanation write(Grant grant, ReportingPeriod period, BudgetCategory category, String text,
            String by, Instant at) {
        if (!grant.getPeriods().contains(period)) {
            throw new BusinessException("Choose a reporting period of this grant.");
        }
        VarianceExplanation explanation = new VarianceExplanation();
        explanation.grant = grant;
        explanation.period = period;
        explanation.category = Money.chosen(category, "category");
        explanation.rewrite(text, by, at);
        return explanation;
    }

    public void rewrite(String text, String by, Instant at) {
        explanation = Money.text(text, "explanation of the variance", TEXT_MAX);
        writtenBy = Objects.requireNonNull(by);
        writtenAt = Objects.requireNonNull(at);
    }

    @Override
    public String auditType() {
        return "Variance explanation";
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
        state.put("Explanation", explanation);
        return state;
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public BudgetCategory getCategory() {
        return category;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
