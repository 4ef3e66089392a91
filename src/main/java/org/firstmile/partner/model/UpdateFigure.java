package org.firstmile.partner.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.firstmile.outcome.model.OutcomeIndicator;

/** A figure a partner reports for one of the grant's outcome indicators, in one revision of an update. */
@Entity
@Table(name = "partner_update_figure")
public class UpdateFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "update_id", nullable = false)
    private PartnerUpdate update;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false)
    private OutcomeIndicator indicator;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal value;

    protected UpdateFigure() {
    }

    UpdateFigure(PartnerUpdate update, OutcomeIndicator indicator, BigDecimal value) {
        this.update = update;
        this.indicator = indicator;
        this.value = value;
    }

    boolean isFor(OutcomeIndicator other) {
        return indicator == other || (indicator.getId() != null && indicator.getId().equals(other.getId()));
    }

    void change(BigDecimal newValue) {
        this.value = newValue;
    }

    public Long getId() {
        return id;
    }

    public OutcomeIndicator getIndicator() {
        return indicator;
    }

    public BigDecimal getValue() {
        return value;
    }
}
