package org.firstmile.identity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.firstmile.identity.model.SignInLimit.Attempt;
import org.junit.jupiter.api.Test;

class SignInLimitTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private final SignInLimit limit = SignInLimit.STANDARD;

    /** A clock the test moves by hand. */
    private Clock clock = Clock.fixed(START, ZoneOffset.UTC);

    private final List<Attempt> attempts = new ArrayList<>();

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            attempts.add(new Attempt(clock.instant(), false));
            advance(Duration.ofSeconds(10));
        }
    }

    private void advance(Duration by) {
        clock = Clock.offset(clock, by);
    }

    @Test
    void nineFailuresStillLetTheAccountTry() {
        fail(9);

        assertThat(limit.lockedFor(attempts, clock.instant())).isEmpty();
    }

    @Test
    void tenFailuresWithinFifteenMinutesLockTheAccount() {
        fail(10);

        assertThat(limit.lockedFor(attempts, clock.instant())).isPresent();
    }

    @Test
    void theLockLastsUntilTheOldestOfTheTenFailuresIsFifteenMinutesOld() {
        fail(10);
        // The first failure was at START; ten failures later the clock reads START + 100 s.

        Duration lock = limit.lockedFor(attempts, clock.instant()).orElseThrow();

        assertThat(lock).isEqualTo(Duration.ofMinutes(15).minusSeconds(100));
        assertThat(SignInLimit.minutesToWait(lock)).isEqualTo(14);
        advance(lock.minusSeconds(1));
        assertThat(limit.lockedFor(attempts, clock.instant())).hasValue(Duration.ofSeconds(1));
        advance(Duration.ofSeconds(1));
        assertThat(limit.lockedFor(attempts, clock.instant())).as("free again once the window has passed").isEmpty();
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        for (int i = 0; i < 20; i++) {
            attempts.add(new Attempt(clock.instant(), false));
            advance(Duration.ofMinutes(2));
        }

        assertThat(limit.lockedFor(attempts, clock.instant())).as("at most 8 failures in any 15 minutes").isEmpty();
    }

    @Test
    void aSuccessfulSignInWipesTheEarlierFailures() {
        fail(9);
        attempts.add(new Attempt(clock.instant(), true));
        advance(Duration.ofSeconds(10));
        fail(9);

        assertThat(limit.lockedFor(attempts, clock.instant())).isEmpty();
        fail(1);
        assertThat(limit.lockedFor(attempts, clock.instant())).isPresent();
    }

    @Test
    void aPersonIsNeverToldToWaitZeroMinutes() {
        assertThat(SignInLimit.minutesToWait(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(SignInLimit.minutesToWait(Duration.ofSeconds(60))).isEqualTo(1);
        assertThat(SignInLimit.minutesToWait(Duration.ofSeconds(61))).isEqualTo(2);
        assertThat(SignInLimit.minutesToWait(Duration.ofMinutes(15))).isEqualTo(15);
    }
}
