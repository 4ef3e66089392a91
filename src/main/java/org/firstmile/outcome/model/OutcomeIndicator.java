package org.firstmile.outcome.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.firstmile.audit.model.Auditable;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.platform.error.BusinessException;

/** A measure of what a grant achieves, such as "People brought together" in people, with a target per period. */
@Entity
@Table(name = "outcome_indicator")
public class OutcomeIndicator implements Auditable {

    public static final int NAME_MAX = 200;
    public static final int UNIT_MAX = 50;
    public static final int TEXT_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id", nullable = false)
    private Grant grant;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = UNIT_MAX)
    private String unit;

    @Column(name = "description")
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The partner programme this indicator measures, or null for the whole grant. */
    @Column(name = "partner_programme_id")
    private Long programmeId;

    @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<OutcomeTarget> targets = new ArrayList<>();

    protected OutcomeIndicator() {
    }

    /** Defines an indicator with its targets; a period of another grant is refused. */
    public static OutcomeIndicator define(Grant grant, String name, String unit, String description,
            Map<ReportingPeriod, BigDecimal> targets, Instant at) {
        OutcomeIndicator indicator = new OutcomeIndicator();
        indicator.grant = Objects.requireNonNull(grant);
        indicator.createdAt = Objects.requireNonNull(at);
        indicator.describe(name, unit, description);
        indicator.setTargets(targets);
        return indicator;
    }

    /** Renames or re-describes the indicator and sets its targets; a period left out keeps no target. */
    /** Ties the indicator to one partner programme of the grant (checked by the service), or to none. */
    public void measure(Long partnerProgrammeId) {
        this.programmeId = partnerProgrammeId;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void revise(String name, String unit, String description, Map<ReportingPeriod, BigDecimal> targets) {
        describe(name, unit, description);
        setTargets(targets);
    }

    private void describe(String name, String unit, String description) {
        this.name = Objects.requireNonNull(name).strip();
        this.unit = Objects.requireNonNull(unit).strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    private void setTargets(Map<ReportingPeriod, BigDecimal> wanted) {
        for (ReportingPeriod period : wanted.keySet()) {
            if (!grant.getPeriods().contains(period)) {
                throw new BusinessException("A target can only be set for a reporting period of this grant.");
            }
        }
        targets.removeIf(target -> wanted.get(target.getPeriod()) == null);
        wanted.forEach((period, value) -> {
            if (value == null) {
                return;
            }
            requireNotNegative(value, "A target");
            targets.stream().filter(target -> target.getPeriod().equals(period)).findFirst()
                    .ifPresentOrElse(target -> target.changeTo(value),
                            () -> targets.add(new OutcomeTarget(this, period, value)));
        });
    }

    static void requireNotNegative(BigDecimal value, String what) {
        if (value.signum() < 0) {
            throw new BusinessException(what + " cannot be negative. Enter 0 or more.");
        }
    }

    /** The target of a period, if one is set. */
    public BigDecimal targetFor(ReportingPeriod period) {
        return targets.stream().filter(target -> target.getPeriod().equals(period)).findFirst()
                .map(OutcomeTarget::getTarget).orElse(null);
    }

    @Override
    public String auditType() {
        return "Outcome indicator";
    }

    @Override
    public String auditName() {
        return name;
    }

    @Override
    public Long auditGrantId() {
        return grant.getId();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("Name", name);
        state.put("Unit", unit);
        state.put("Description", description);
        state.put("Partner programme (id)", programmeId == null ? null : programmeId.toString());
        targets.stream().sorted(Comparator.comparingInt(target -> target.getPeriod().getSequenceNo()))
                .forEach(target -> state.put("Target " + target.getPeriod().getName(),
                        target.getTarget().stripTrailingZeros().toPlainString()));
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

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public String getDescription() {
        return description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<OutcomeTarget> getTargets() {
        return Collections.unmodifiableList(targets);
    }
}
