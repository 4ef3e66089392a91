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

    /**
     * The grant's indicators with their progress per period and to date (the periods begun by today), in four
     * queries however many indicators and periods there are.
     */
    public List<IndicatorRow> progress(long grantId) {
        List<PeriodRef> periods = periods(grantId);
        List<OutcomeIndicator> indicators = indicators(grantId);
        Map<List<Long>, BigDecimal> targets = figures(em.createQuery("SELECT t.indicator.id, t.period.id, t.target "
                + "FROM OutcomeTarget t WHERE t.indicator.grant.id = :grant", Object[].class)
                .setParameter("grant", grantId).getResultList());
        Map<List<Long>, BigDecimal> actuals = figures(em.createQuery("SELECT a.indicator.id, a.period.id, "
                + "SUM(a.value) FROM OutcomeActual a WHERE a.indicator.grant.id = :grant "
                + "GROUP BY a.indicator.id, a.period.id", Object[].class)
                .setParameter("grant", grantId).getResultList());
        LocalDate today = LocalDate.now(clock);
        List<IndicatorRow> rows = new ArrayList<>();
        for (OutcomeIndicator indicator : indicators) {
            List<IndicatorRow.PeriodProgress> perPeriod = new ArrayList<>();
            List<Progress> begun = new ArrayList<>();
            for (PeriodRef period : periods) {
                List<Long> key = List.of(indicator.getId(), period.id());
                Progress progress = Progress.of(targets.get(key), actuals.get(key));
                perPeriod.add(new IndicatorRow.PeriodProgress(period, progress));
                if (!period.start().isAfter(today)) {
                    begun.add(progress);
                }
            }
            rows.add(new IndicatorRow(indicator.getId(), indicator.getVersion(), indicator.getName(),
                    indicator.getUnit(), indicator.getDescription(), perPeriod, Progress.sum(begun),
                    indicator.getProgrammeId()));
        }
        return rows;
    }

    private static Map<List<Long>, BigDecimal> figures(List<Object[]> rows) {
        Map<List<Long>, BigDecimal> figures = new HashMap<>();
        rows.forEach(row -> figures.put(List.of((Long) row[0], (Long) row[1]), (BigDecimal) row[2]));
        return figures;
    }
}
