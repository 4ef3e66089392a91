package org.firstmile.identity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final VerifiedPasswords verified = new VerifiedPasswords(Duration.ofSeconds(300), 3, now::get);

    @Test
    void aMatchIsRememberedForThatPasswordAndThatStoredHashOnly() {
        verified.matched("right password".toCharArray(), "hash-1");

        assertThat(verified.recentlyMatched("right password".toCharArray(), "hash-1")).isTrue();
        assertThat(verified.recentlyMatched("wrong password".toCharArray(), "hash-1")).isFalse();
        assertThat(verified.recentlyMatched("right password".toCharArray(), "hash-2"))
                .as("after a password change the stored hash differs").isFalse();
        assertThat(verified.recentlyMatched("right passwor".toCharArray(), "dhash-1"))
                .as("the boundary between hash and password is part of the key").isFalse();
    }

    @Test
    void aMatchIsForgottenWhenItsTimeIsUp() {
        verified.matched("pw".toCharArray(), "hash");

        now.addAndGet(Duration.ofSeconds(299).toNanos());
        assertThat(verified.recentlyMatched("pw".toCharArray(), "hash")).isTrue();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(verified.recentlyMatched("pw".toCharArray(), "hash")).isFalse();
        assertThat(verified.size()).isZero();
    }

    @Test
    void whenFullExpiredMatchesGoFirstAndOtherwiseAllGo() {
        verified.matched("a".toCharArray(), "h");
        now.addAndGet(Duration.ofSeconds(200).toNanos());
        verified.matched("b".toCharArray(), "h");
        verified.matched("c".toCharArray(), "h");
        now.addAndGet(Duration.ofSeconds(150).toNanos());

        verified.matched("d".toCharArray(), "h");
        assertThat(verified.size()).as("a had expired and was dropped").isEqualTo(3);
        assertThat(verified.recentlyMatched("b".toCharArray(), "h")).isTrue();

        verified.matched("e".toCharArray(), "h");
        assertThat(verified.size()).as("none had expired, so all were dropped").isEqualTo(1);
        assertThat(verified.recentlyMatched("e".toCharArray(), "h")).isTrue();
        assertThat(verified.recentlyMatched("b".toCharArray(), "h")).isFalse();
    }

    @Test
    void zeroSecondsRemembersNothing() {
        VerifiedPasswords off = new VerifiedPasswords(Duration.ZERO, 3, now::get);
        off.matched("pw".toCharArray(), "hash");
        assertThat(off.recentlyMatched("pw".toCharArray(), "hash")).isFalse();
        assertThat(off.size()).isZero();
    }

    @Test
    void refusesANegativeTimeOrNoRoom() {
        assertThatThrownBy(() -> new VerifiedPasswords(Duration.ofSeconds(-1), 3, now::get))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerifiedPasswords(Duration.ofSeconds(1), 0, now::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
