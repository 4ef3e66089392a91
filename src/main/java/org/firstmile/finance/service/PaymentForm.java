package org.firstmile.finance.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.firstmile.finance.model.Payment;

/** A payment received from the funder, as typed. */
public class PaymentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Enter the date the payment was received.")
    private LocalDate receivedOn;

    @NotNull(message = "Enter the amount received, for example 87375.00.")
    @DecimalMin(value = "0.01", message = "The amount received must be more than 0.")
    @Digits(integer = 12, fraction = 2, message = "Enter an amount of up to 12 digits, with at most 2 decimal places "
            + "(pence).")
    private BigDecimal amount;

    @NotBlank(message = "Enter the payment reference, as on the bank statement or remittance advice.")
    @Size(max = Payment.REFERENCE_MAX, message = "The reference must be " + Payment.REFERENCE_MAX
            + " characters or fewer.")
    private String reference;

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
