package org.firstmile.outcome.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import org.firstmile.outcome.model.OutcomeIndicator;

/**
 * The staff figure of an indicator for a period, as typed. {@code version} is the version of the figure the person
 * saw, or null when there was none yet, so that a figure someone else saved meanwhile is not overwritten.
 */
public class ActualForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Choose the indicator.")
    private Long indicatorId;

    @NotNull(message = "Choose the reporting period.")
    private Long periodId;

    @NotNull(message = "Enter the actual figure, for example 455.")
    @DecimalMin(value = "0", message = "An actual cannot be negative. Enter 0 or more.")
    @Digits(integer = 12, fraction = 2, message = "Enter an actual of up to 12 digits, with at most 2 decimal places.")
    private BigDecimal value;

    @Size(max = OutcomeIndicator.TEXT_MAX, message = "The note must be " + OutcomeIndicator.TEXT_MAX
            + " characters or fewer.")
    private String note;

    private Integer version;

    public Long getIndicatorId() {
        return indicatorId;
    }

    public void setIndicatorId(Long indicatorId) {
        this.indicatorId = indicatorId;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
