package org.firstmile.outcome.service;

import java.io.Serializable;
import java.time.LocalDate;

/** A reporting period as the outcome pages show it. */
public record PeriodRef(Long id, String name, LocalDate start) implements Serializable {
}
