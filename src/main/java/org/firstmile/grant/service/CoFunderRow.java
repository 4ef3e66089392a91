package org.firstmile.grant.service;

import java.time.Instant;

/** A co-funder of a grant as the report page lists it. */
public record CoFunderRow(Long id, Long funderId, String funderName, String addedBy, Instant addedAt) {
}
