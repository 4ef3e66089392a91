package org.firstmile.grant.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The funder's decision in figures: how much, decided when, starting when, for how long. */
public record Award(BigDecimal amountAwarded, LocalDate awardDate, LocalDate plannedStart, int durationMonths) {
}
