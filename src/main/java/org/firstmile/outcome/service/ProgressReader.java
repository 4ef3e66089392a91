package org.firstmile.outcome.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firstmile.outcome.model.OutcomeIndicator;
import org.firstmile.outcome.model.Progress;

/**
 * Reads indicators and their progress. Holds no access rule of its own: the staff's {@link OutcomeService}, the
 * funder portal and the partner portal each decide first who may see which grant, then ask here.
 */
@ApplicationScoped
public class ProgressReader {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The grant's indicators as a partner reports on them: id, name and unit, in the order they were defined. */
    /** The indicators a partner programme reports on: the whole grant's and the programme's own. */
    public List<OutcomeIndicator> indicatorsFor(long grantId, long programmeId) {
        return indicators(grantId).stream()
                .filter(i -> i.getProgrammeId() == null || i.getProgrammeId() == programmeId).toList();
    }

    public List<OutcomeIndicator> indicators(long grantId) {
        return em.createQuery("SELECT i FROM OutcomeIndicator i WHERE i.grant.id = :grant ORDER BY i.createdAt, i.id",
                OutcomeIndicator.class).setParameter("grant", grantId).getResultList();
    }

    /** The grant's reporting periods in order. */
    public List<PeriodRef> periods(long grantId) {
        return em.createQuery("SELECT NEW org.firstmile.outcome.service.PeriodRef(p.id, p.name, p.startDate) "
                + "FROM ReportingPeriod p WHERE p.grant.id = :grant ORDER BY p.sequenceNo", PeriodRef.class)
                .setParameter("grant", grantId).getResultList();
    }

    /** The grant's indicators with their progress per period and to date, in two queries. */
    public List<IndicatorRow> progress(long grantId) {
        return progress(grantId, periods(grantId));
    }

    /**
     * The grant's indicators with their progress in each of {@code periods} (the grant's, in order) and to date (the
     * periods begun by today), in one query however many indicators, periods and actuals there are: a row for each
     * indicator and period, with the period's target and the sum of its actuals.
     */
    public List<IndicatorRow> progress(long grantId, List<PeriodRef> periods) {
        Map<OutcomeIndicator, Map<Long, Progress>> figures = new LinkedHashMap<>();
        em.createQuery("SELECT i, p.id, (SELECT t.target FROM OutcomeTarget t WHERE t.indicator = i AND t.period = p), "
                + "(SELECT SUM(a.value) FROM OutcomeActual a WHERE a.indicator = i AND a.period = p) "
                + "FROM OutcomeIndicator i LEFT JOIN ReportingPeriod p ON p.grant.id = :grant "
                + "WHERE i.grant.id = :grant ORDER BY i.createdAt, i.id", Object[].class)
                .setParameter("grant", grantId).getResultList()
                .forEach(row -> {
                    Map<Long, Progress> byPeriod = figures.computeIfAbsent((OutcomeIndicator) row[0],
                            indicator -> new HashMap<>());
                    if (row[1] != null) {
                        byPeriod.put((Long) row[1], Progress.of((BigDecimal) row[2], (BigDecimal) row[3]));
                    }
                });
        LocalDate today = LocalDate.now(clock);
        List<IndicatorRow> rows = new ArrayList<>();
        figures.forEach((indicator, byPeriod) -> {
            List<IndicatorRow.PeriodProgress> perPeriod = new ArrayList<>();
            List<Progress> begun = new ArrayList<>();
            for (PeriodRef period : periods) {
                Progress progress = byPeriod.getOrDefault(period.id(), Progress.of(null, null));
                perPeriod.add(new IndicatorRow.PeriodProgress(period, progress));
                if (!period.start().isAfter(today)) {
                    begun.add(progress);
                }
            }
            rows.add(new IndicatorRow(indicator.getId(), indicator.getVersion(), indicator.getName(),
                    indicator.getUnit(), indicator.getDescription(), perPeriod, Progress.sum(begun),
                    indicator.getProgrammeId()));
        });
        return rows;
    }
}
