package org.firstmile.organisation.service;

/** A fund as listed on the funds page, with its funder's name. */
public record FundRow(Long id, int version, String code, String title, String url, Long funderId, String funderName) {
}
