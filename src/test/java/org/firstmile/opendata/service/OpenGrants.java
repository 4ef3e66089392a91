package org.firstmile.opendata.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.firstmile.opendata.model.OpenGrant;

/** Grants to export in tests: the demo grant's shape, numbered. */
final class OpenGrants {

    static final Instant MODIFIED = Instant.parse("2026-03-01T10:15:30Z");

    private OpenGrants() {
    }

    static OpenGrant number(long n, boolean published, OpenGrant.Funder... coFunders) {
        return new OpenGrant(n, "360G-firstmile-" + n, "Building a Relationships Collective " + n,
                "A two-year project to design, test and build the infrastructure for relationships.", "GBP",
                new BigDecimal("349500.00"), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 8, 31), 24, "GB-SAMPLE-TRP", "The Relationships Project", "GB-GOR-PB188",
                "The National Lottery Community Fund", "BPTF", "Bringing People Together Fund",
                "https://www.tnlcommunityfund.org.uk/funding/programmes/bringing-people-together", published,
                MODIFIED, List.of(coFunders));
    }
}
