package org.firstmile.report.schedule.model;

/** One run a schedule asks for: the job and the slot it covers, e.g. {@code digest} and {@code digest:2026-12}. */
public record Slot(String job, String key) {
}
