package org.firstmile.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats money and moments for pages: {@code #{fmt.money(amount, currency)}}, {@code #{fmt.dateTime(instant)}}. A converter's attributes are fixed when the
 * view is built, so a per-row currency inside a table needs a function instead.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final Locale UK = Locale.UK;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", UK)
            .withZone(ZoneId.of("Europe/London"));

    /** A moment as people in the UK read it, for example "5 Mar 2026 14:05". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A figure without needless decimals: 455, 12.5; empty when there is none. */
    public String figure(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public String money(BigDecimal amount, String currencyCode) {
        return PageFunctions.money(amount, currencyCode);
    }
}
