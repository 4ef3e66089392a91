package org.firstmile.outcome.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firstmile.audit.model.AuditAction;
import org.firstmile.audit.service.AuditTrail;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.identity.model.Role;
import org.firstmile.outcome.model.ActualSource;
import org.firstmile.outcome.model.OutcomeActual;
import org.firstmile.outcome.model.OutcomeIndicator;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.platform.error.EditConflictException;
import org.firstmile.platform.error.NotFoundException;

/**
 * Use cases of outcome indicators for programme staff: define and revise an indicator with its targets, record the
 * staff figure for a period, add the figure of an accepted partner update, and read progress against target.
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
public class OutcomeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgressReader progressReader;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    public OutcomeIndicator define(long grantId, @NotNull @Valid IndicatorForm form) {
        Grant grant = em.find(Grant.class, grantId);
        if (grant == null) {
            throw new NotFoundException("grant", grantId);
        }
        requireUniqueName(grantId, form.getName(), null);
        OutcomeIndicator indicator = OutcomeIndicator.define(grant, form.getName(), form.getUnit(),
                form.getDescription(), targets(grant, form), clock.instant());
        indicator.measure(programmeOf(grantId, form));
        em.persist(indicator);
        audit.created(indicator);
        return indicator;
    }

    /** Saves a changed indicator; a change to its targets alone also moves its version on. */
    public OutcomeIndicator revise(@NotNull @Valid IndicatorForm form) {
        OutcomeIndicator indicator = getIndicator(form.getId());
        EditConflictException.check("indicator", form.getVersion(), indicator.getVersion());
        requireUniqueName(indicator.getGrant().getId(), form.getName(), indicator.getId());
        Map<String, String> before = indicator.auditState();
        indicator.revise(form.getName(), form.getUnit(), form.getDescription(), targets(indicator.getGrant(), form));
        indicator.measure(programmeOf(indicator.getGrant().getId(), form));
        em.lock(indicator, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.changed(indicator, before, AuditAction.UPDATED);
        return indicator;
    }

    private Long programmeOf(long grantId, IndicatorForm form) {
        if (form.getProgrammeId() == null) {
            return null;
        }
        long ofThisGrant = em.createQuery("SELECT COUNT(p) FROM PartnerProgramme p WHERE p.id = :id "
                + "AND p.grant.id = :grant", Long.class).setParameter("id", form.getProgrammeId())
                .setParameter("grant", grantId).getSingleResult();
        if (ofThisGrant == 0) {
            throw new BusinessException("An indicator can only measure a partner programme of its own grant.");
        }
        return form.getProgrammeId();
    }

    /** The indicator as a form to edit, with a target entry for every period of its grant. */
    public IndicatorForm edit(long indicatorId) {
        OutcomeIndicator indicator = getIndicator(indicatorId);
        IndicatorForm form = IndicatorForm.forPeriods(periods(indicator.getGrant().getId()));
        form.setId(indicator.getId());
        form.setVersion(indicator.getVersion());
        form.setName(indicator.getName());
        form.setUnit(indicator.getUnit());
        form.setDescription(indicator.getDescription());
        form.setProgrammeId(indicator.getProgrammeId());
        for (TargetEntry entry : form.getTargets()) {
            entry.setTarget(indicator.targetFor(em.find(ReportingPeriod.class, entry.getPeriodId())));
        }
        return form;
    }

    /** Records or corrects the staff figure of an indicator for a period. */
    public OutcomeActual recordActual(@NotNull @Valid ActualForm form) {
        OutcomeIndicator indicator = getIndicator(form.getIndicatorId());
        ReportingPeriod period = getPeriod(form.getPeriodId());
        Optional<OutcomeActual> existing = findActual(indicator.getId(), period.getId(), ActualSource.STAFF);
        if (existing.isEmpty()) {
            if (form.getVersion() != null) {
                throw new EditConflictException("actual");
            }
            return create(indicator, period, ActualSource.STAFF, form.getValue(), form.getNote());
        }
        OutcomeActual actual = existing.get();
        if (form.getVersion() == null) {
            throw new EditConflictException("actual");
        }
        EditConflictException.check("actual", form.getVersion(), actual.getVersion());
        Map<String, String> before = actual.auditState();
        actual.replace(form.getValue(), form.getNote(), caller(), clock.instant());
        audit.changed(actual, before, AuditAction.UPDATED);
        return actual;
    }

    /**
     * Adds the figure of an accepted partner update to the period's partner-update actual, which staff do not edit.
     * Called by the partner feature in the transaction that accepts the update.
     */
    public OutcomeActual recordFromPartnerUpdate(long indicatorId, long periodId,
            @NotNull(message = "Enter the figure from the partner update.")
            @DecimalMin(value = "0", message = "An actual cannot be negative. Enter 0 or more.") BigDecimal value,
            String note) {
        OutcomeIndicator indicator = getIndicator(indicatorId);
        ReportingPeriod period = getPeriod(periodId);
        Optional<OutcomeActual> existing = findActual(indicatorId, periodId, ActualSource.PARTNER_UPDATE);
        if (existing.isEmpty()) {
            return create(indicator, period, ActualSource.PARTNER_UPDATE, value, note);
        }
        OutcomeActual actual = existing.get();
        Map<String, String> before = actual.auditState();
        actual.add(value, note, caller(), clock.instant());
        audit.changed(actual, before, AuditAction.UPDATED);
        return actual;
    }

    /** The staff figure of an indicator for a period as a form to correct, or a blank form when there is none. */
    public ActualForm staffActual(long indicatorId, long periodId) {
        ActualForm form = new ActualForm();
        form.setIndicatorId(indicatorId);
        form.setPeriodId(periodId);
        findActual(indicatorId, periodId, ActualSource.STAFF).ifPresent(actual -> {
            form.setValue(actual.getValue());
            form.setNote(actual.getNote());
            form.setVersion(actual.getVersion());
        });
        return form;
    }

    /** The grant's reporting periods in order. */
    public List<PeriodRef> periods(long grantId) {
        return progressReader.periods(grantId);
    }

    /** The grant's indicators with their progress per period and to date. */
    public List<IndicatorRow> progress(long grantId) {
        return progressReader.progress(grantId);
    }

    private OutcomeActual create(OutcomeIndicator indicator, ReportingPeriod period, ActualSource source,
            BigDecimal value, String note) {
        OutcomeActual actual = OutcomeActual.record(indicator, period, source, value, note, caller(),
                clock.instant());
        em.persist(actual);
        audit.created(actual);
        return actual;
    }

    private Map<ReportingPeriod, BigDecimal> targets(Grant grant, IndicatorForm form) {
        Map<ReportingPeriod, BigDecimal> targets = new LinkedHashMap<>();
        for (TargetEntry entry : form.getTargets()) {
            ReportingPeriod period = grant.getPeriods().stream().filter(p -> p.getId().equals(entry.getPeriodId()))
                    .findFirst().orElseThrow(() -> new BusinessException(
                            "A target can only be set for a reporting period of this grant."));
            targets.put(period, entry.getTarget());
        }
        return targets;
    }

    private void requireUniqueName(long grantId, String name, Long exceptId) {
        boolean taken = em.createQuery("SELECT i.id FROM OutcomeIndicator i WHERE i.grant.id = :grant "
                + "AND LOWER(i.name) = LOWER(:name)", Long.class).setParameter("grant", grantId)
                .setParameter("name", name.strip()).getResultStream().anyMatch(id -> !id.equals(exceptId));
        if (taken) {
            throw new BusinessException("This grant already has an indicator called \u201c" + name.strip()
                    + "\u201d. Choose another name, or record actuals against the existing one.");
        }
    }

    private Optional<OutcomeActual> findActual(long indicatorId, long periodId, ActualSource source) {
        return em.createQuery("SELECT a FROM OutcomeActual a WHERE a.indicator.id = :indicator "
                + "AND a.period.id = :period AND a.source = :source", OutcomeActual.class)
                .setParameter("indicator", indicatorId).setParameter("period", periodId)
                .setParameter("source", source).getResultStream().findFirst();
    }

    private OutcomeIndicator getIndicator(Long id) {
        OutcomeIndicator indicator = id == null ? null : em.find(OutcomeIndicator.class, id);
        if (indicator == null) {
            throw new NotFoundException("outcome indicator", id);
        }
        return indicator;
    }

    private ReportingPeriod getPeriod(Long id) {
        ReportingPeriod period = id == null ? null : em.find(ReportingPeriod.class, id);
        if (period == null) {
            throw new NotFoundException("reporting period", id);
        }
        return period;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
