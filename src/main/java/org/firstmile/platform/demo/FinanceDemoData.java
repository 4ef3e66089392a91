package org.firstmile.platform.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.firstmile.finance.model.BudgetCategory;
import org.firstmile.finance.model.BudgetLine;
import org.firstmile.finance.model.Expenditure;
import org.firstmile.finance.model.Payment;
import org.firstmile.finance.model.VarianceExplanation;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.model.ReportingPeriod;

/**
 * Sample finance of the demo grant: a budget for both years that adds up to the amount awarded, spend in year one
 * with one line over the threshold and explained (so that year one can be reported), spend so far in year two, and
 * two payments from the funder. Figures are examples.
 */
final class FinanceDemoData {

    /** Budget lines as shares of the award: year one, then year two (together 349,500 for the demo grant). */
    private static final List<Share> BUDGET = List.of(
            new Share(0, BudgetCategory.STAFF_COSTS, "Programme lead and coordinator", "98000"),
            new Share(0, BudgetCategory.VOLUNTEER_EXPENSES, "Expenses of Collective members", "6000"),
            new Share(0, BudgetCategory.ACTIVITIES_AND_EVENTS, "Collective gatherings and learning events", "28000"),
            new Share(0, BudgetCategory.VENUE_AND_EQUIPMENT, "Venue hire and two laptops", "9500"),
            new Share(0, BudgetCategory.TRAVEL, "Travel to partner programmes", "7500"),
            new Share(0, BudgetCategory.OVERHEADS, "Share of office, finance and HR", "23000"),
            new Share(1, BudgetCategory.STAFF_COSTS, "Programme lead and coordinator", "101000"),
            new Share(1, BudgetCategory.VOLUNTEER_EXPENSES, "Expenses of Collective members", "7000"),
            new Share(1, BudgetCategory.ACTIVITIES_AND_EVENTS, "Relationships Academy sessions and learning exchanges",
                    "32000"),
            new Share(1, BudgetCategory.VENUE_AND_EQUIPMENT, "Venue hire", "6000"),
            new Share(1, BudgetCategory.TRAVEL, "Travel to partner programmes", "8000"),
            new Share(1, BudgetCategory.OVERHEADS, "Share of office, finance and HR", "23500"));

    private FinanceDemoData() {
    }

    static void load(EntityManager em, Grant grant, Clock clock) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        ReportingPeriod yearOne = grant.getPeriods().get(0);
        ReportingPeriod yearTwo = grant.getPeriods().get(1);
        budget(em, grant, at(grant.getPlannedStart().minusDays(20), zone));

        LocalDate y1 = yearOne.getStartDate();
        for (int quarter = 0; quarter < 4; quarter++) {
            spend(em, grant, y1.plusMonths(3L * quarter + 2).plusDays(24), BudgetCategory.STAFF_COSTS, "24100",
                    "Salaries, quarter " + (quarter + 1), today, zone);
            spend(em, grant, y1.plusMonths(3L * quarter + 2).plusDays(26), BudgetCategory.OVERHEADS, "5750",
                    "Office, finance and HR share, quarter " + (quarter + 1), today, zone);
        }
        spend(em, grant, y1.plusMonths(2).plusDays(10), BudgetCategory.ACTIVITIES_AND_EVENTS, "9800",
                "First gathering of the Relationships Collective", today, zone);
        spend(em, grant, y1.plusMonths(6).plusDays(3), BudgetCategory.ACTIVITIES_AND_EVENTS, "11200",
                "Learning events on the glossary of relational phrases", today, zone);
        spend(em, grant, y1.plusMonths(9).plusDays(14), BudgetCategory.ACTIVITIES_AND_EVENTS, "12600",
                "Two extra spring learning events asked for by the Collective", today, zone);
        spend(em, grant, y1.plusMonths(1).plusDays(5), BudgetCategory.VENUE_AND_EQUIPMENT, "2400",
                "Two laptops for the coordinators", today, zone);
        spend(em, grant, y1.plusMonths(5).plusDays(8), BudgetCategory.VENUE_AND_EQUIPMENT, "6200",
                "Venue hire for gatherings", today, zone);
        spend(em, grant, y1.plusMonths(4).plusDays(2), BudgetCategory.VOLUNTEER_EXPENSES, "2650",
                "Collective members' travel and childcare", today, zone);
        spend(em, grant, y1.plusMonths(10).plusDays(2), BudgetCategory.VOLUNTEER_EXPENSES, "2750",
                "Collective members' travel and childcare", today, zone);
        spend(em, grant, y1.plusMonths(7).plusDays(12), BudgetCategory.TRAVEL, "6900",
                "Visits to The Roots Programme and other partners", today, zone);
        em.persist(VarianceExplanation.write(grant, yearOne, BudgetCategory.ACTIVITIES_AND_EVENTS,
                "The Collective asked for two extra learning events in the spring. Partners lent their rooms for "
                        + "free, so part of the money came from the venue budget; the rest is within the year's "
                        + "total.", "staff", at(yearOne.getEndDate().plusDays(12), zone)));

