package org.firstmile.finance.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.firstmile.finance.model.BudgetCategory;

/** An expenditure as the staff's finance page lists it; {@code receiptName} is null when there is no receipt. */
public record ExpenditureRow(Long id, LocalDate spentOn, BudgetCategory category, String description,
        BigDecimal amount, String receiptName) implements Serializable {

    public String categoryLabel() {
        return category.label();
    }
}
