package org.firstmile.partner.service;

/**
 * Across every partner programme in its current reporting period: how many there are, how many have reported
 * (their latest update submitted or accepted), and how many of those wait for staff to review them (submitted).
 */
public record ReportingSummary(long programmes, long reported, long awaitingReview) {
}
