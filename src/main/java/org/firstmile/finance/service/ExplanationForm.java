package org.firstmile.finance.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.firstmile.finance.model.BudgetCategory;
import org.firstmile.finance.model.VarianceExplanation;

/**
 * The explanation of one category's variance in one period. {@code version} is the version of the explanation the
 * person saw, or null when there was none, so that an explanation someone else wrote meanwhile is not overwritten.
 */
public class ExplanationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Choose the reporting period.")
    private Long periodId;

    @NotNull(message = "Choose the category.")
    private BudgetCategory category;

    @NotBlank(message = "Write why spend differs from the budget, for example: two events moved into year two.")
    @Size(max = VarianceExplanation.TEXT_MAX, message = "The explanation must be " + VarianceExplanation.TEXT_MAX
            + " characters or fewer.")
    private String text;

    private Integer version;

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

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
