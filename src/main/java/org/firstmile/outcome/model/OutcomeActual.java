package org.firstmile.outcome.model;

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
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.platform.error.BusinessException;

/**
 * The figure an indicator reached in one period from one source. Staff correct it by editing it (the audit trail
 * keeps what it was); accepted partner updates add to the partner-update figure.
 */
@Entity
@Table(name = "outcome_actual")
public class OutcomeActual implements Auditable {

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
    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActualSource source;

    @Column(name = "note")
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected OutcomeActual() {
    }

    /** The first figure of an indicator for a period from a source; the period must belong to the grant. */
    public static OutcomeActual record(OutcomeIndicator indicator, ReportingPeriod period, ActualSource source,
            BigDecimal value, String note, String author, Instant at) {
        if (!indicator.getGrant().getPeriods().contains(period)) {
            throw new BusinessException("Choose a reporting period of this grant.");
        }
        OutcomeActual actual = new OutcomeActual();
        actual.indicator = indicator;
        actual.period = period;
        actual.source = Objects.requireNonNull(source);
        actual.value = BigDecimal.ZERO;
        actual.replace(value, note, author, at);
        return actual;
    }

    /** Sets the figure, as staff do when they correct it. */
    public void replace(BigDecimal newValue, String newNote, String author, Instant at) {
        OutcomeIndicator.requireNotNegative(Objects.requireNonNull(newValue), "An actual");
        value = newValue;
        note = newNote == null || newNote.isBlank() ? null : newNote.strip();
        recordedBy = Objects.requireNonNull(author);
        recordedAt = Objects.requireNonNull(at);
    }

    /** Adds the figure of one more accepted partner update. */
    public void add(BigDecimal more, String newNote, String author, Instant at) {
        OutcomeIndicator.requireNotNegative(Objects.requireNonNull(more), "An actual");
        replace(value.add(more), newNote, author, at);
    }

    @Override
    public String auditType() {
        return "Outcome actual";
    }

    @Override
    public String auditName() {
        return indicator.getName() + ", " + period.getName();
    }

    @Override
    public Long auditGrantId() {
        return indicator.getGrant().getId();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("Actual (" + source.label().toLowerCase() + ")", value.stripTrailingZeros().toPlainString());
        state.put("Note", note);
        return state;
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public OutcomeIndicator getIndicator() {
        return indicator;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public BigDecimal getValue() {
        return value;
    }

    public ActualSource getSource() {
        return source;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
