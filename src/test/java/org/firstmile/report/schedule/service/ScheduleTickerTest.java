package org.firstmile.report.schedule.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

class ScheduleTickerTest {

    @Test
    void byDefaultTheSchedulerRunsAtTheStartOfEveryMinute() {
        ScheduleExpression minute = ScheduleTicker.every(60);

        assertThat(minute.getSecond()).isEqualTo("0");
        assertThat(minute.getMinute()).isEqualTo("*");
        assertThat(minute.getHour()).isEqualTo("*");
    }

    @Test
    void aShorterRoundFallsOnTheSameSecondsOnEveryInstance() {
        assertThat(ScheduleTicker.every(5).getSecond()).isEqualTo("*/5");
    }

    @Test
    void aRoundThatDoesNotDivideAMinuteIsRefusedWithTheValuesThatWork() {
        for (int seconds : new int[] {0, 7, 45, 61, 120}) {
            assertThatThrownBy(() -> ScheduleTicker.every(seconds)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must divide a minute (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60); it is "
                            + seconds);
        }
    }
}
