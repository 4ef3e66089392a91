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
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.platform.error.NotFoundException;

/**
 * Reads budget against spend and the payments of a grant, for one reporting period or to date. Holds no access rule
 * of its own: the staff's {@link FinanceService}, the funder portal and progress reports decide first who may see
 * which grant, then ask here. Three statements per summary, one for the overview of a grant already read,
 * however many periods, lines and expenditures there are.
 */
@ApplicationScoped
public class FinanceReader {

    public static final String THRESHOLD_KEY = "firstmile.finance.variance-threshold-percent";

    /** Everything the summaries are made of, one row each, told apart by kind. */
    private static final String FIGURES = "SELECT 'BUDGET' AS kind, b.period_id, b.category, b.description AS text, "
            + "b.amount, CAST(NULL AS date) AS received_on, b.id FROM budget_line b WHERE b.grant_id = ?1 "
            + "UNION ALL SELECT 'SPENT', e.period_id, e.category, NULL, SUM(e.amount), NULL, 0 FROM expenditure e "
            + "WHERE e.grant_id = ?1 GROUP BY e.period_id, e.category "
            + "UNION ALL SELECT 'EXPLAINED', x.period_id, x.category, x.explanation, NULL, NULL, x.id "
            + "FROM variance_explanation x WHERE x.grant_id = ?1 "
            + "UNION ALL SELECT 'PAID', NULL, NULL, p.reference, p.amount, p.received_on, p.id FROM funder_payment p "
            + "WHERE p.grant_id = ?1 ORDER BY 1, 6, 7";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = THRESHOLD_KEY, defaultValue = "15")
    String threshold;

    public FinanceSummary forPeriod(long grantId, long reportingPeriodId) {
        String currency = currencyOf(grantId);
        List<ReportingPeriod> periods = periodsOf(grantId);
        ReportingPeriod period = periods.stream().filter(p -> p.getId() == reportingPeriodId).findFirst()
                .orElseThrow(() -> new NotFoundException("reporting period", reportingPeriodId));
        return periodSummary(currency, periods, period, figures(grantId));
    }

    /** All periods begun so far, added up category by category, and every payment received by today. */
    public FinanceSummary toDate(long grantId) {
        return toDate(currencyOf(grantId), periodsOf(grantId), figures(grantId));
    }

    /**
     * Every reporting period of the grant, in order, and the figures to date, in one query: the grant comes with its
     * periods and currency.
     */
    public GrantFinance overview(Grant grant) {
        List<ReportingPeriod> periods = grant.getPeriods();
        Figures figures = figures(grant.getId());
        return new GrantFinance(periods.stream().map(period -> new GrantFinance.PeriodFinance(period.getId(),
                period.getName(), periodSummary(grant.getCurrency(), periods, period, figures))).toList(),
                toDate(grant.getCurrency(), periods, figures));
    }

    /** A period's lines, and the payments received in it (the first period also has those received before it). */
    private FinanceSummary periodSummary(String currency, List<ReportingPeriod> periods, ReportingPeriod period,
            Figures figures) {
        boolean first = period.getSequenceNo() == periods.get(0).getSequenceNo();
        List<PaymentRow> payments = figures.payments.stream()
                .filter(p -> !p.receivedOn().isAfter(period.getEndDate())
                        && (first || !p.receivedOn().isBefore(period.getStartDate())))
                .toList();
        return summary(currency, figures.lines(period.getId()), payments);
    }

    private FinanceSummary toDate(String currency, List<ReportingPeriod> periods, Figures figures) {
        LocalDate today = LocalDate.now(clock);
        List<ReportingPeriod> begun = periods.stream().filter(period -> !period.getStartDate().isAfter(today))
                .toList();
        List<PaymentRow> payments = figures.payments.stream().filter(p -> !p.receivedOn().isAfter(today)).toList();
        return summary(currency, figures.linesAdded(begun), payments);
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

    /**
     * Budget lines, spend by category, explanations and payments of every period of the grant, in one statement
     * however many periods, lines and expenditures there are.
     */
    private Figures figures(long grantId) {
        Figures figures = new Figures();
        List<?> rows = em.createNativeQuery(FIGURES).setParameter(1, grantId).getResultList();
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            String kind = (String) row[0];
            Long periodId = row[1] == null ? null : ((Number) row[1]).longValue();
            BudgetCategory category = row[2] == null ? null : BudgetCategory.valueOf((String) row[2]);
            switch (kind) {
                case "BUDGET" -> figures.budget(periodId).put(category,
                        new Planned((String) row[3], (BigDecimal) row[4]));
                case "SPENT" -> figures.spent(periodId).put(category, (BigDecimal) row[4]);
                case "EXPLAINED" -> figures.explanations(periodId).put(category, (String) row[3]);
                case "PAID" -> figures.payments.add(new PaymentRow(localDate(row[5]), (BigDecimal) row[4],
                        (String) row[3]));
                default -> throw new IllegalStateException("Unknown kind of finance row " + kind);
            }
        }
        return figures;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** The figures of every period, by period id and category, and the payments in the order received. */
    private final class Figures {
        private final List<PaymentRow> payments = new ArrayList<>();
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
