package org.firstmile.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.firstmile.milestone.model.MilestoneStatus;
import org.firstmile.milestone.service.MilestoneRow;
import org.firstmile.outcome.model.Progress;
import org.firstmile.outcome.service.IndicatorRow;
import org.firstmile.outcome.service.PeriodRef;
import org.firstmile.partner.model.Narrative;
import org.firstmile.report.model.MilestoneStanding;
import org.firstmile.report.model.ReportSnapshot;
import org.firstmile.report.model.ReportSnapshot.GrantFacts;
import org.firstmile.report.model.ReportSnapshot.MilestoneLine;
import org.firstmile.report.model.ReportSnapshot.PeriodFacts;
import org.junit.jupiter.api.Test;

class SnapshotAssemblerTest {

    static final LocalDate START = LocalDate.of(2025, 1, 1);
    static final PeriodRef YEAR_ONE_REF = new PeriodRef(11L, "Year one", START);
    static final PeriodRef YEAR_TWO_REF = new PeriodRef(12L, "Year two", START.plusYears(1));
    static final PeriodFacts YEAR_ONE = new PeriodFacts(11L, 1, "Year one", START, START.plusYears(1).minusDays(1),
            START.plusYears(1).plusDays(29));
    static final PeriodFacts YEAR_TWO = new PeriodFacts(12L, 2, "Year two", START.plusYears(1),
            START.plusYears(2).minusDays(1), START.plusYears(2).plusDays(29));
    static final GrantFacts GRANT = new GrantFacts(7L, "360G-TEST-7", "Building a Relationships Collective",
            "The Relationships Project", "The National Lottery Community Fund", "Bringing People Together Fund",
            List.of("Another Trust"), new BigDecimal("349500.00"), "GBP", START, START.plusYears(2).minusDays(1));

    static MilestoneRow milestone(String title, LocalDate due, MilestoneStatus status, LocalDate completedOn) {
        return new MilestoneRow(1L, 0, 7L, "360G-TEST-7", "grant", title, null, due, "Programme lead", status,
                completedOn, null, null, false);
    }

    static IndicatorRow indicator(String name, String t1, String a1, String t2, String a2) {
        return new IndicatorRow(1L, 0, name, "people", null, List.of(
                new IndicatorRow.PeriodProgress(YEAR_ONE_REF, Progress.of(dec(t1), dec(a1))),
                new IndicatorRow.PeriodProgress(YEAR_TWO_REF, Progress.of(dec(t2), dec(a2)))), null, null);
    }

    static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static ReportSnapshot yearOneReport(LocalDate today) {
        return SnapshotAssembler.assemble(GRANT, YEAR_ONE, 1, today, Instant.parse("2026-02-01T10:00:00Z"), "staff",
                List.of(milestone("Recruit the Collective", START.plusMonths(3), MilestoneStatus.DONE,
                                START.plusMonths(3).minusDays(9)),
                        milestone("Publish a glossary", START.plusMonths(7), MilestoneStatus.DONE,
                                START.plusMonths(7).plusDays(3)),
                        milestone("Hold a summit", START.plusMonths(9), MilestoneStatus.IN_PROGRESS, null),
                        milestone("Run a pilot", START.plusMonths(10), MilestoneStatus.MISSED, null),
                        milestone("Open the Academy", START.plusMonths(11), MilestoneStatus.DEFERRED, null),
                        milestone("Publish the year-one account", START.plusMonths(13), MilestoneStatus.DONE,
                                START.plusMonths(13).minusDays(5)),
                        milestone("Build the Pattern Library", START.plusMonths(18), MilestoneStatus.PLANNED, null)),
                List.of(indicator("People brought together", "400", "455", "600", "262"),
                        indicator("Learning sessions held", "12", "11", "18", null)),
                null, List.of(), new Narrative("A year of recruiting.", null, null, null, null));
    }

    @Test
    void aPastPeriodIsReportedAsOfItsLastDay() {
        assertThat(yearOneReport(LocalDate.of(2026, 3, 1)).asOf()).isEqualTo(YEAR_ONE.end());
        assertThat(SnapshotAssembler.asOf(YEAR_TWO, LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void milestonesDueOrCompletedInThePeriodAreClassifiedDoneMissedOrDeferred() {
        List<MilestoneLine> lines = yearOneReport(LocalDate.of(2026, 3, 1)).milestones();
        assertThat(lines).extracting(MilestoneLine::title, MilestoneLine::standing).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Recruit the Collective", MilestoneStanding.DONE),
                org.assertj.core.groups.Tuple.tuple("Publish a glossary", MilestoneStanding.DONE),
                org.assertj.core.groups.Tuple.tuple("Hold a summit", MilestoneStanding.MISSED),
                org.assertj.core.groups.Tuple.tuple("Run a pilot", MilestoneStanding.MISSED),
                org.assertj.core.groups.Tuple.tuple("Open the Academy", MilestoneStanding.DEFERRED));
    }

    @Test
    void anOpenMilestoneNotYetLateInARunningPeriodIsDue() {
        ReportSnapshot midYear = yearOneReport(START.plusMonths(8));
        assertThat(midYear.milestones()).filteredOn(m -> m.title().equals("Hold a summit"))
                .extracting(MilestoneLine::standing).containsExactly(MilestoneStanding.DUE);
        assertThat(midYear.milestonesToDate().done()).as("done by the eighth month").isEqualTo(2);
    }

    @Test
    void aMilestoneDoneAfterThePeriodCountsAsDueOrMissedAtItsEnd() {
        ReportSnapshot report = yearOneReport(LocalDate.of(2026, 3, 1));
        assertThat(report.milestones()).extracting(MilestoneLine::title)
                .doesNotContain("Publish the year-one account", "Build the Pattern Library");
        assertThat(report.milestonesToDate()).isEqualTo(new ReportSnapshot.MilestoneTotals(2, 2, 2, 1));
    }

    @Test
    void outcomesShowThePeriodAndTheSumOfThePeriodsUpToIt() {
        ReportSnapshot yearOne = yearOneReport(LocalDate.of(2026, 3, 1));
        ReportSnapshot.OutcomeLine people = yearOne.outcomes().get(0);
        assertThat(people.period()).isEqualTo(Progress.of(dec("400"), dec("455")));
        assertThat(people.toDate()).isEqualTo(Progress.of(dec("400"), dec("455")));
        assertThat(people.period().percentage()).isEqualTo(114);

        ReportSnapshot yearTwo = SnapshotAssembler.assemble(GRANT, YEAR_TWO, 1, LocalDate.of(2026, 3, 1),
                Instant.EPOCH, "staff", List.of(), List.of(indicator("People brought together", "400", "455", "600",
                        "262"), indicator("Learning sessions held", "12", "11", "18", null)), null, List.of(),
                Narrative.empty());
        assertThat(yearTwo.outcomes().get(0).toDate()).isEqualTo(Progress.of(dec("1000"), dec("717")));
        assertThat(yearTwo.outcomes().get(1).period()).as("nothing recorded yet in year two")
                .isEqualTo(Progress.of(dec("18"), null));
        assertThat(yearTwo.outcomes().get(1).toDate()).isEqualTo(Progress.of(dec("30"), dec("11")));
    }

    @Test
    void theNarrativeIsCopiedUnderTheFundsHeadings() {
        ReportSnapshot report = yearOneReport(LocalDate.of(2026, 3, 1));
        assertThat(report.narrative().sections().get(0).heading()).isEqualTo("The story of the period");
        assertThat(report.narrative().sections().get(0).text()).isEqualTo("A year of recruiting.");
        assertThat(report.narrative().sections()).hasSize(5);
    }
}
