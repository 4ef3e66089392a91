package org.firstmile.finance.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.firstmile.finance.model.BudgetCategory;
import org.firstmile.finance.model.Expenditure;

/** Spend as typed; its reporting period follows from the date. */
public class ExpenditureForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Enter the date the money was spent.")
    private LocalDate spentOn;

    @NotNull(message = "Enter the amount spent, for example 245.50.")
    @DecimalMin(value = "0.01", message = "The amount spent must be more than 0. A refund is not recorded as spend.")
    @Digits(integer = 12, fraction = 2, message = "Enter an amount of up to 12 digits, with at most 2 decimal places "
            + "(pence).")
    private BigDecimal amount;

    @NotNull(message = "Choose a category, for example Travel.")
    private BudgetCategory category;

    @NotBlank(message = "Enter what the money was spent on.")
    @Size(max = Expenditure.DESCRIPTION_MAX, message = "The description must be " + Expenditure.DESCRIPTION_MAX
            + " characters or fewer.")
    private String description;

    public LocalDate getSpentOn() {
        return spentOn;
    }

    public void setSpentOn(LocalDate spentOn) {
        this.spentOn = spentOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BudgetCategory getCategory() {
        return category;
    }

    public void setCategory(BudgetCategory category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
