package org.firstmile.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.firstmile.milestone.model.MilestoneStatus;
import org.junit.jupiter.api.Test;

class PageFunctionsTest {

    @Test
    void datesReadAsInTheUkAndNothingForNoDate() {
        assertThat(PageFunctions.date(LocalDate.of(2026, 3, 5))).isEqualTo("5 Mar 2026");
        assertThat(PageFunctions.date(null)).isEmpty();
        assertThat(PageFunctions.longDate(LocalDate.of(2026, 3, 5))).isEqualTo("5 March 2026");
        assertThat(PageFunctions.longDate(null)).isEmpty();
    }

    @Test
    void momentsReadInUkTimeSummerAndWinter() {
        assertThat(PageFunctions.dateTime(Instant.parse("2026-01-15T14:05:00Z"))).isEqualTo("15 Jan 2026 14:05");
        assertThat(PageFunctions.dateTime(Instant.parse("2026-07-15T14:05:00Z"))).isEqualTo("15 Jul 2026 15:05");
        assertThat(PageFunctions.dateTime(null)).isEmpty();
    }

    @Test
    void figuresWithoutNeedlessDecimals() {
        assertThat(PageFunctions.figure(new BigDecimal("455.00"))).isEqualTo("455");
        assertThat(PageFunctions.figure(new BigDecimal("12.50"))).isEqualTo("12.5");
        assertThat(PageFunctions.figure(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(PageFunctions.figure(null)).isEmpty();
    }

    @Test
    void moneyInItsOwnCurrencyAndPoundsWhenNoneIsGiven() {
        assertThat(PageFunctions.money(new BigDecimal("12500"), "GBP")).isEqualTo("£12,500.00");
        assertThat(PageFunctions.money(new BigDecimal("99.5"), " ")).isEqualTo("£99.50");
        assertThat(PageFunctions.money(new BigDecimal("10"), "EUR")).isEqualTo("€10.00");
        assertThat(PageFunctions.money(null, "GBP")).isEmpty();
        assertThatThrownBy(() -> PageFunctions.money(BigDecimal.ONE, "XXXX"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneCurrencyFormatIsSafeToShareBetweenThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> calls = IntStream.range(0, 2000).<Callable<Boolean>>mapToObj(i -> () ->
                    PageFunctions.money(BigDecimal.valueOf(i), "GBP").equals(String.format("£%,d.00", i))).toList();
            for (Future<Boolean> result : pool.invokeAll(calls)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void labelsAreTheWordsOfAStatusOrItsNameWhenItHasNone() {
        assertThat(PageFunctions.label(MilestoneStatus.IN_PROGRESS)).isEqualTo(MilestoneStatus.IN_PROGRESS.label());
        assertThat(PageFunctions.label(Thread.State.NEW)).isEqualTo("NEW");
        assertThat(PageFunctions.label(null)).isEmpty();
    }

    @Test
    void statusBadgeClassesFollowTheStatusName() {
        assertThat(PageFunctions.statusClass(MilestoneStatus.IN_PROGRESS)).isEqualTo("fm-status fm-status-in_progress");
        assertThat(PageFunctions.statusClass(null)).isEqualTo("fm-status fm-status-planned");
    }
}
