package org.firstmile.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstmile.finance.model.BudgetCategory;
import org.firstmile.finance.model.BudgetComparison;
import org.firstmile.finance.model.BudgetComparison.Compared;
import org.firstmile.finance.model.BudgetComparison.Planned;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.platform.error.NotFoundException;

/**
 * Reads budget against spend and the payments of a grant, for one reporting period or to date. Holds no access rule
 * of its own: the staff's {@link FinanceService}, the funder portal and progress reports decide first who may see
 * which grant, then ask here. Four queries per summary, however many lines and expenditures there are.
 */
@ApplicationScoped
public class FinanceReader {

    public static final String THRESHOLD_KEY = "firstmile.finance.variance-threshold-percent";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = THRESHOLD_KEY, defaultValue = "15")
    String threshold;

    public FinanceSummary forPeriod(long grantId, long reportingPeriodId) {
        String currency = currencyOf(grantId);
        ReportingPeriod period = em.createQuery("SELECT p FROM ReportingPeriod p WHERE p.id = :id "
                + "AND p.grant.id = :grant", ReportingPeriod.class).setParameter("id", reportingPeriodId)
                .setParameter("grant", grantId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("reporting period", reportingPeriodId));
        boolean first = period.getSequenceNo() == periodsOf(grantId).get(0).getSequenceNo();
        Figures figures = figures(grantId, List.of(period));
        List<PaymentRow> payments = payments(grantId).stream()
                .filter(p -> !p.receivedOn().isAfter(period.getEndDate())
                        && (first || !p.receivedOn().isBefore(period.getStartDate())))
                .toList();
        return summary(currency, figures.lines(period.getId()), payments);
    }

    /** All periods begun so far, added up category by category, and every payment received by today. */
    public FinanceSummary toDate(long grantId) {
        String currency = currencyOf(grantId);
        LocalDate today = LocalDate.now(clock);
        List<ReportingPeriod> begun = periodsOf(grantId).stream()
                .filter(period -> !period.getStartDate().isAfter(today)).toList();
        List<PaymentRow> payments = payments(grantId).stream().filter(p -> !p.receivedOn().isAfter(today)).toList();
        return summary(currency, figures(grantId, begun).linesAdded(begun), payments);
    }

    /** Every reporting period of the grant, in order, and the figures to date. */
    public GrantFinance overview(long grantId) {
        List<GrantFinance.PeriodFinance> periods = periodsOf(grantId).stream()
                .map(period -> new GrantFinance.PeriodFinance(period.getId(), period.getName(),
                        forPeriod(grantId, period.getId())))
                .toList();
        return new GrantFinance(periods, toDate(grantId));
    }

    /** The threshold over which a variance needs an explanation, as a percentage of the budget. */
    public BigDecimal thresholdPercent() {
        return new BigDecimal(threshold.strip());
    }

    private FinanceSummary summary(String currency, List<VarianceLine> lines, List<PaymentRow> payments) {
        return new FinanceSummary(currency, thresholdPercent(), lines,
                lines.stream().map(VarianceLine::budget).reduce(BigDecimal.ZERO, BigDecimal::add),
                lines.stream().map(VarianceLine::spent).reduce(BigDecimal.ZERO, BigDecimal::add),
                payments, payments.stream().map(PaymentRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private String currencyOf(long grantId) {
        return em.createQuery("SELECT g.currency FROM Grant g WHERE g.id = :id", String.class)
                .setParameter("id", grantId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("grant", grantId));
    }

    private List<ReportingPeriod> periodsOf(long grantId) {
        return em.createQuery("SELECT p FROM ReportingPeriod p WHERE p.grant.id = :grant ORDER BY p.sequenceNo",
                ReportingPeriod.class).setParameter("grant", grantId).getResultList();
    }

    private List<PaymentRow> payments(long grantId) {
        return em.createQuery("SELECT NEW org.firstmile.finance.service.PaymentRow(p.receivedOn, p.amount, "
                + "p.reference) FROM Payment p WHERE p.grant.id = :grant ORDER BY p.receivedOn, p.id",
                PaymentRow.class).setParameter("grant", grantId).getResultList();
    }

    private Figures figures(long grantId, List<ReportingPeriod> periods) {
        Figures figures = new Figures();
        if (periods.isEmpty()) {
            return figures;
        }
        List<Long> ids = periods.stream().map(ReportingPeriod::getId).toList();
        em.createQuery("SELECT b.period.id, b.category, b.description, b.amount FROM BudgetLine b "
                + "WHERE b.grant.id = :grant AND b.period.id IN :periods", Object[].class)
                .setParameter("grant", grantId).setParameter("periods", ids).getResultList()
                .forEach(row -> figures.budget(row[0]).put((BudgetCategory) row[1],
                        new Planned((String) row[2], (BigDecimal) row[3])));
        em.createQuery("SELECT e.period.id, e.category, SUM(e.amount) FROM Expenditure e "
                + "WHERE e.grant.id = :grant AND e.period.id IN :periods GROUP BY e.period.id, e.category",
                Object[].class).setParameter("grant", grantId).setParameter("periods", ids).getResultList()
                .forEach(row -> figures.spent(row[0]).put((BudgetCategory) row[1], (BigDecimal) row[2]));
        em.createQuery("SELECT x.period.id, x.category, x.explanation FROM VarianceExplanation x "
                + "WHERE x.grant.id = :grant AND x.period.id IN :periods", Object[].class)
                .setParameter("grant", grantId).setParameter("periods", ids).getResultList()
                .forEach(row -> figures.explanations(row[0]).put((BudgetCategory) row[1], (String) row[2]));
        return figures;
    }

    /** The figures of some periods, by period id and category. */
    private final class Figures {
        private final Map<Long, Map<BudgetCategory, Planned>> budget = new LinkedHashMap<>();
        private final Map<Long, Map<BudgetCategory, BigDecimal>> spent = new LinkedHashMap<>();
        private final Map<Long, Map<BudgetCategory, String>> explanations = new LinkedHashMap<>();

        Map<BudgetCategory, Planned> budget(Object periodId) {
            return budget.computeIfAbsent((Long) periodId, id -> new EnumMap<>(BudgetCategory.class));
        }

        Map<BudgetCategory, BigDecimal> spent(Object periodId) {
            return spent.computeIfAbsent((Long) periodId, id -> new EnumMap<>(BudgetCategory.class));
        }

        Map<BudgetCategory, String> explanations(Object periodId) {
            return explanations.computeIfAbsent((Long) periodId, id -> new EnumMap<>(BudgetCategory.class));
        }

        List<VarianceLine> lines(Long periodId) {
            BigDecimal limit = thresholdPercent();
            return BudgetComparison.of(budget(periodId), spent(periodId)).stream()
                    .map(line -> line(line, explanations(periodId).get(line.category()), limit)).toList();
        }

        /** Adds the periods up by category; an explanation names the period it was written for. */
        List<VarianceLine> linesAdded(List<ReportingPeriod> periods) {
            Map<BudgetCategory, Planned> budgetAdded = new EnumMap<>(BudgetCategory.class);
            Map<BudgetCategory, Set<String>> descriptions = new EnumMap<>(BudgetCategory.class);
            Map<BudgetCategory, BigDecimal> spentAdded = new EnumMap<>(BudgetCategory.class);
            Map<BudgetCategory, List<String>> explained = new EnumMap<>(BudgetCategory.class);
            for (ReportingPeriod period : periods) {
                budget(period.getId()).forEach((category, planned) -> {
                    descriptions.computeIfAbsent(category, c -> new LinkedHashSet<>()).add(planned.description());
                    budgetAdded.merge(category, planned, (a, b) -> new Planned(null, a.amount().add(b.amount())));
                });
                spent(period.getId()).forEach((category, amount) -> spentAdded.merge(category, amount,
                        BigDecimal::add));
                explanations(period.getId()).forEach((category, text) -> explained
                        .computeIfAbsent(category, c -> new ArrayList<>()).add(period.getName() + ": " + text));
            }
            budgetAdded.replaceAll((category, planned) -> new Planned(
                    String.join("; ", descriptions.get(category)), planned.amount()));
            BigDecimal limit = thresholdPercent();
            return BudgetComparison.of(budgetAdded, spentAdded).stream()
                    .map(line -> line(line, explained.containsKey(line.category())
                            ? String.join("\n", explained.get(line.category())) : null, limit))
                    .toList();
        }

        private VarianceLine line(Compared line, String explanation, BigDecimal limit) {
            return new VarianceLine(line.category().label(), line.description(), line.variance().budget(),
                    line.variance().spent(), line.variance().amount(), line.variance().percent(),
                    line.variance().isOver(limit), explanation);
        }
    }
}
