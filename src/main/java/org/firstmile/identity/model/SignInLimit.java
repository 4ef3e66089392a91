package org.firstmile.identity.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Login throttling: at most {@code maxFailures} failed sign-ins of one account within {@code window}; after that,
 * the account refuses every sign-in, even with the right password, until the oldest of those failures is older than
 * the window. A successful sign-in wipes the slate clean.
 */
public record SignInLimit(int maxFailures, Duration window) {

    /** Ten failures per fifteen minutes. */
    public static final SignInLimit STANDARD = new SignInLimit(10, Duration.ofMinutes(15));

    public SignInLimit {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A sign-in limit needs at least one attempt and a window");
        }
    }

    /** One sign-in attempt of an account. */
    public record Attempt(Instant at, boolean succeeded) {
    }

    /** Where counting starts: attempts before this instant no longer count. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /**
     * How long the account stays locked at {@code now}, given its recent attempts (any order; older ones are
     * ignored), or empty when it may try to sign in.
     */
    public Optional<Duration> lockedFor(List<Attempt> attempts, Instant now) {
        Instant start = windowStart(now);
        List<Instant> failures = attempts.stream()
                .filter(attempt -> attempt.at().isAfter(start) && !attempt.at().isAfter(now))
                .sorted(Comparator.comparing(Attempt::at).reversed())
                .takeWhile(attempt -> !attempt.succeeded())
                .map(Attempt::at)
                .toList();
        if (failures.size() < maxFailures) {
            return Optional.empty();
        }
        // The newest maxFailures failures keep the account locked until the oldest of them leaves the window.
        Instant unlocks = failures.get(maxFailures - 1).plus(window);
        return Optional.of(Duration.between(now, unlocks));
    }

    /** Whole minutes to tell a person, rounded up and never less than one. */
    public static long minutesToWait(Duration lock) {
        long minutes = (lock.toSeconds() + 59) / 60;
        return Math.max(1, minutes);
    }
}
