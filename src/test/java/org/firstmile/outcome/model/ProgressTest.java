package org.firstmile.outcome.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static Progress progress(String target, String actual) {
        return Progress.of(target == null ? null : new BigDecimal(target), actual == null ? null : new BigDecimal(actual));
    }

    @Test
    void anActualAboveTheTargetIsOnTrackWithItsPercentageRounded() {
        Progress people = progress("400", "455");

        assertAll(
                () -> assertEquals(114, people.percentage()),
                () -> assertEquals(ProgressStatus.ON_TRACK, people.status()),
                () -> assertTrue(people.onTrack()));
    }

    @Test
    void anActualEqualToTheTargetIsOnTrackAtOneHundredPercent() {
        Progress met = progress("12.00", "12");

        assertEquals(100, met.percentage());
        assertTrue(met.onTrack());
    }

    @Test
    void anActualBelowTheTargetIsBelowTarget() {
        Progress sessions = progress("12", "11");

        assertEquals(92, sessions.percentage());
        assertEquals(ProgressStatus.BELOW_TARGET, sessions.status());
        assertFalse(sessions.onTrack());
    }

    @Test
    void percentagesRoundHalfUp() {
        assertEquals(67, progress("3", "2").percentage());
        assertEquals(33, progress("3", "1").percentage());
        assertEquals(1, progress("200", "1").percentage());
        assertEquals(0, progress("1000", "4").percentage());
    }

    @Test
    void aTargetOfZeroIsMetByAnyActualButHasNoPercentage() {
        Progress zero = progress("0", "5");

        assertNull(zero.percentage());
        assertTrue(zero.onTrack());
        assertTrue(progress("0", "0").onTrack());
    }

    @Test
    void withoutATargetThereIsNoPercentageAndNoVerdict() {
        Progress noTarget = progress(null, "30");

        assertNull(noTarget.percentage());
        assertEquals(ProgressStatus.NO_TARGET, noTarget.status());
        assertFalse(noTarget.onTrack());
    }

    @Test
    void withoutAnActualThePeriodIsNotYetRecorded() {
        Progress nothingYet = progress("600", null);

        assertNull(nothingYet.percentage());
        assertEquals(ProgressStatus.NOT_RECORDED, nothingYet.status());
        assertFalse(nothingYet.onTrack());
    }

    @Test
    void progressToDateAddsUpTheTargetsAndActualsThatExist() {
        Progress toDate = Progress.sum(List.of(progress("400", "455"), progress("600", "262")));

        assertEquals(0, new BigDecimal("1000").compareTo(toDate.target()));
        assertEquals(0, new BigDecimal("717").compareTo(toDate.actual()));
        assertEquals(72, toDate.percentage());
        assertFalse(toDate.onTrack());
    }

    @Test
    void progressToDateSkipsAPeriodWithNoActualYetButKeepsItsTarget() {
        Progress toDate = Progress.sum(List.of(progress("12", "11"), progress("18", null)));

        assertEquals(0, new BigDecimal("30").compareTo(toDate.target()));
        assertEquals(0, new BigDecimal("11").compareTo(toDate.actual()));
        assertEquals(37, toDate.percentage());
    }

    @Test
    void progressToDateOfNoPeriodsHasNeitherTargetNorActual() {
        Progress none = Progress.sum(List.of());

        assertNull(none.target());
        assertNull(none.actual());
        assertEquals(ProgressStatus.NO_TARGET, none.status());
    }
}