        LocalDate y2 = yearTwo.getStartDate();
        spend(em, grant, y2.plusDays(24), BudgetCategory.STAFF_COSTS, "8450", "Salaries, first month", today, zone);
        spend(em, grant, y2.plusDays(12), BudgetCategory.ACTIVITIES_AND_EVENTS, "2950",
                "First Relationships Academy design session", today, zone);
        spend(em, grant, y2.plusDays(18), BudgetCategory.TRAVEL, "1460", "Visit to The Roots Programme", today,
                zone);
        spend(em, grant, y2.plusDays(20), BudgetCategory.OTHER, "1200",
                "Welsh translation of the glossary of relational phrases", today, zone);

        em.persist(Payment.receive(grant, grant.getPlannedStart().minusDays(14), amount(grant, 0),
                "BPTF first payment, year one", "staff", at(grant.getPlannedStart().minusDays(10), zone), today));
        em.persist(Payment.receive(grant, y2.plusDays(3), amount(grant, 1), "BPTF second payment, year two",
                "staff", at(y2.plusDays(5), zone), today));
    }

    /** The budget lines, scaled so that they add up to the amount awarded exactly (the last line takes the pence). */
    private static void budget(EntityManager em, Grant grant, Instant at) {
        BigDecimal weights = BUDGET.stream().map(Share::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal left = grant.getAmountAwarded();
        for (int i = 0; i < BUDGET.size(); i++) {
            Share share = BUDGET.get(i);
            BigDecimal amount = i == BUDGET.size() - 1 ? left
                    : grant.getAmountAwarded().multiply(share.weight()).divide(weights, 2, RoundingMode.HALF_UP);
            left = left.subtract(amount);
            em.persist(BudgetLine.plan(grant, grant.getPeriods().get(share.period()), share.category(),
                    share.description(), amount, at));
        }
    }

    /** A year's share of the award, paid in advance of the year. */
    private static BigDecimal amount(Grant grant, int period) {
        BigDecimal weights = BUDGET.stream().map(Share::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal year = BUDGET.stream().filter(share -> share.period() == period).map(Share::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return grant.getAmountAwarded().multiply(year).divide(weights, 2, RoundingMode.HALF_UP);
    }

    private static void spend(EntityManager em, Grant grant, LocalDate on, BudgetCategory category, String amount,
            String description, LocalDate today, ZoneId zone) {
        em.persist(Expenditure.record(grant, on, new BigDecimal(amount), category, description, "staff",
                at(on.plusDays(1), zone), today));
    }

    private static Instant at(LocalDate day, ZoneId zone) {
        return day.atTime(11, 0).atZone(zone).toInstant();
    }

    private record Share(int period, BudgetCategory category, String description, String amount) {
        BigDecimal weight() {
            return new BigDecimal(amount);
        }
    }
}
