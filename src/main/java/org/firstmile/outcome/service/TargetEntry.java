package org.firstmile.outcome.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;

/** The target typed for one reporting period. */
public class TargetEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long periodId;

    private String periodName;

    @NotNull(message = "Enter a target for each period, or 0 if there is none.")
    @DecimalMin(value = "0", message = "A target cannot be negative. Enter 0 or more.")
    @Digits(integer = 12, fraction = 2, message = "Enter a target of up to 12 digits, with at most 2 decimal places.")
    private BigDecimal target;

    public TargetEntry() {
    }

    public TargetEntry(Long periodId, String periodName, BigDecimal target) {
        this.periodId = periodId;
        this.periodName = periodName;
        this.target = target;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public String getPeriodName() {
        return periodName;
    }

    public void setPeriodName(String periodName) {
        this.periodName = periodName;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }
}
