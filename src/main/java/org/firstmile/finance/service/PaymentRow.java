package org.firstmile.finance.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment received from the funder. */
public record PaymentRow(LocalDate receivedOn, BigDecimal amount, String reference) implements Serializable {
}
