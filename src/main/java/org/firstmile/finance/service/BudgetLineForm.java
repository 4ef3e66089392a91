package org.firstmile.finance.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import org.firstmile.finance.model.BudgetCategory;
import org.firstmile.finance.model.BudgetLine;

/** A budget line as typed. {@code id} is null for a new line; {@code version} is the version the person saw. */
public class BudgetLineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    private int version;

    @NotNull(message = "Choose the reporting period.")
    private Long periodId;

    @NotNull(message = "Choose a category, for example Staff costs.")
    private BudgetCategory category;

    @NotBlank(message = "Enter a description, for example Programme lead, 3 days a week.")
    @Size(max = BudgetLine.DESCRIPTION_MAX, message = "The description must be " + BudgetLine.DESCRIPTION_MAX
            + " characters or fewer.")
    private String description;

    @NotNull(message = "Enter the budget amount, for example 12500.00.")
    @DecimalMin(value = "0", message = "The budget amount cannot be negative. Enter 0 or more.")
    @Digits(integer = 12, fraction = 2, message = "Enter an amount of up to 12 digits, with at most 2 decimal places "
            + "(pence).")
    private BigDecimal amount;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
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

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
