package org.firstmile.identity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLimitsTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aSignInOutlivesItsAbsoluteLimitTwelveHoursLaterHoweverBusy() {
        SessionLimits limits = SessionLimits.of(30, 12);

        assertThat(limits.outlived(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(12)).minusSeconds(1))).isFalse();
        assertThat(limits.outlived(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(12)))).isTrue();
    }

    @Test
    void theIdleLimitIsGivenToTheServletSessionInSeconds() {
        assertThat(SessionLimits.of(30, 12).idleSeconds()).isEqualTo(1800);
    }

    @Test
    void zeroOrNegativeLimitsAreAConfigurationMistake() {
        assertThatThrownBy(() -> SessionLimits.of(0, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SessionLimits.of(30, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
