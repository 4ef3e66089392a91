package org.firstmile.grant.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The figures staff enter when a proposal is awarded. The start defaults to the proposal's planned start. */
public class AwardForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Enter the amount awarded.")
    @DecimalMin(value = "0.00", message = "The amount awarded cannot be negative.")
    @Digits(integer = 12, fraction = 2, message = "Enter the amount in pounds and pence, for example 1250.50.")
    private BigDecimal amountAwarded;

    @NotNull(message = "Enter the date of the award.")
    private LocalDate awardDate;

    @NotNull(message = "Enter the date the grant starts.")
    private LocalDate plannedStart;

    public AwardForm() {
    }

    public AwardForm(BigDecimal amountAwarded, LocalDate awardDate, LocalDate plannedStart) {
        this.amountAwarded = amountAwarded;
        this.awardDate = awardDate;
        this.plannedStart = plannedStart;
    }

    public BigDecimal getAmountAwarded() {
        return amountAwarded;
    }

    public void setAmountAwarded(BigDecimal amountAwarded) {
        this.amountAwarded = amountAwarded;
    }

    public LocalDate getAwardDate() {
        return awardDate;
    }

    public void setAwardDate(LocalDate awardDate) {
        this.awardDate = awardDate;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }
}
