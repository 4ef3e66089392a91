package org.firstmile.finance.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Spend against budget for one category: the variance is spent minus budget, and as a percentage of the budget. A
 * variance is over the threshold when its absolute percentage is more than the threshold (exactly the threshold is
 * not over); spend against a budget of 0 is always over, and a budget of 0 has no percentage.
 */
public record Variance(BigDecimal budget, BigDecimal spent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Variance {
        Objects.requireNonNull(budget);
        Objects.requireNonNull(spent);
    }

    public static Variance of(BigDecimal budget, BigDecimal spent) {
        return new Variance(budget == null ? BigDecimal.ZERO : budget, spent == null ? BigDecimal.ZERO : spent);
    }

    /** Spent minus budget: positive is overspend, negative underspend. */
    public BigDecimal amount() {
        return spent.subtract(budget);
    }

    /** The variance as a percentage of the budget to one decimal place; null when the budget is 0. */
    public BigDecimal percent() {
        if (budget.signum() == 0) {
            return null;
        }
        return amount().multiply(HUNDRED).divide(budget, 1, RoundingMode.HALF_UP);
    }

    /** Compared exactly, not after rounding, so 15.04% is over a threshold of 15 although it shows as 15.0%. */
    public boolean isOver(BigDecimal thresholdPercent) {
        if (budget.signum() == 0) {
            return spent.signum() != 0;
        }
        return amount().abs().multiply(HUNDRED).compareTo(thresholdPercent.multiply(budget)) > 0;
    }
}
