package org.firstmile.finance.service;

import java.io.Serializable;
import java.math.BigDecimal;
import org.firstmile.finance.model.BudgetCategory;

/** A budget line as the staff's finance page lists it. */
public record BudgetLineRow(Long id, int version, BudgetCategory category, String description, BigDecimal amount)
        implements Serializable {

    public String categoryLabel() {
        return category.label();
    }
}
