package org.firstmile.outcome.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.firstmile.grant.model.ReportingPeriod;

/** What an indicator should reach in one reporting period. Changed only through its indicator. */
@Entity
@Table(name = "outcome_target")
public class OutcomeTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false)
    private OutcomeIndicator indicator;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private ReportingPeriod period;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal target;

    protected OutcomeTarget() {
    }

    OutcomeTarget(OutcomeIndicator indicator, ReportingPeriod period, BigDecimal target) {
        this.indicator = indicator;
        this.period = period;
        this.target = target;
    }

    void changeTo(BigDecimal newTarget) {
        if (target.compareTo(newTarget) != 0) {
            target = newTarget;
        }
    }

    public Long getId() {
        return id;
    }

    public OutcomeIndicator getIndicator() {
        return indicator;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public BigDecimal getTarget() {
        return target;
    }
}
