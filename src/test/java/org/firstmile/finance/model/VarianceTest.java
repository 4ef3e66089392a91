package org.firstmile.finance.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.firstmile.finance.model.BudgetComparison.Compared;
import org.firstmile.finance.model.BudgetComparison.Planned;
import org.junit.jupiter.api.Test;

class VarianceTest {

    private static final BigDecimal FIFTEEN = new BigDecimal("15");

    private static Variance variance(String budget, String spent) {
        return Variance.of(new BigDecimal(budget), spent == null ? null : new BigDecimal(spent));
    }

    @Test
    void anOverspendIsSpentMinusBudgetAndAPositivePercentage() {
        Variance travel = variance("4000", "4800");

        assertAll(
                () -> assertEquals(new BigDecimal("800"), travel.amount()),
                () -> assertEquals(new BigDecimal("20.0"), travel.percent()),
                () -> assertTrue(travel.isOver(FIFTEEN)));
    }

    @Test
    void anUnderspendIsANegativeVariance() {
        Variance staff = variance("10000", "9000");

        assertAll(
                () -> assertEquals(new BigDecimal("-1000"), staff.amount()),
                () -> assertEquals(new BigDecimal("-10.0"), staff.percent()),
                () -> assertFalse(staff.isOver(FIFTEEN)));
    }

    @Test
    void exactlyTheThresholdIsNotOverEitherWay() {
        assertAll(
                () -> assertEquals(new BigDecimal("15.0"), variance("1000", "1150").percent()),
                () -> assertFalse(variance("1000", "1150").isOver(FIFTEEN)),
                () -> assertFalse(variance("1000", "850").isOver(FIFTEEN)));
    }

    @Test
    void justOverTheThresholdIsOverEvenWhenItRoundsToTheThreshold() {
        Variance justOver = variance("1000", "1150.01");

        assertEquals(new BigDecimal("15.0"), justOver.percent());
        assertTrue(justOver.isOver(FIFTEEN));
        assertTrue(variance("1000", "849.99").isOver(FIFTEEN));
    }

    @Test
    void spendAgainstABudgetOfZeroIsOverAndHasNoPercentage() {
        Variance unplanned = variance("0", "120");

        assertAll(
                () -> assertEquals(new BigDecimal("120"), unplanned.amount()),
                () -> assertNull(unplanned.percent()),
                () -> assertTrue(unplanned.isOver(FIFTEEN)));
    }

    @Test
    void aBudgetOfZeroWithNoSpendIsNotOver() {
        assertFalse(variance("0", null).isOver(FIFTEEN));
    }

    @Test
    void noSpendIsMinusOneHundredPercentAndOver() {
        Variance nothingSpent = variance("2500", null);

        assertAll(
                () -> assertEquals(new BigDecimal("-2500"), nothingSpent.amount()),
                () -> assertEquals(new BigDecimal("-100.0"), nothingSpent.percent()),
                () -> assertTrue(nothingSpent.isOver(FIFTEEN)));
    }

    @Test
    void theThresholdIsConfigurable() {
        assertFalse(variance("1000", "1200").isOver(new BigDecimal("25")));
        assertTrue(variance("1000", "1200").isOver(new BigDecimal("10")));
    }

    @Test
    void spendInACategoryWithNoBudgetLineShowsAsAnUnbudgetedLine() {
        List<Compared> lines = BudgetComparison.of(
                Map.of(BudgetCategory.STAFF_COSTS, new Planned("Programme lead", new BigDecimal("10000"))),
                Map.of(BudgetCategory.TRAVEL, new BigDecimal("300"), BudgetCategory.STAFF_COSTS,
                        new BigDecimal("9500")));

        assertEquals(2, lines.size());
        Compared travel = lines.get(1);
        assertAll(
                () -> assertEquals(BudgetCategory.STAFF_COSTS, lines.get(0).category()),
                () -> assertEquals(BudgetCategory.TRAVEL, travel.category()),
                () -> assertFalse(travel.budgeted()),
                () -> assertEquals(BudgetComparison.UNBUDGETED, travel.description()),
                () -> assertEquals(BigDecimal.ZERO, travel.variance().budget()),
                () -> assertTrue(travel.variance().isOver(FIFTEEN)));
    }

    @Test
    void aBudgetLineWithoutSpendStillShowsInTheBudgetsOrder() {
        List<Compared> lines = BudgetComparison.of(
                Map.of(BudgetCategory.OVERHEADS, new Planned("Rent share", new BigDecimal("500")),
                        BudgetCategory.STAFF_COSTS, new Planned("Salaries", new BigDecimal("1000"))),
                Map.of());

        assertEquals(List.of(BudgetCategory.STAFF_COSTS, BudgetCategory.OVERHEADS),
                lines.stream().map(Compared::category).toList());
        assertEquals(new BigDecimal("-100.0"), lines.get(1).variance().percent());
    }
}
