package org.firstmile.finance.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts spend beside budget, category by category, in the budget's order. Spend in a category that has no budget line
 * shows as an unbudgeted line (a budget of 0), so that no money goes unseen.
 */
public final class BudgetComparison {

    public static final String UNBUDGETED = "Not in the budget";

    private BudgetComparison() {
    }

    /** One category's budget: what it is for and how much. */
    public record Planned(String description, BigDecimal amount) {
    }

    /** One line of the comparison. */
    public record Compared(BudgetCategory category, String description, boolean budgeted, Variance variance) {
    }

    public static List<Compared> of(Map<BudgetCategory, Planned> budget, Map<BudgetCategory, BigDecimal> spent) {
        List<Compared> lines = new ArrayList<>();
        for (BudgetCategory category : BudgetCategory.values()) {
            Planned planned = budget.get(category);
            BigDecimal spentHere = spent.get(category);
            if (planned != null) {
                lines.add(new Compared(category, planned.description(), true,
                        Variance.of(planned.amount(), spentHere)));
            } else if (spentHere != null && spentHere.signum() != 0) {
                lines.add(new Compared(category, UNBUDGETED, false, Variance.of(BigDecimal.ZERO, spentHere)));
            }
        }
        return lines;
    }
}
