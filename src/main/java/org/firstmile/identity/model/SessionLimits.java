package org.firstmile.identity.model;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a sign-in lasts: it ends after {@code idle} without a request, and in any case {@code absolute} after
 * signing in, however busy the person is (a stolen session cookie is worth hours, not weeks).
 */
public record SessionLimits(Duration idle, Duration absolute) {

    public SessionLimits {
        if (idle.isNegative() || idle.isZero() || absolute.isNegative() || absolute.isZero()) {
            throw new IllegalArgumentException("Session limits must be positive: idle " + idle + ", absolute "
                    + absolute);
        }
    }

    public static SessionLimits of(int idleMinutes, int absoluteHours) {
        return new SessionLimits(Duration.ofMinutes(idleMinutes), Duration.ofHours(absoluteHours));
    }

    /** Whether a sign-in made at {@code signedInAt} has outlived the absolute limit at {@code now}. */
    public boolean outlived(Instant signedInAt, Instant now) {
        return !now.isBefore(signedInAt.plus(absolute));
    }

    /** The idle limit as the servlet session wants it. */
    public int idleSeconds() {
        return (int) Math.min(Integer.MAX_VALUE, idle.toSeconds());
    }
}
