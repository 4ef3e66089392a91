package org.firstmile.outcome.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.firstmile.outcome.model.Progress;
import org.firstmile.outcome.service.IndicatorRow;
import org.firstmile.outcome.service.IndicatorRow.PeriodProgress;
import org.firstmile.outcome.service.PeriodRef;
import org.junit.jupiter.api.Test;

class ProgressChartTest {

    private static PeriodProgress period(String name, String target, String actual) {
        return new PeriodProgress(new PeriodRef(1L, name, LocalDate.of(2025, 9, 1)), Progress.of(
                target == null ? null : new BigDecimal(target), actual == null ? null : new BigDecimal(actual)));
    }

    private static IndicatorRow row(String name, PeriodProgress... periods) {
        return new IndicatorRow(1L, 0, name, "people", null, List.of(periods), Progress.sum(
                List.of(periods).stream().map(PeriodProgress::progress).toList()), null);
    }

    @Test
    void theTextAlternativeStatesEveryPeriodsTargetAndActualAsTheChartShowsThem() {
        IndicatorRow people = row("People brought together", period("Year one", "400", "455.00"),
                period("Year two", "600", "262"));

        assertEquals("People brought together (people), target and actual by period. Year one: target 400, actual "
                + "455. Year two: target 600, actual 262.", ProgressChart.describe(people));
    }

    @Test
    void theTextAlternativeSaysWhichFiguresAreMissing() {
        IndicatorRow partial = row("Sessions", period("Year one", null, "3"), period("Year two", "18", null));

        assertEquals("Sessions (people), target and actual by period. Year one: no target, actual 3. Year two: "
                + "target 18, nothing recorded yet.", ProgressChart.describe(partial));
    }

    @Test
    void aNameThatLooksLikeMarkupCannotCloseTheChartsScriptElement() {
        String json = ProgressChart.of(row("</script><b>People", period("Year one", "1", "1")));

        assertFalse(json.contains("</script>"), json);
    }
}
